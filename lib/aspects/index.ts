import { Aspects } from "cdktf";
import type { IConstruct } from "constructs";
import { AssertionAllowListRule, AssertionAnyUserRule } from "./assertion-allow";
import { HsmKeyRule } from "./hsm-key";
import { LoopbackRedirectRule } from "./loopback-redirects";
import { OneAppOneResourceRule } from "./one-app-one-resource";
import { PinnedImageRule } from "./pinned-image";
import { ProtectedResourcesRule } from "./protected-resources";
import type { SafetyRule } from "./rule";

export { acknowledgeRule, acknowledgementOf, type RuleAcknowledgement } from "./acknowledge";
export { AssertionAllowListRule, AssertionAnyUserRule } from "./assertion-allow";
export { HsmKeyRule } from "./hsm-key";
export { LoopbackRedirectRule, type LoopbackRedirectRuleProps } from "./loopback-redirects";
export { OneAppOneResourceRule } from "./one-app-one-resource";
export { PinnedImageRule } from "./pinned-image";
export { ProtectedResourcesRule } from "./protected-resources";
export { SafetyRule, collectRuleFindings, collectRuleViolations, type RecordedFinding } from "./rule";

export interface SafetyRulesProps {
  /**
   * A protected (production) stack: prevent_destroy on identity apps,
   * grants, vault and key; an HSM key; an image pinned by a real digest; no
   * loopback redirect URI; an assertion allow rule. @default false
   */
  readonly protected?: boolean;
}

/** The rules that hold for every stack, and the ones a protected stack adds (each rule's text: lib/rules/). */
export function safetyRules(props: SafetyRulesProps = {}): SafetyRule[] {
  const always: SafetyRule[] = [new LoopbackRedirectRule({ protected: props.protected }), new OneAppOneResourceRule(), new AssertionAnyUserRule()];
  const protectedOnly: SafetyRule[] = [new ProtectedResourcesRule(), new HsmKeyRule(), new PinnedImageRule(), new AssertionAllowListRule()];
  return props.protected ? [...always, ...protectedOnly] : always;
}

/**
 * Adds the safety rules to `scope` (usually a stack). Violations are cdktf
 * error annotations: `app.synth()` fails on them.
 */
export function applySafetyRules(scope: IConstruct, props: SafetyRulesProps = {}): void {
  for (const rule of safetyRules(props)) Aspects.of(scope).add(rule);
}

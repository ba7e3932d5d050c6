import type { TerraformResource } from "cdktf";
import { FUNCTION_CONFIG } from "../../contract/outputs";
import { ASSERTION_ALLOW_RULE, ASSERTION_ANY_USER_RULE, type AssertionAllowSubject, type Rule, type RuleFinding } from "../rules";
import { type Attributes, SafetyRule } from "./rule";

/** The allow rule in an assertion Function's config; undefined for any other Function. */
function allowOf(attributes: Attributes): AssertionAllowSubject | undefined {
  const config = (attributes.config ?? {}) as Record<string, unknown>;
  if (config[FUNCTION_CONFIG.trustedClientId] === undefined) return undefined; // not an assertion Function
  const list = (key: string) => (typeof config[key] === "string" ? (config[key] as string).split(",").map((s) => s.trim()).filter(Boolean) : []);
  return { users: list(FUNCTION_CONFIG.allowedUsers), groups: list(FUNCTION_CONFIG.allowedGroups), anyFederatedUser: config[FUNCTION_CONFIG.allowAnyFederatedUser] === "true" };
}

/** OIC-ASSERT-ALLOW (lib/rules/assertion-allow.ts) on `oci_functions_function`. */
export class AssertionAllowListRule extends SafetyRule {
  readonly rule = ASSERTION_ALLOW_RULE as Rule<never>;
  protected readonly resourceTypes = ["oci_functions_function"];

  protected findings(_resource: TerraformResource, attributes: Attributes): RuleFinding[] {
    const allow = allowOf(attributes);
    return allow ? ASSERTION_ALLOW_RULE.check(allow) : [];
  }
}

/** OIC-ASSERT-ANY (warning, lib/rules/assertion-allow.ts) on `oci_functions_function`. */
export class AssertionAnyUserRule extends SafetyRule {
  readonly rule = ASSERTION_ANY_USER_RULE as Rule<never>;
  protected readonly resourceTypes = ["oci_functions_function"];

  protected findings(_resource: TerraformResource, attributes: Attributes): RuleFinding[] {
    const allow = allowOf(attributes);
    return allow ? ASSERTION_ANY_USER_RULE.check(allow) : [];
  }
}

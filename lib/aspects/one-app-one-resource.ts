import type { TerraformResource } from "cdktf";
import { ONE_RESOURCE_RULE, type Rule, type RuleFinding } from "../rules";
import { type Attributes, SafetyRule } from "./rule";

/** OIC-ONE-RESOURCE (lib/rules/one-resource.ts) on `oci_identity_domains_app`; audiences read from references count by their text. */
export class OneAppOneResourceRule extends SafetyRule {
  readonly rule = ONE_RESOURCE_RULE as Rule<never>;
  protected readonly resourceTypes = ["oci_identity_domains_app"];

  protected findings(_resource: TerraformResource, attributes: Attributes): RuleFinding[] {
    const scopes = Array.isArray(attributes.allowed_scopes) ? (attributes.allowed_scopes as { fqs?: unknown }[]) : [];
    return ONE_RESOURCE_RULE.check({ scopes: scopes.map((s) => s?.fqs).filter((f): f is string => typeof f === "string") });
  }
}

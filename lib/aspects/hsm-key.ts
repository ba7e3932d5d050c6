import type { TerraformResource } from "cdktf";
import { HSM_KEY_RULE, type Rule, type RuleFinding } from "../rules";
import { type Attributes, SafetyRule, isReference } from "./rule";

/** OIC-HSM (lib/rules/hsm-key.ts) on `oci_kms_key`. */
export class HsmKeyRule extends SafetyRule {
  readonly rule = HSM_KEY_RULE as Rule<never>;
  protected readonly resourceTypes = ["oci_kms_key"];

  protected findings(_resource: TerraformResource, attributes: Attributes): RuleFinding[] {
    const mode = attributes.protection_mode;
    if (isReference(mode)) return [];
    return HSM_KEY_RULE.check({ protectionMode: typeof mode === "string" ? mode : undefined });
  }
}

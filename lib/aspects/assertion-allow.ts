import type { TerraformResource } from "cdktf";
import { FUNCTION_CONFIG } from "../../contract/outputs";
import { type Attributes, SafetyRule } from "./rule";

/**
 * OIC-ASSERT-ALLOW: in a protected stack the assertion Function says whom it
 * may assert (users, groups, or an explicit opt-in to any federated user):
 * whoever can invoke it obtains a Fusion token for any user it names.
 */
export class AssertionAllowListRule extends SafetyRule {
  readonly id = "OIC-ASSERT-ALLOW";
  protected readonly resourceTypes = ["oci_functions_function"];

  protected check(resource: TerraformResource, attributes: Attributes): void {
    const config = (attributes.config ?? {}) as Record<string, unknown>;
    if (config[FUNCTION_CONFIG.trustedClientId] === undefined) return; // not an assertion Function
    const listed = (key: string) => typeof config[key] === "string" && (config[key] as string).trim() !== "";
    const any = config[FUNCTION_CONFIG.allowAnyFederatedUser] === "true";
    if (!any && !listed(FUNCTION_CONFIG.allowedUsers) && !listed(FUNCTION_CONFIG.allowedGroups)) {
      this.error(resource, "the assertion Function of a protected stack needs an allow rule: users, groups, or { anyFederatedUser: true }");
    }
  }
}

/**
 * Whom the assertion Function may mint a Fusion token for, and how the stack
 * hands that rule to the Function (its configuration, FUNCTION_CONFIG).
 * Whoever can invoke the Function obtains a token for any user it names, so
 * the rule is always explicit: users and/or groups, or a visible opt-in to
 * any federated user. An empty rule asserts nobody.
 */
import { FUNCTION_CONFIG } from "./outputs";

export type AssertionAllowRule =
  | {
      /** User names (as in Fusion's identity domain). @default none */
      readonly users?: readonly string[];
      /** Groups of Fusion's identity domain whose members may be asserted. @default none */
      readonly groups?: readonly string[];
    }
  | {
      /** Any user federated into Fusion's domain: an explicit, visible opt-in. */
      readonly anyFederatedUser: true;
    };

/** True when the rule lets the Function assert somebody. */
export function allowsAnyone(rule: AssertionAllowRule | undefined): boolean {
  if (!rule) return false;
  if ("anyFederatedUser" in rule) return rule.anyFederatedUser === true;
  return (rule.users ?? []).length > 0 || (rule.groups ?? []).length > 0;
}

/** The Function configuration entries that carry the rule (comma-separated lists). */
export function allowRuleConfig(rule: AssertionAllowRule | undefined): Record<string, string> {
  if (rule && "anyFederatedUser" in rule) {
    return rule.anyFederatedUser === true ? { [FUNCTION_CONFIG.allowAnyFederatedUser]: "true" } : {};
  }
  return {
    [FUNCTION_CONFIG.allowedUsers]: (rule?.users ?? []).join(","),
    [FUNCTION_CONFIG.allowedGroups]: (rule?.groups ?? []).join(","),
  };
}

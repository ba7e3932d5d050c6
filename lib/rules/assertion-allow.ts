import { type Rule, when } from "./rule";

export interface AssertionAllowSubject {
  readonly users: readonly string[];
  readonly groups: readonly string[];
  readonly anyFederatedUser: boolean;
}

/**
 * OIC-ASSERT-ALLOW: in a protected stack the assertion Function says whom it
 * may assert (users, groups, or an explicit opt-in to any federated user):
 * whoever can invoke it obtains a Fusion token for any user it names.
 */
export const ASSERTION_ALLOW_RULE: Rule<AssertionAllowSubject> = {
  id: "OIC-ASSERT-ALLOW",
  level: "error",
  summary: "a protected stack's assertion Function has an allow rule",
  protectedOnly: true,
  check({ users, groups, anyFederatedUser }) {
    return when(!anyFederatedUser && users.length === 0 && groups.length === 0, {
      code: "ASSERT_ALLOW_REQUIRED",
      problem: "a protected stack must say whom the assertion Function may assert: whoever can invoke it gets a Fusion token for any user it names",
      fix: 'set allow: { groups: ["..."] } or { users: ["..."] } (or, visibly, { anyFederatedUser: true })',
    });
  },
};

/**
 * OIC-ASSERT-ANY (warning): the Function may assert any user federated into
 * Fusion's domain. Allowed, but worth a second look on every synth.
 */
export const ASSERTION_ANY_USER_RULE: Rule<AssertionAllowSubject> = {
  id: "OIC-ASSERT-ANY",
  level: "warning",
  summary: "the assertion Function may assert any federated user (explicit opt-in)",
  protectedOnly: false,
  check({ anyFederatedUser }) {
    return when(anyFederatedUser, {
      code: "ASSERT_ANY_FEDERATED_USER",
      problem: "the assertion Function may assert any user federated into Fusion's domain: whoever can invoke it gets a Fusion token for anyone",
      fix: "name the users or groups instead, or acknowledge the rule with the reason this is intended",
    });
  },
};

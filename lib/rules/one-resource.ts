import { OFFLINE_ACCESS, splitScope } from "../../contract/scope";
import { type Rule, when } from "./rule";

export interface OneResourceSubject {
  /** Every scope (FQS) the app holds; a Terraform reference counts by its text. */
  readonly scopes: readonly string[];
}

/**
 * OIC-ONE-RESOURCE: one client app, one resource. An app whose scopes name
 * two audiences (OIC and Fusion) gets tokens whose audience is ambiguous,
 * and OIC answers 401.
 */
export const ONE_RESOURCE_RULE: Rule<OneResourceSubject> = {
  id: "OIC-ONE-RESOURCE",
  level: "error",
  summary: "one client app, one resource: never both OIC's and Fusion's scopes",
  protectedOnly: false,
  check({ scopes }) {
    const audiences = new Set(scopes.filter((s) => s !== OFFLINE_ACCESS).map((s) => splitScope(s)?.audience ?? s));
    return when(audiences.size > 1, {
      code: "ONE_APP_ONE_RESOURCE",
      problem: `the app holds scopes of ${audiences.size} resources (${[...audiences].join(", ")}): one app must not hold both OIC and Fusion scopes, or its tokens' audience is ambiguous and OIC answers 401`,
      fix: "keep one app per resource: Fusion is reached through the trusted assertion app",
    });
  },
};

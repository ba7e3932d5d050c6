import { type Rule, when } from "./rule";

export interface ProtectedResourceSubject {
  readonly resourceType: string;
  readonly preventDestroy: boolean;
}

/** Resource types whose loss breaks consumers: identity apps and grants (new client id and secret), the vault and the key. */
export const PROTECTED_RESOURCE_TYPES = ["oci_identity_domains_app", "oci_identity_domains_grant", "oci_kms_vault", "oci_kms_key"] as const;

/**
 * OIC-PROTECT: in a protected stack, identity apps, grants, the vault and
 * the key carry `prevent_destroy`, so that a plan that would delete or
 * replace them fails instead of going through.
 */
export const PROTECTED_RESOURCES_RULE: Rule<ProtectedResourceSubject> = {
  id: "OIC-PROTECT",
  level: "error",
  summary: "a protected stack's identity apps, grants, vault and key have prevent_destroy",
  protectedOnly: true,
  check({ resourceType, preventDestroy }) {
    return when(!preventDestroy, {
      code: "PREVENT_DESTROY_MISSING",
      problem: `${resourceType} in a protected stack must have lifecycle.prevent_destroy (preventDestroy: true)`,
      fix: "set preventDestroy: true on the construct (protect: true in the environment does it)",
    });
  },
};

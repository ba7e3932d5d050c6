import type { TerraformResource } from "cdktf";
import { type Attributes, SafetyRule, preventsDestroy } from "./rule";

/**
 * OIC-PROTECT: in a protected stack, identity apps, grants, the vault and
 * the key carry `prevent_destroy`, so that a plan that would delete or
 * replace them (new client id and secret; a key scheduled for deletion)
 * fails instead of going through.
 */
export class ProtectedResourcesRule extends SafetyRule {
  readonly id = "OIC-PROTECT";
  protected readonly resourceTypes = ["oci_identity_domains_app", "oci_identity_domains_grant", "oci_kms_vault", "oci_kms_key"];

  protected check(resource: TerraformResource, attributes: Attributes): void {
    if (!preventsDestroy(attributes)) {
      this.error(resource, `${resource.terraformResourceType} in a protected stack must have lifecycle.prevent_destroy (preventDestroy: true)`);
    }
  }
}

import type { TerraformResource } from "cdktf";
import { OFFLINE_ACCESS, splitScope } from "../../contract/scope";
import { type Attributes, SafetyRule } from "./rule";

/**
 * OIC-ONE-RESOURCE: one client app, one resource. An app whose allowed
 * scopes name two audiences (OIC and Fusion) gets tokens whose audience is
 * ambiguous, and OIC answers 401. Audiences read from Terraform references
 * are compared by their reference text.
 */
export class OneAppOneResourceRule extends SafetyRule {
  readonly id = "OIC-ONE-RESOURCE";
  protected readonly resourceTypes = ["oci_identity_domains_app"];

  protected check(resource: TerraformResource, attributes: Attributes): void {
    const scopes = Array.isArray(attributes.allowed_scopes) ? (attributes.allowed_scopes as { fqs?: unknown }[]) : [];
    const audiences = new Set<string>();
    for (const s of scopes) {
      if (typeof s?.fqs !== "string" || s.fqs === OFFLINE_ACCESS) continue;
      audiences.add(splitScope(s.fqs)?.audience ?? s.fqs);
    }
    if (audiences.size > 1) {
      this.error(resource, `the app holds scopes of ${audiences.size} resources (${[...audiences].join(", ")}): keep one app per resource`);
    }
  }
}

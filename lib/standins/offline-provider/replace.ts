/**
 * Which argument changes replace a resource (SDKv2 `ForceNew`) in the real
 * oracle/oci provider. The schema JSON does not carry ForceNew, so it is a
 * table, kept small: the resources this project declares. Sources:
 *
 * - kms key: internal/service/kms/kms_key_resource.go (key_shape,
 *   management_endpoint, protection_mode are ForceNew; compartment_id is
 *   updatable through ChangeKeyCompartment).
 * - functions application: internal/service/functions/functions_application_resource.go
 *   (display_name, subnet_ids ForceNew; compartment_id moves in place).
 * - kms vault (vault_type), functions function (application_id), identity
 *   policy and dynamic group (compartment_id, name): the same files for those
 *   services; compartments of vaults move in place (ChangeVaultCompartment).
 * - identity-domain resources: the provider's issue tracker and our brief
 *   (docs: every grant change replaces the grant; an app's name,
 *   idcs_endpoint, based_on_template replace it; an imported certificate is
 *   immutable). idcs_endpoint selects the domain, so it replaces everywhere.
 *
 * A resource type not listed is updated in place whatever changes: the
 * offline provider then under-reports replacements, never invents them.
 */
import type { JsonBlock } from "./schema";
import { argumentNames } from "./schema";

export type ReplaceRule = readonly string[] | "all-arguments";

export const REPLACE_ON_CHANGE: Readonly<Record<string, ReplaceRule>> = {
  oci_identity_domains_app: ["name", "idcs_endpoint", "based_on_template"],
  oci_identity_domains_grant: "all-arguments",
  oci_identity_domains_oauth_client_certificate: "all-arguments",
  oci_identity_domains_dynamic_resource_group: ["idcs_endpoint"],
  oci_identity_domains_app_role: ["idcs_endpoint"],
  oci_kms_key: ["management_endpoint", "key_shape", "protection_mode"],
  oci_kms_vault: ["vault_type"],
  oci_functions_application: ["subnet_ids", "display_name"],
  oci_functions_function: ["application_id"],
  oci_identity_policy: ["compartment_id", "name"],
  oci_identity_dynamic_group: ["compartment_id", "name"],
};

/** Arguments that never force a new resource even under "all-arguments". */
const NEVER_REPLACE = new Set(["timeouts"]);

/** The top-level names whose change replaces a resource of `typeName`. */
export function replacingArguments(typeName: string, block: JsonBlock): string[] {
  const rule = REPLACE_ON_CHANGE[typeName];
  if (!rule) return [];
  if (rule === "all-arguments") return argumentNames(block).filter((n) => !NEVER_REPLACE.has(n));
  return [...rule];
}

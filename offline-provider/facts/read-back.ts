/**
 * What a resource's read puts in state, per oracle/oci 7.27.0's `SetData`
 * (called by tfresource.ReadResource after every GET):
 *
 * - `kept`: arguments SetData never sets. The SDK keeps whatever state
 *   held (from the configuration, or from the import id for the endpoint
 *   arguments), so a change of them in the service is invisible, and the
 *   spelling of `idcs_endpoint` in state is the one written, not the API's.
 * - `server`: computed attributes the service fills and SetData copies into
 *   state on every read, with how the offline provider derives them.
 *   `generated` values are invented once at create (synthetic.ts) and then
 *   returned unchanged; `from-certificate` values are read from the X.509
 *   certificate that was written, as the service derives them.
 *
 * Every other attribute is read back from the service as it holds it
 * (what was written, plus anything the world changed since).
 */
import { type SourceRef, source } from "../../contract/provider-facts/source";

export type ReadBackRule = "kept" | "generated" | "from-certificate";

export interface ReadBackRow {
  readonly type: string;
  readonly attribute: string;
  readonly rule: ReadBackRule;
  readonly source: SourceRef;
}

function rows(type: string, file: string, fn: string, rule: ReadBackRule, attributes: readonly string[]): ReadBackRow[] {
  return attributes.map((attribute) => ({ type, attribute, rule, source: source(file, fn) }));
}

const APP = "identity_domains/identity_domains_app_resource.go";
const GRANT = "identity_domains/identity_domains_grant_resource.go";
const CERT = "identity_domains/identity_domains_oauth_client_certificate_resource.go";
const DRG = "identity_domains/identity_domains_dynamic_resource_group_resource.go";
const ROLE = "identity_domains/identity_domains_app_role_resource.go";

export const READ_BACK: readonly ReadBackRow[] = [
  ...rows("oci_identity_domains_app", APP, "IdentityDomainsAppResourceCrud.SetData", "kept", ["idcs_endpoint", "attribute_sets", "attributes", "authorization", "force_delete", "resource_type_schema_version"]),
  ...rows("oci_identity_domains_grant", GRANT, "IdentityDomainsGrantResourceCrud.SetData", "kept", ["idcs_endpoint", "attribute_sets", "attributes", "authorization", "resource_type_schema_version"]),
  ...rows("oci_identity_domains_oauth_client_certificate", CERT, "IdentityDomainsOAuthClientCertificateResourceCrud.SetData", "kept", ["idcs_endpoint", "authorization", "resource_type_schema_version"]),
  ...rows("oci_identity_domains_dynamic_resource_group", DRG, "IdentityDomainsDynamicResourceGroupResourceCrud.SetData", "kept", ["idcs_endpoint", "attribute_sets", "attributes", "authorization", "resource_type_schema_version"]),
  ...rows("oci_identity_domains_app_role", ROLE, "IdentityDomainsAppRoleResourceCrud.SetData", "kept", ["idcs_endpoint", "attribute_sets", "attributes", "authorization", "resource_type_schema_version"]),
  ...rows("oci_kms_key", "kms/kms_key_resource.go", "KmsKeyResourceCrud.SetData", "kept", ["management_endpoint", "auto_key_rotation_details", "external_key_reference", "restore_from_object_store", "restore_from_file", "restore_trigger"]),
  ...rows("oci_kms_vault", "kms/kms_vault_resource.go", "KmsVaultResourceCrud.SetData", "kept", ["external_key_manager_metadata", "restore_from_object_store", "restore_from_file", "restore_trigger"]),
  // Not Sensitive in the schema, set on every read: the secret lives in state in clear (and in plan JSON).
  ...rows("oci_identity_domains_app", APP, "IdentityDomainsAppResourceCrud.SetData", "generated", ["id", "client_secret", "hashed_client_secret", "active"]),
  ...rows("oci_identity_domains_grant", GRANT, "IdentityDomainsGrantResourceCrud.SetData", "generated", ["id", "is_fulfilled", "composite_key"]),
  ...rows("oci_identity_domains_oauth_client_certificate", CERT, "IdentityDomainsOAuthClientCertificateResourceCrud.SetData", "from-certificate", ["cert_start_date", "cert_end_date", "sha1thumbprint", "sha256thumbprint"]),
  ...rows("oci_kms_vault", "kms/kms_vault_resource.go", "KmsVaultResourceCrud.SetData", "generated", ["id", "crypto_endpoint", "management_endpoint", "state"]),
  ...rows("oci_kms_key", "kms/kms_key_resource.go", "KmsKeyResourceCrud.SetData", "generated", ["id", "current_key_version", "vault_id", "state"]),
  ...rows("oci_functions_function", "functions/functions_function_resource.go", "FunctionsFunctionResourceCrud.SetData", "generated", ["id", "invoke_endpoint", "state"]),
];

/** Top-level arguments the read never sets: kept from state (plus `timeouts`, which the SDK keeps for every resource). */
export function keptFromState(type: string): Set<string> {
  return new Set(["timeouts", ...READ_BACK.filter((r) => r.type === type && r.rule === "kept").map((r) => r.attribute)]);
}

export function derivedFromCertificate(type: string): readonly string[] {
  return READ_BACK.filter((r) => r.type === type && r.rule === "from-certificate").map((r) => r.attribute);
}

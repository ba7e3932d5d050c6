/**
 * ForceNew, per attribute path, as the resource schemas of oracle/oci
 * 7.27.0 declare it: one row per argument (top-level or nested, dotted path
 * through nested blocks) whose change replaces the resource. Only
 * arguments a configuration can set are listed (ForceNew on attributes
 * inside read-only blocks, e.g. `meta.created`, never fires). Anything not
 * listed updates in place.
 *
 * Read from the `schema.Resource` literal each row cites (the function that
 * builds the schema). A `block` row is ForceNew on the block itself: the SDK
 * then replaces when the number of blocks changes (the `<name>.#` count), a
 * nested `attribute` row when that value changes.
 *
 * Types with no Update function (grant, OAuth client certificate, app role)
 * mark every argument ForceNew, which is what "every grant change replaces
 * the grant" means.
 */
import { type SourceRef, source } from "../../contract/provider-facts/source";

export interface ForceNewRow {
  readonly type: string;
  /** Dotted path through nested blocks, e.g. `based_on_template.value`. */
  readonly path: string;
  readonly source: SourceRef;
}

function forceNew(type: string, file: string, fn: string, paths: readonly string[]): ForceNewRow[] {
  return paths.map((path) => ({ type, path, source: source(file, fn) }));
}

export const FORCE_NEW: readonly ForceNewRow[] = [
  // Only the template's value, not the whole based_on_template block (well_known_id is Optional+Computed, not ForceNew).
  ...forceNew("oci_identity_domains_app", "identity_domains/identity_domains_app_resource.go", "IdentityDomainsAppResource", ["based_on_template.value", "idcs_endpoint", "is_alias_app", "is_unmanaged_app", "name"]),
  ...forceNew("oci_identity_domains_grant", "identity_domains/identity_domains_grant_resource.go", "IdentityDomainsGrantResource", [
    "grant_mechanism", "grantee", "grantee.type", "grantee.value", "idcs_endpoint", "schemas", "app", "app.value", "app_entitlement_collection", "app_entitlement_collection.value",
    "attribute_sets", "attributes", "authorization", "entitlement", "entitlement.attribute_name", "entitlement.attribute_value", "granted_attribute_values_json", "ocid",
    "resource_type_schema_version", "tags", "tags.key", "tags.value",
  ]),
  ...forceNew("oci_identity_domains_oauth_client_certificate", "identity_domains/identity_domains_oauth_client_certificate_resource.go", "IdentityDomainsOAuthClientCertificateResource", [
    "certificate_alias", "idcs_endpoint", "schemas", "x509base64certificate", "authorization", "external_id", "key_store_id", "key_store_name", "key_store_password", "map", "ocid",
    "resource_type_schema_version", "tags", "tags.key", "tags.value",
  ]),
  ...forceNew("oci_identity_domains_dynamic_resource_group", "identity_domains/identity_domains_dynamic_resource_group_resource.go", "IdentityDomainsDynamicResourceGroupResource", ["idcs_endpoint"]),
  ...forceNew("oci_identity_domains_app_role", "identity_domains/identity_domains_app_role_resource.go", "IdentityDomainsAppRoleResource", [
    "app", "app.value", "display_name", "idcs_endpoint", "schemas", "admin_role", "attribute_sets", "attributes", "authorization", "available_to_clients", "available_to_groups",
    "available_to_users", "description", "legacy_group_name", "ocid", "public", "resource_type_schema_version", "tags", "tags.key", "tags.value",
  ]),
  // compartment_id is not ForceNew: it moves through ChangeKeyCompartment.
  ...forceNew("oci_kms_key", "kms/kms_key_resource.go", "KmsKeyResource", ["key_shape", "key_shape.algorithm", "key_shape.length", "key_shape.curve_id", "management_endpoint", "external_key_reference", "external_key_reference.external_key_id", "protection_mode"]),
  ...forceNew("oci_kms_vault", "kms/kms_vault_resource.go", "KmsVaultResource", [
    "vault_type", "external_key_manager_metadata", "external_key_manager_metadata.external_vault_endpoint_url", "external_key_manager_metadata.oauth_metadata",
    "external_key_manager_metadata.oauth_metadata.client_app_id", "external_key_manager_metadata.oauth_metadata.client_app_secret",
    "external_key_manager_metadata.oauth_metadata.idcs_account_name_url", "external_key_manager_metadata.private_endpoint_id",
  ]),
  ...forceNew("oci_functions_application", "functions/functions_application_resource.go", "FunctionsApplicationResource", ["display_name", "subnet_ids", "shape"]),
  ...forceNew("oci_functions_function", "functions/functions_function_resource.go", "FunctionsFunctionResource", ["application_id", "display_name", "source_details", "source_details.pbf_listing_id", "source_details.source_type"]),
  ...forceNew("oci_identity_policy", "identity/identity_policy_resource.go", "IdentityPolicyResource", ["compartment_id", "name"]),
  ...forceNew("oci_identity_dynamic_group", "identity/identity_dynamic_group_resource.go", "IdentityDynamicGroupResource", ["compartment_id", "name"]),
];

/** The resource types whose schemas were read for this table (others: no row, so no replacement is ever planned). */
export const FORCE_NEW_TYPES: readonly string[] = [...new Set(FORCE_NEW.map((r) => r.type))];

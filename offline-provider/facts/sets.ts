/**
 * Set-typed attributes (SDKv2 `schema.TypeSet`) of the resource types the
 * offline provider has read, with the hash function the provider uses to
 * tell set elements apart. Order never matters for these; everything else
 * that holds several values is a list, where order is part of the value.
 * The served schema (provider/oci-schema.json) says the same (a test checks
 * both agree); this table is where it is cited.
 *
 * Hash functions matter for blocks: `allowedScopesHashCodeForSets` hashes
 * `fqs` only and `certificatesHashCodeForSets` `cert_alias` only, so the
 * server-filled members of those blocks (`read_only`, `id_of_defining_app`,
 * `x509base64certificate`, `kid`, ...) never make a set element differ.
 */
import { type SourceRef, source } from "../../contract/provider-facts/source";

export interface SetRow {
  readonly type: string;
  readonly path: string;
  readonly hash: string;
  readonly source: SourceRef;
}

const APP = "identity_domains/identity_domains_app_resource.go";
const LITERAL = "tfresource.LiteralTypeHashCodeForSets";

function sets(type: string, file: string, fn: string, rows: readonly (readonly [string, string])[]): SetRow[] {
  return rows.map(([path, hash]) => ({ type, path, hash, source: source(file, fn) }));
}

export const SET_ATTRIBUTES: readonly SetRow[] = [
  ...sets("oci_identity_domains_app", APP, "IdentityDomainsAppResource", [
    ["alias_apps", "aliasAppsHashCodeForSets"],
    ["allowed_grants", LITERAL],
    ["allowed_operations", LITERAL],
    ["allowed_scopes", "allowedScopesHashCodeForSets"],
    ["allowed_tags", "allowedTagsHashCodeForSets"],
    ["apps_network_perimeters", "appsNetworkPerimetersHashCodeForSets"],
    ["attr_rendering_metadata", "attrRenderingMetadataHashCodeForSets"],
    ["certificates", "certificatesHashCodeForSets"],
    ["delegated_service_names", LITERAL],
    ["identity_providers", "identityProvidersHashCodeForSets"],
    ["post_logout_redirect_uris", LITERAL],
    ["protectable_secondary_audiences", "protectableSecondaryAudiencesHashCodeForSets"],
    ["redirect_uris", LITERAL],
    ["scopes", "scopesHashCodeForSets"],
    ["secondary_audiences", LITERAL],
    ["service_params", "serviceParamsHashCodeForSets"],
    ["trust_policies", "trustPoliciesHashCodeForSets"],
    ["urnietfparamsscimschemasoracleidcsextensionenterprise_app_app.app_resources", "appResourcesHashCodeForSets"],
    ["urnietfparamsscimschemasoracleidcsextensionform_fill_app_app.form_fill_url_match", "formFillUrlMatchHashCodeForSets"],
    ["urnietfparamsscimschemasoracleidcsextensionform_fill_app_template_app_template.form_fill_url_match", "formFillUrlMatchHashCodeForSets"],
    ["urnietfparamsscimschemasoracleidcsextensionkerberos_realm_app.supported_encryption_salt_types", LITERAL],
    ["urnietfparamsscimschemasoracleidcsextensionmanagedapp_app.bundle_configuration_properties", "bundleConfigurationPropertiesHashCodeForSets"],
    ["urnietfparamsscimschemasoracleidcsextensionmanagedapp_app.bundle_configuration_properties.value", LITERAL],
    ["urnietfparamsscimschemasoracleidcsextensionmanagedapp_app.flat_file_bundle_configuration_properties", "flatFileBundleConfigurationPropertiesHashCodeForSets"],
    ["urnietfparamsscimschemasoracleidcsextensionmanagedapp_app.flat_file_bundle_configuration_properties.value", LITERAL],
    ["urnietfparamsscimschemasoracleidcsextensionradius_app_app.group_membership_to_return", "groupMembershipToReturnHashCodeForSets"],
    ["urnietfparamsscimschemasoracleidcsextensionsaml_service_provider_app.group_assertion_attributes", "groupAssertionAttributesHashCodeForSets"],
    ["urnietfparamsscimschemasoracleidcsextensionsaml_service_provider_app.user_assertion_attributes", "userAssertionAttributesHashCodeForSets"],
  ]),
  ...sets("oci_functions_application", "functions/functions_application_resource.go", "FunctionsApplicationResource", [["network_security_group_ids", LITERAL]]),
  // No TypeSet in: grant, OAuth client certificate, dynamic resource group, app role (identity_domains/*_resource.go),
  // kms key and vault, functions function, identity policy and dynamic group: their collections are lists.
];

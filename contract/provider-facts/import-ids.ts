/**
 * Which import ids oracle/oci 7.27.0 accepts, per resource type, and what
 * its read copies from them into state.
 *
 * Every type here imports with `schema.ImportStatePassthrough`: the import
 * id becomes the state's `id`, unparsed, and the resource's read function
 * makes sense of it. So an id is rejected (or accepted) by the read:
 *
 * - identity-domain resources: `getIdcsEndpointForRead(d, <collection>)`
 *   (identity_domains_util.go) takes `idcs_endpoint` from state, and on
 *   import, where state has none, matches the id against
 *   `^idcsEndpoint/(.*)/<collection>/(.*)$` (case-sensitive, greedy): group 1
 *   becomes `idcs_endpoint` exactly as spelled, group 2 the id. No match is
 *   the error below. The collection is the read function's argument, not
 *   the SCIM resource name: `oauthClientCertificates`, while the same file's
 *   `parseOAuthClientCertificateCompositeId` (only logged on failure) looks
 *   for `oAuthClientCertificates`, the spelling of the provider's docs.
 * - oci_kms_key: `readKmsKey` takes `management_endpoint` from state, else
 *   matches `^managementEndpoint/(.*)/keys/(.*)$`.
 * - the other OCI types: the read GETs the id as given (an OCID).
 *
 * An id that parses but names nothing is a 404 from the service; the read
 * then empties the state (tfresource.ReadResource, handleMissingResourceError
 * in internal/tfresource) and Terraform reports "Cannot import non-existent
 * remote object".
 */
import { type SourceRef, source } from "./source";

export type ImportRule =
  | {
      readonly kind: "composite";
      readonly type: string;
      /** The id shape `<prefix>/<endpoint>/<collection>/<id>`, read as `^<prefix>/(.*)/<collection>/(.*)$`. */
      readonly prefix: "idcsEndpoint" | "managementEndpoint";
      readonly collection: string;
      /** The argument group 1 is copied into. */
      readonly endpointAttribute: "idcs_endpoint" | "management_endpoint";
      /** The provider's error for an id the pattern rejects (`%s`: the id). */
      readonly error: string;
      readonly source: SourceRef;
    }
  | { readonly kind: "passthrough"; readonly type: string; readonly source: SourceRef };

const IDCS_ERROR = "IdcsEndpointHelperForRead: idcs_endpoint missing. Format of id might be wrong. id: %s";
const IDCS_HELPER = "getIdcsEndpointForRead (identity_domains_util.go)";

function idcs(type: string, collection: string, file: string, readFn: string): ImportRule {
  return { kind: "composite", type, prefix: "idcsEndpoint", collection, endpointAttribute: "idcs_endpoint", error: IDCS_ERROR, source: source(file, `${readFn} -> ${IDCS_HELPER}`) };
}

function passthrough(type: string, file: string, fn: string): ImportRule {
  return { kind: "passthrough", type, source: source(file, fn) };
}

export const IMPORT_RULES: readonly ImportRule[] = [
  idcs("oci_identity_domains_app", "apps", "identity_domains/identity_domains_app_resource.go", "readIdentityDomainsApp"),
  idcs("oci_identity_domains_grant", "grants", "identity_domains/identity_domains_grant_resource.go", "readIdentityDomainsGrant"),
  idcs("oci_identity_domains_oauth_client_certificate", "oauthClientCertificates", "identity_domains/identity_domains_oauth_client_certificate_resource.go", "readIdentityDomainsOAuthClientCertificate"),
  idcs("oci_identity_domains_dynamic_resource_group", "dynamicResourceGroups", "identity_domains/identity_domains_dynamic_resource_group_resource.go", "readIdentityDomainsDynamicResourceGroup"),
  idcs("oci_identity_domains_app_role", "appRoles", "identity_domains/identity_domains_app_role_resource.go", "readIdentityDomainsAppRole"),
  {
    kind: "composite",
    type: "oci_kms_key",
    prefix: "managementEndpoint",
    collection: "keys",
    endpointAttribute: "management_endpoint",
    error: "id %s should be format: managementEndpoint/{managementEndpoint}/keys/{keyId}",
    source: source("kms/kms_key_resource.go", "readKmsKey"),
  },
  passthrough("oci_kms_vault", "kms/kms_vault_resource.go", "KmsVaultResourceCrud.Get"),
  passthrough("oci_functions_application", "functions/functions_application_resource.go", "FunctionsApplicationResourceCrud.Get"),
  passthrough("oci_functions_function", "functions/functions_function_resource.go", "FunctionsFunctionResourceCrud.Get"),
  passthrough("oci_identity_policy", "identity/identity_policy_resource.go", "IdentityPolicyResourceCrud.Get"),
  passthrough("oci_identity_dynamic_group", "identity/identity_dynamic_group_resource.go", "IdentityDynamicGroupResourceCrud.Get"),
];

export function importRule(type: string): ImportRule | undefined {
  return IMPORT_RULES.find((r) => r.type === type);
}

export type CompositeRule = ImportRule & { kind: "composite" };

/** The regular expression the read matches an id against (greedy, case-sensitive, as Go's regexp). */
export function compositePattern(rule: CompositeRule): RegExp {
  return new RegExp(`^${rule.prefix}/(.*)/${rule.collection}/(.*)$`);
}

/** The import id the provider parses for an object (the inverse of a composite rule). */
export function compositeImportId(rule: CompositeRule, endpoint: string, id: string): string {
  return `${rule.prefix}/${endpoint}/${rule.collection}/${id}`;
}

/**
 * Terraform addresses our stacks give identity resources, and the OCI
 * provider's import ids for them.
 *
 * Addresses: lib/constructs/* name every identity resource with
 * `logicalId(...)` (oauth-client-app.ts: `app_<client id>`; app-role-grant.ts:
 * `grant_<role>_<app|user|group>_<grantee>`; trusted-assertion-app.ts:
 * `certificate_<alias>`), top level in the stack, so the address is
 * `<type>.<logical id>`.
 *
 * Import ids: what oracle/oci 7.27.0's read parses, from the offline
 * provider's import table (contract/provider-facts/import-ids.ts,
 * read from the provider's source, not its docs):
 * `idcsEndpoint/{idcsEndpoint}/apps/{appId}`, `.../grants/{grantId}`,
 * `.../oauthClientCertificates/{id}` (lower-case "auth": the docs'
 * `oAuthClientCertificates` is rejected with "IdcsEndpointHelperForRead:
 * idcs_endpoint missing. Format of id might be wrong."). The read
 * (`getIdcsEndpointForRead`) copies the `{idcsEndpoint}` part into
 * `idcs_endpoint`, which forces replacement when it differs from the config:
 * so the id carries the domain URL exactly as the environment spells it,
 * never as the API echoes it.
 */
import type { EnvironmentConfig } from "../../lib/config/environment";
import { logicalId } from "../../lib/constructs/identity-domain";
import { compositeImportId, importRule } from "../../contract/provider-facts/import-ids";
import { CodedError, ERROR_CODES } from "../../contract/errors";

export const TF_TYPES = {
  app: "oci_identity_domains_app",
  grant: "oci_identity_domains_grant",
  certificate: "oci_identity_domains_oauth_client_certificate",
} as const;

export type TfKind = keyof typeof TF_TYPES;

export function appAddress(clientId: string): string {
  return `${TF_TYPES.app}.${logicalId("app", clientId)}`;
}

export function grantAddress(role: string, granteeType: string, granteeLabel: string): string {
  return `${TF_TYPES.grant}.${logicalId("grant", role, granteeType.toLowerCase(), granteeLabel)}`;
}

export function certificateAddress(alias: string): string {
  return `${TF_TYPES.certificate}.${logicalId("certificate", alias)}`;
}

export function importId(kind: TfKind, domainUrl: string, id: string): string {
  const rule = importRule(TF_TYPES[kind]);
  if (rule?.kind !== "composite") throw new CodedError(ERROR_CODES.estate, `no composite import id for ${TF_TYPES[kind]}`);
  return compositeImportId(rule, domainUrl, id);
}

/**
 * The domain that holds the trusted app and its certificates: Fusion's
 * (`fusion.identityDomainUrl`), or OIC's when one domain serves both. The
 * one place to change if the stacks ever place it differently.
 */
export function trustedAppDomainUrl(config: EnvironmentConfig): string {
  return config.fusion?.identityDomainUrl ?? config.identityDomainUrl;
}

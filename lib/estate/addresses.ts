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
 * Import ids, from the provider's docs (website/docs/r/identity_domains_app,
 * _grant, _oauth_client_certificate, "Import"):
 * `idcsEndpoint/{idcsEndpoint}/apps/{appId}`, `.../grants/{grantId}`,
 * `.../oAuthClientCertificates/{oAuthClientCertificateId}`. The provider's
 * read (identity_domains helper `getIdcsEndpointForRead`) copies the
 * `{idcsEndpoint}` part into `idcs_endpoint`, which forces replacement when
 * it differs from the config: so the id carries the domain URL exactly as
 * the environment spells it, never as the API echoes it.
 */
import type { EnvironmentConfig } from "../config/environment";
import { logicalId } from "../constructs/identity-domain";

export const TF_TYPES = {
  app: "oci_identity_domains_app",
  grant: "oci_identity_domains_grant",
  certificate: "oci_identity_domains_oauth_client_certificate",
} as const;

export type TfKind = keyof typeof TF_TYPES;

const IMPORT_COLLECTION: Record<TfKind, string> = { app: "apps", grant: "grants", certificate: "oAuthClientCertificates" };

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
  return `idcsEndpoint/${domainUrl}/${IMPORT_COLLECTION[kind]}/${id}`;
}

/**
 * The domain that holds the trusted app and its certificates: Fusion's
 * (`fusion.identityDomainUrl`), or OIC's when one domain serves both. The
 * one place to change if the stacks ever place it differently.
 */
export function trustedAppDomainUrl(config: EnvironmentConfig): string {
  return config.fusion?.identityDomainUrl ?? config.identityDomainUrl;
}

/**
 * Facts of the OCI IAM identity domain's OAuth service that the stacks, the
 * Function, the smoke test and the stand-ins all rely on.
 */

/** OAuth grant types an app may allow (`allowed_grants`). */
export const GRANT_TYPES = {
  clientCredentials: "client_credentials",
  authorizationCode: "authorization_code",
  refreshToken: "refresh_token",
  /** RFC 7523 JWT-bearer grant: the user assertion of flow C. */
  jwtBearer: "urn:ietf:params:oauth:grant-type:jwt-bearer",
} as const;

/** RFC 7523 client authentication by a signed client assertion. */
export const CLIENT_ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

/**
 * `iss` of the access tokens identity domains issue, and the `aud` older IDCS
 * tenancies expected in assertions (kept only as an opt-in:
 * `legacyIdcsAudience`).
 */
export const IDCS_ISSUER = "https://identity.oraclecloud.com/";
export const LEGACY_IDCS_AUDIENCE = IDCS_ISSUER;

/** Where every identity domain serves its OAuth endpoints and keys (and so do the stand-ins). */
export const DOMAIN_ENDPOINT_PATHS = {
  token: "/oauth2/v1/token",
  authorize: "/oauth2/v1/authorize",
  jwks: "/admin/v1/SigningCert/jwk",
} as const;

function base(domainUrl: string): string {
  return domainUrl.replace(/\/+$/, "");
}

/** `<domain>/oauth2/v1/token`: form-encoded, confidential clients use HTTP Basic. */
export function tokenUrl(domainUrl: string): string {
  return `${base(domainUrl)}${DOMAIN_ENDPOINT_PATHS.token}`;
}

export function authorizeUrl(domainUrl: string): string {
  return `${base(domainUrl)}${DOMAIN_ENDPOINT_PATHS.authorize}`;
}

/** `<domain>/admin/v1/SigningCert/jwk`: the keys that verify the domain's tokens. */
export function signingJwksUrl(domainUrl: string): string {
  return `${base(domainUrl)}${DOMAIN_ENDPOINT_PATHS.jwks}`;
}

/**
 * The `aud` of client and user assertions for the domain that holds the
 * trusted app: "The identity domain URL (https://<domainURL>) must be one of
 * the aud claim values"; Oracle's sample writes it `https://<domainURL>/`.
 * https://docs.oracle.com/en-us/iaas/Content/Identity/api-getstarted/ClientAssertion.htm
 * Works on unresolved values too (a Terraform reference keeps its text).
 */
export function assertionAudience(domainUrl: string, options: { legacyIdcsAudience?: boolean } = {}): string {
  return options.legacyIdcsAudience ? LEGACY_IDCS_AUDIENCE : `${base(domainUrl)}/`;
}

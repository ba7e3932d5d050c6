/** Facts of the identity domain that every identity resource repeats. */

/** SCIM schema of each identity-domain resource (`schemas` is required on all of them). */
export const SCIM_SCHEMAS = {
  app: "urn:ietf:params:scim:schemas:oracle:idcs:App",
  grant: "urn:ietf:params:scim:schemas:oracle:idcs:Grant",
  oauthClientCertificate: "urn:ietf:params:scim:schemas:oracle:idcs:OAuthClientCertificate",
} as const;

/** Template of confidential (and trusted) OAuth client apps, as in the provider's own examples. */
export const CONFIDENTIAL_APP_TEMPLATE = "CustomWebAppTemplateId";

export const GRANT_TYPES = {
  clientCredentials: "client_credentials",
  authorizationCode: "authorization_code",
  refreshToken: "refresh_token",
  jwtBearer: "urn:ietf:params:oauth:grant-type:jwt-bearer",
} as const;

export function tokenUrl(domainUrl: string): string {
  return `${domainUrl.replace(/\/$/, "")}/oauth2/v1/token`;
}

export function authorizeUrl(domainUrl: string): string {
  return `${domainUrl.replace(/\/$/, "")}/oauth2/v1/authorize`;
}

/** A SCIM filter string literal: quotes and backslashes escaped. */
export function scimString(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** A Terraform logical id made of a readable name (stable across refactors of the construct tree). */
export function logicalId(...parts: string[]): string {
  return parts.join("_").replace(/[^A-Za-z0-9_-]/g, "_");
}

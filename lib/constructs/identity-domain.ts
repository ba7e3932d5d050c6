/** Facts of identity-domain resources that every identity construct repeats (Terraform side). */

/** SCIM schema of each identity-domain resource (`schemas` is required on all of them). */
export const SCIM_SCHEMAS = {
  app: "urn:ietf:params:scim:schemas:oracle:idcs:App",
  grant: "urn:ietf:params:scim:schemas:oracle:idcs:Grant",
  oauthClientCertificate: "urn:ietf:params:scim:schemas:oracle:idcs:OAuthClientCertificate",
  dynamicResourceGroup: "urn:ietf:params:scim:schemas:oracle:idcs:DynamicResourceGroup",
} as const;

/** Template of confidential (and trusted) OAuth client apps, as in the provider's own examples. */
export const CONFIDENTIAL_APP_TEMPLATE = "CustomWebAppTemplateId";

/** A SCIM filter string literal: quotes and backslashes escaped. */
export function scimString(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** A Terraform logical id made of a readable name (stable across refactors of the construct tree). */
export function logicalId(...parts: string[]): string {
  return parts.join("_").replace(/[^A-Za-z0-9_-]/g, "_");
}

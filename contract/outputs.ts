/**
 * Names of the Terraform outputs every environment stack writes. The smoke
 * test, the certificate command and the pipeline read them from
 * `cdktf deploy --outputs-file` / `cdktf output --outputs-file`, whose shape
 * is `{ "<env>": { "<output name>": value } }`.
 */
export const OUTPUTS = {
  /** OIC's identity domain: where the client apps of flows A and B and their grants live. */
  identityDomainUrl: "identity_domain_url",
  /** Token endpoint of OIC's identity domain (flows A and B). */
  tokenUrl: "token_url",
  authorizeUrl: "authorize_url",
  oicAppId: "oic_app_id",
  oicAudience: "oic_audience",
  /** The exact fully qualified scope: audience + `urn:opc:resource:consumer::all`. */
  oicScope: "oic_scope",
  oicBaseUrl: "oic_base_url",
  integrationMethod: "integration_method",
  /** Full path, starting with `/ic/api/integration/v1/flows/rest/`. */
  integrationPath: "integration_path",
  integrationExpectedStatus: "integration_expected_status",
  /** JSON list of every client app: `[{ name, flow, clientId }]`. No secrets. */
  apps: "apps",
  clientCredentialsClientId: "client_credentials_client_id",
  /** Sensitive. */
  clientCredentialsClientSecret: "client_credentials_client_secret",
  authCodeClientId: "auth_code_client_id",
  /** Sensitive. */
  authCodeClientSecret: "auth_code_client_secret",
  authCodeRedirectUris: "auth_code_redirect_uris",
  /**
   * Fusion's identity domain: it holds the trusted app and its certificates
   * (flow C). Equal to `identity_domain_url` when one domain serves both.
   */
  fusionIdentityDomainUrl: "fusion_identity_domain_url",
  /** Token endpoint of Fusion's identity domain: where the assertions are exchanged. */
  fusionTokenUrl: "fusion_token_url",
  /** `aud` of both assertions (Fusion's domain URL, or the legacy IDCS value when asked for). */
  assertionAudience: "assertion_audience",
  trustedClientId: "trusted_client_id",
  trustedCertificateAlias: "trusted_certificate_alias",
  fusionScope: "fusion_scope",
  fusionBaseUrl: "fusion_base_url",
  fusionSmokePath: "fusion_smoke_path",
  assertionFunctionId: "assertion_function_id",
  assertionFunctionInvokeEndpoint: "assertion_function_invoke_endpoint",
  signingKeyId: "signing_key_id",
  signingKeyVersionId: "signing_key_version_id",
  signingKeyCryptoEndpoint: "signing_key_crypto_endpoint",
  signingKeyManagementEndpoint: "signing_key_management_endpoint",
} as const;

export type OutputName = (typeof OUTPUTS)[keyof typeof OUTPUTS];

/**
 * Outputs only an oic-native environment writes (`assertion.mode:
 * "oic-native"`: OIC signs flow C's assertions). Their absence means the
 * Function mode.
 */
export const OIC_NATIVE_OUTPUTS = {
  /** Who signs flow C's assertions: "function" (the Vault-backed Function) or "oic-native" (OIC, key in its certificate store). */
  assertionMode: "assertion_mode",
  /** oic-native: identifier of the propagation connection in OIC. */
  oicNativeConnectionId: "oic_native_connection_id",
  /** oic-native: OIC's service instance name (`integrationInstance` of OIC 3's REST API). */
  oicNativeServiceInstance: "oic_native_service_instance",
  /** oic-native: base URL of OIC's REST API (certificates, connection test). */
  oicNativeApiUrl: "oic_native_api_url",
  /** oic-native: the client-credentials app (ServiceAdministrator) that calls OIC's REST API. */
  oicNativeAdminClientId: "oic_native_admin_client_id",
  /** Sensitive. */
  oicNativeAdminClientSecret: "oic_native_admin_client_secret",
  /** oic-native: the integration that calls Fusion as its caller (method, full path, expected status); absent when none is named. */
  oicNativeCallerMethod: "oic_native_caller_method",
  oicNativeCallerPath: "oic_native_caller_path",
  oicNativeCallerExpectedStatus: "oic_native_caller_expected_status",
} as const;

/**
 * Configuration keys of the assertion Function (`oci_functions_function.config`,
 * seen by the Function as environment variables).
 */
export const FUNCTION_CONFIG = {
  trustedClientId: "TRUSTED_CLIENT_ID",
  certificateAlias: "CERT_ALIAS",
  /** Token endpoint of the domain that holds the trusted app (Fusion's). */
  tokenUrl: "TOKEN_URL",
  /** `aud` of both assertions. */
  assertionAudience: "ASSERTION_AUDIENCE",
  defaultScope: "DEFAULT_SCOPE",
  /** Comma-separated allow-list of scopes a caller may ask for. */
  allowedScopes: "ALLOWED_SCOPES",
  /** Comma-separated user names the Function may assert (compared as the identity domain does: case-insensitive). */
  allowedUsers: "ALLOWED_USERS",
  /** Comma-separated groups of Fusion's identity domain whose members the Function may assert. */
  allowedGroups: "ALLOWED_GROUPS",
  /** "true": any user federated into Fusion's domain (explicit opt-in). Nothing allowed: nobody is asserted. */
  allowAnyFederatedUser: "ALLOW_ANY_FEDERATED_USER",
  /** Fusion's identity domain: holds the trusted app (the assertions' default `aud`) and the groups. */
  fusionIdentityDomainUrl: "FUSION_IDENTITY_DOMAIN_URL",
  kmsKeyId: "KMS_KEY_ID",
  kmsKeyVersionId: "KMS_KEY_VERSION_ID",
  kmsCryptoEndpoint: "KMS_CRYPTO_ENDPOINT",
  /** "payload" or "token". */
  mode: "MODE",
} as const;

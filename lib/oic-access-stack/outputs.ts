import { Fn, TerraformOutput, type TerraformStack } from "cdktf";
import { DEFAULT_FUSION_SMOKE_PATH } from "../../contract/deployed-outputs";
import { authorizeUrl, tokenUrl } from "../../contract/identity-domain";
import { integrationPath } from "../../contract/integration-path";
import { OUTPUTS, OIC_NATIVE_OUTPUTS } from "../../contract/outputs";
import type { EnvironmentConfig } from "../config/environment";
import type { AuthCodeApp } from "../constructs/auth-code-app";
import type { ClientCredentialsApp } from "../constructs/client-credentials-app";
import type { IdentityPropagation } from "../constructs/identity-propagation";
import type { OicNativePropagation } from "../constructs/oic-native-propagation";
import type { IOicResource } from "../constructs/oic-resource";

/** What the outputs are read from. */
export interface StackParts {
  readonly config: EnvironmentConfig;
  readonly oic: IOicResource;
  readonly clientCredentialsApps: readonly ClientCredentialsApp[];
  readonly authCodeApps: readonly AuthCodeApp[];
  readonly propagation?: IdentityPropagation | OicNativePropagation;
}

/**
 * Everything the smoke test, `npm run cert` and the pipeline read after a
 * deploy (names: contract/outputs.ts); secrets only as sensitive outputs.
 */
export function addStackOutputs(stack: TerraformStack, parts: StackParts): void {
  const output = (name: string, value: unknown, description: string, sensitive = false) => new TerraformOutput(stack, name, { value, description, sensitive });
  addOicOutputs(output, parts);
  addAppOutputs(output, parts);
  if (parts.propagation && parts.config.fusion) addPropagationOutputs(output, parts.propagation, parts.config);
  if (parts.propagation?.mode === "oic-native") addOicNativeOutputs(output, parts);
}

type Output = (name: string, value: unknown, description: string, sensitive?: boolean) => void;

function addOicOutputs(output: Output, { config, oic }: StackParts): void {
  const integration = config.smoke.integration;
  output(OUTPUTS.identityDomainUrl, oic.identityDomainUrl, "OIC's identity domain URL (client apps of flows A and B)");
  output(OUTPUTS.tokenUrl, tokenUrl(oic.identityDomainUrl), "Token endpoint of OIC's domain");
  output(OUTPUTS.authorizeUrl, authorizeUrl(oic.identityDomainUrl), "Authorize endpoint of OIC's domain");
  output(OUTPUTS.oicAppId, oic.appId, "IAM app id of the OIC instance (the OAuth resource)");
  output(OUTPUTS.oicAudience, oic.audience, "Primary audience of the OIC app");
  output(OUTPUTS.oicScope, oic.fullyQualifiedScope, "The exact scope clients request for OIC");
  output(OUTPUTS.oicBaseUrl, oic.baseUrl, "OIC runtime base URL");
  output(OUTPUTS.integrationMethod, integration.method ?? "GET", "HTTP method of the smoke integration");
  output(OUTPUTS.integrationPath, integrationPath(integration.path), "Path of the smoke integration");
  output(OUTPUTS.integrationExpectedStatus, integration.expectedStatus ?? 200, "Status the smoke integration returns when it works");
}

function addAppOutputs(output: Output, { clientCredentialsApps, authCodeApps, propagation }: StackParts): void {
  const apps = [...clientCredentialsApps, ...authCodeApps, ...(propagation ? [propagation.trustedApp] : [])].map((a) => ({ name: a.clientId, flow: a.flow }));
  output(OUTPUTS.apps, Fn.jsonencode(apps), "Client apps of this environment (no secrets)");
  const cc = clientCredentialsApps[0];
  if (cc) {
    output(OUTPUTS.clientCredentialsClientId, cc.clientId, "Client ID of the first client-credentials app");
    output(OUTPUTS.clientCredentialsClientSecret, cc.clientSecret, "Client secret of the first client-credentials app", true);
  }
  const ac = authCodeApps[0];
  if (ac) {
    output(OUTPUTS.authCodeClientId, ac.clientId, "Client ID of the first authorization-code app");
    output(OUTPUTS.authCodeClientSecret, ac.clientSecret, "Client secret of the first authorization-code app", true);
    output(OUTPUTS.authCodeRedirectUris, [...ac.redirectUris], "Redirect URIs of the first authorization-code app");
  }
}

function addPropagationOutputs(output: Output, p: IdentityPropagation | OicNativePropagation, config: EnvironmentConfig): void {
  const fusion = config.fusion!;
  output(OUTPUTS.fusionIdentityDomainUrl, p.identityDomainUrl, "Fusion's identity domain: holds the trusted app and its certificates");
  output(OUTPUTS.fusionTokenUrl, p.tokenUrl, "Token endpoint of Fusion's domain: where the assertions are exchanged");
  output(OUTPUTS.assertionAudience, p.assertionAudience, "aud of both assertions");
  output(OUTPUTS.trustedClientId, p.trustedApp.clientId, "Client ID of the trusted assertion app");
  output(OUTPUTS.trustedCertificateAlias, p.trustedApp.certificateAlias, "Certificate alias (kid) of the assertions");
  output(OUTPUTS.fusionScope, p.trustedApp.fusionScope, "The exact Fusion scope of the user assertion");
  output(OUTPUTS.fusionBaseUrl, fusion.baseUrl, "Fusion REST base URL");
  output(OUTPUTS.fusionSmokePath, fusion.smokePath ?? DEFAULT_FUSION_SMOKE_PATH, "Fusion endpoint the smoke test calls as the user");
  // Absent means "function" (stacks before the mode existed), so the Function mode's outputs are unchanged.
  if (p.mode === "oic-native") return;
  const fn = p.assertionFunction;
  const key = p.signingKey;
  output(OUTPUTS.assertionFunctionId, fn.functionId, "OCID of the assertion Function");
  output(OUTPUTS.assertionFunctionInvokeEndpoint, fn.invokeEndpoint, "Invoke endpoint of the assertion Function");
  output(OUTPUTS.signingKeyId, key.keyId, "OCID of the Vault key that signs assertions");
  output(OUTPUTS.signingKeyVersionId, key.keyVersionId, "Current key version (the certificate alias derives from it)");
  output(OUTPUTS.signingKeyCryptoEndpoint, key.cryptoEndpoint, "Crypto endpoint of the vault");
  output(OUTPUTS.signingKeyManagementEndpoint, key.managementEndpoint, "Management endpoint of the vault");
}

/** What an oic-native environment adds: the mode, the connection, OIC's REST API and the app that calls it. */
function addOicNativeOutputs(output: Output, { config, oic, clientCredentialsApps }: StackParts): void {
  const a = config.assertion;
  if (a?.mode !== "oic-native") return;
  const n = a.oicNative;
  output(OIC_NATIVE_OUTPUTS.assertionMode, "oic-native", "Who signs flow C's assertions: OIC, with the key in its certificate store");
  output(OIC_NATIVE_OUTPUTS.oicNativeConnectionId, n.connectionId, "The OIC connection that signs the user assertion (OAuth using JWT User Assertion)");
  output(OIC_NATIVE_OUTPUTS.oicNativeServiceInstance, n.serviceInstanceName, "OIC's service instance name (integrationInstance of its REST API)");
  output(OIC_NATIVE_OUTPUTS.oicNativeApiUrl, n.apiBaseUrl ?? oic.baseUrl, "Base URL of OIC's REST API (certificates, connection test)");
  const admin = clientCredentialsApps.find((app) => app.clientId === n.adminApp);
  if (admin) {
    output(OIC_NATIVE_OUTPUTS.oicNativeAdminClientId, admin.clientId, "Client ID of the app that calls OIC's REST API (ServiceAdministrator)");
    output(OIC_NATIVE_OUTPUTS.oicNativeAdminClientSecret, admin.clientSecret, "Client secret of that app", true);
  }
  const caller = n.callerIntegration;
  if (caller) {
    output(OIC_NATIVE_OUTPUTS.oicNativeCallerMethod, caller.method ?? "GET", "HTTP method of the integration that calls Fusion as its caller");
    output(OIC_NATIVE_OUTPUTS.oicNativeCallerPath, integrationPath(caller.path), "Path of the integration that calls Fusion as its caller");
    output(OIC_NATIVE_OUTPUTS.oicNativeCallerExpectedStatus, caller.expectedStatus ?? 200, "Status that integration returns when the propagation works");
  }
}

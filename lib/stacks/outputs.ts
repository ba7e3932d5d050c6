import { Fn, TerraformOutput, type TerraformStack } from "cdktf";
import { DEFAULT_FUSION_SMOKE_PATH } from "../../contract/deployed-outputs";
import { authorizeUrl, tokenUrl } from "../../contract/identity-domain";
import { integrationPath } from "../../contract/integration-path";
import { OUTPUTS } from "../../contract/outputs";
import type { EnvironmentConfig } from "../config/environment";
import type { AuthCodeApp } from "../constructs/auth-code-app";
import type { ClientCredentialsApp } from "../constructs/client-credentials-app";
import type { IdentityPropagation } from "../constructs/identity-propagation";
import type { IOicResource } from "../constructs/oic-resource";

/** What the outputs are read from. */
export interface StackParts {
  readonly config: EnvironmentConfig;
  readonly oic: IOicResource;
  readonly clientCredentialsApps: readonly ClientCredentialsApp[];
  readonly authCodeApps: readonly AuthCodeApp[];
  readonly propagation?: IdentityPropagation;
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

function addPropagationOutputs(output: Output, p: IdentityPropagation, config: EnvironmentConfig): void {
  const fusion = config.fusion!;
  output(OUTPUTS.fusionIdentityDomainUrl, p.identityDomainUrl, "Fusion's identity domain: holds the trusted app and its certificates");
  output(OUTPUTS.fusionTokenUrl, p.tokenUrl, "Token endpoint of Fusion's domain: where the assertions are exchanged");
  output(OUTPUTS.assertionAudience, p.assertionAudience, "aud of both assertions");
  output(OUTPUTS.trustedClientId, p.trustedApp.clientId, "Client ID of the trusted assertion app");
  output(OUTPUTS.trustedCertificateAlias, p.trustedApp.certificateAlias, "Certificate alias (kid) of the assertions");
  output(OUTPUTS.fusionScope, p.trustedApp.fusionScope, "The exact Fusion scope of the user assertion");
  output(OUTPUTS.fusionBaseUrl, fusion.baseUrl, "Fusion REST base URL");
  output(OUTPUTS.fusionSmokePath, fusion.smokePath ?? DEFAULT_FUSION_SMOKE_PATH, "Fusion endpoint the smoke test calls as the user");
  const fn = p.assertionFunction;
  const key = p.signingKey;
  output(OUTPUTS.assertionFunctionId, fn.functionId, "OCID of the assertion Function");
  output(OUTPUTS.assertionFunctionInvokeEndpoint, fn.invokeEndpoint, "Invoke endpoint of the assertion Function");
  output(OUTPUTS.signingKeyId, key.keyId, "OCID of the Vault key that signs assertions");
  output(OUTPUTS.signingKeyVersionId, key.keyVersionId, "Current key version (the certificate alias derives from it)");
  output(OUTPUTS.signingKeyCryptoEndpoint, key.cryptoEndpoint, "Crypto endpoint of the vault");
  output(OUTPUTS.signingKeyManagementEndpoint, key.managementEndpoint, "Management endpoint of the vault");
}

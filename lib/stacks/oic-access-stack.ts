import { Fn, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import { OciProvider } from "../../.gen/providers/oci/provider";
import type { EnvironmentConfig } from "../config/environment";
import type { OicAppRole } from "../config/oic-roles";
import { checkEnvironment } from "../config/validate";
import { ConfigError } from "../config/config-error";
import { AssertionFunction } from "../constructs/assertion-function";
import { AssertionSigningKey } from "../constructs/assertion-signing-key";
import { AuthCodeApp } from "../constructs/auth-code-app";
import { ClientCredentialsApp } from "../constructs/client-credentials-app";
import { authorizeUrl, tokenUrl } from "../constructs/identity-domain";
import { OicResource } from "../constructs/oic-resource";
import { TrustedAssertionApp } from "../constructs/trusted-assertion-app";
import { CONSUMER_SCOPE, fullyQualifiedScope } from "../oauth/scope";
import { OUTPUTS } from "../stack-outputs";
import { readCertificateFile } from "./certificate-file";
import { configureBackend } from "./state-backend";

/** The provider version whose schema generated .gen/ (see provider/ and cdktf.json). */
export const OCI_PROVIDER_VERSION = "7.27.0";
export const INTEGRATION_PREFIX = "/ic/api/integration/v1/flows/rest/";
const DEFAULT_FUSION_SMOKE_PATH = "/hcmRestApi/resources/11.13.18.05/userAccounts?limit=1";

export interface OicAccessStackOptions {
  /** Where relative paths in the config (certificates) are read from. @default process.cwd() */
  readonly baseDir?: string;
}

/**
 * Everything one environment needs for correct OAuth access to OIC: the
 * OIC resource, client apps with their grants, and (when configured)
 * identity propagation: trusted app, Vault key and assertion Function.
 */
export class OicAccessStack extends TerraformStack {
  readonly config: EnvironmentConfig;
  readonly oic: OicResource;
  readonly clientCredentialsApps: ClientCredentialsApp[];
  readonly authCodeApps: AuthCodeApp[];
  readonly trustedApp?: TrustedAssertionApp;
  readonly signingKey?: AssertionSigningKey;
  readonly assertionFunction?: AssertionFunction;
  /** Set when identity propagation is configured but its certificate is not written yet. */
  readonly missingCertificate?: string;

  constructor(scope: Construct, config: EnvironmentConfig, options: OicAccessStackOptions = {}) {
    const baseDir = options.baseDir ?? process.cwd();
    const problems = checkEnvironment(config, baseDir);
    if (problems.length > 0) throw new ConfigError(problems);
    super(scope, config.name);
    this.config = config;
    const protect = config.protect ?? false;
    const tags = { "managed-by": "oic-access", environment: config.name, ...config.tags };

    configureBackend(this, config.name, config.backend);
    // Credentials never live in code: the provider reads the OCI config file
    // profile, or instance principal / security token, chosen by variables.
    const auth = new TerraformVariable(this, "oci_auth", {
      type: "string",
      default: "ApiKey",
      description: "OCI provider auth: ApiKey, InstancePrincipal, SecurityToken or ResourcePrincipal (TF_VAR_oci_auth)",
    });
    const profile = new TerraformVariable(this, "oci_config_file_profile", {
      type: "string",
      default: "DEFAULT",
      description: "Profile of ~/.oci/config for ApiKey and SecurityToken auth (TF_VAR_oci_config_file_profile)",
    });
    new OciProvider(this, "oci", { region: config.region, auth: auth.stringValue, configFileProfile: profile.stringValue });
    // The bindings were generated from this provider version's schema.
    this.addOverride("terraform.required_providers.oci.version", OCI_PROVIDER_VERSION);

    const domainUrl = config.identityDomainUrl;
    this.oic = new OicResource(this, "oic", {
      identityDomainUrl: domainUrl,
      ...("appId" in config.oic
        ? { appId: config.oic.appId, audience: config.oic.audience, integrationInstanceId: config.oic.integrationInstanceId }
        : { integrationInstanceId: config.oic.integrationInstanceId }),
      baseUrl: config.oicBaseUrl,
      protectGrants: protect,
    });

    this.clientCredentialsApps = (config.clientCredentialsApps ?? []).map(
      (app) =>
        new ClientCredentialsApp(this, `cc-${app.name}`, {
          identityDomainUrl: domainUrl,
          name: app.name,
          displayName: app.displayName,
          oic: this.oic,
          extraRoles: app.extraRoles as OicAppRole[] | undefined,
          preventDestroy: protect,
        }),
    );
    this.authCodeApps = (config.authCodeApps ?? []).map(
      (app) =>
        new AuthCodeApp(this, `ac-${app.name}`, {
          identityDomainUrl: domainUrl,
          name: app.name,
          displayName: app.displayName,
          oic: this.oic,
          redirectUris: app.redirectUris,
          allowLoopbackRedirect: app.allowLoopbackRedirect,
          users: app.users,
          groups: app.groups,
          extraRoles: app.extraRoles as OicAppRole[] | undefined,
          preventDestroy: protect,
        }),
    );

    if (config.assertion && config.fusion) {
      const a = config.assertion;
      const fusionScope = fullyQualifiedScope(config.fusion.audience, config.fusion.scope ?? CONSUMER_SCOPE);
      const file = a.certificatePath ? readCertificateFile(a.certificatePath, baseDir) : undefined;
      const pem = a.certificatePem ?? file?.current.pem;
      if (!pem) this.missingCertificate = a.certificatePath ?? "(no certificatePath)";
      this.trustedApp = new TrustedAssertionApp(this, "trusted-assertion", {
        identityDomainUrl: domainUrl,
        name: a.trustedAppName,
        fusionScope,
        certificatePem: pem,
        certificateAlias: a.certificateAlias ?? file?.current.sidecar?.alias,
        additionalCertificates: file?.previous?.sidecar ? [{ pem: file.previous.pem, alias: file.previous.sidecar.alias }] : [],
        preventDestroy: protect,
      });
      this.signingKey = new AssertionSigningKey(this, "signing-key", {
        compartmentId: config.compartmentId,
        namePrefix: config.name,
        existingVault: a.vault.existingVaultId
          ? { id: a.vault.existingVaultId, managementEndpoint: a.vault.managementEndpoint!, cryptoEndpoint: a.vault.cryptoEndpoint! }
          : undefined,
        protectionMode: a.vault.protectionMode,
        keyLengthBytes: a.vault.keyLengthBytes,
        preventDestroy: protect,
        freeformTags: tags,
      });
      this.assertionFunction = new AssertionFunction(this, "assertion-function", {
        compartmentId: config.compartmentId,
        tenancyId: config.tenancyId,
        namePrefix: config.name,
        image: a.function.image,
        imageDigest: a.function.imageDigest,
        subnetIds: a.function.subnetIds,
        memoryMb: a.function.memoryMb,
        timeoutSeconds: a.function.timeoutSeconds,
        signingKey: this.signingKey,
        keyVersionId: a.certificatePem ? undefined : file?.current.sidecar?.keyVersionId,
        trustedApp: this.trustedApp,
        tokenUrl: tokenUrl(domainUrl),
        allowedUsers: a.allow && "users" in a.allow ? a.allow.users : undefined,
        mode: a.function.mode,
        oicInstanceId: this.oic.integrationInstanceId,
        identityDomainName: config.identityDomainName,
        freeformTags: tags,
      });
    }

    this.addOutputs();
  }

  private output(name: string, value: unknown, description: string, sensitive = false): void {
    new TerraformOutput(this, name, { value, description, sensitive });
  }

  /** Everything the smoke test needs; secrets only as sensitive outputs. */
  private addOutputs(): void {
    const c = this.config;
    const integration = c.smoke.integration;
    const path = integration.path.startsWith(INTEGRATION_PREFIX) ? integration.path : `${INTEGRATION_PREFIX}${integration.path.replace(/^\//, "")}`;
    this.output(OUTPUTS.identityDomainUrl, c.identityDomainUrl, "Identity domain URL");
    this.output(OUTPUTS.tokenUrl, tokenUrl(c.identityDomainUrl), "Token endpoint");
    this.output(OUTPUTS.authorizeUrl, authorizeUrl(c.identityDomainUrl), "Authorize endpoint");
    this.output(OUTPUTS.oicAppId, this.oic.appId, "IAM app id of the OIC instance (the OAuth resource)");
    this.output(OUTPUTS.oicAudience, this.oic.audience, "Primary audience of the OIC app");
    this.output(OUTPUTS.oicScope, this.oic.fullyQualifiedScope, "The exact scope clients request for OIC");
    this.output(OUTPUTS.oicBaseUrl, this.oic.baseUrl, "OIC base URL");
    this.output(OUTPUTS.integrationMethod, integration.method ?? "GET", "HTTP method of the smoke integration");
    this.output(OUTPUTS.integrationPath, path, "Path of the smoke integration");
    this.output(OUTPUTS.integrationExpectedStatus, integration.expectedStatus ?? 200, "Status the smoke integration returns when it works");
    const apps = [
      ...this.clientCredentialsApps.map((a) => ({ name: a.clientId, flow: a.flow })),
      ...this.authCodeApps.map((a) => ({ name: a.clientId, flow: a.flow })),
      ...(this.trustedApp ? [{ name: this.trustedApp.clientId, flow: this.trustedApp.flow }] : []),
    ];
    this.output(OUTPUTS.apps, Fn.jsonencode(apps), "Client apps of this environment (no secrets)");

    const cc = this.clientCredentialsApps[0];
    if (cc) {
      this.output(OUTPUTS.clientCredentialsClientId, cc.clientId, "Client ID of the first client-credentials app");
      this.output(OUTPUTS.clientCredentialsClientSecret, cc.clientSecret, "Client secret of the first client-credentials app", true);
    }
    const ac = this.authCodeApps[0];
    if (ac) {
      this.output(OUTPUTS.authCodeClientId, ac.clientId, "Client ID of the first authorization-code app");
      this.output(OUTPUTS.authCodeClientSecret, ac.clientSecret, "Client secret of the first authorization-code app", true);
      this.output(OUTPUTS.authCodeRedirectUris, [...ac.redirectUris], "Redirect URIs of the first authorization-code app");
    }
    if (this.trustedApp && c.fusion) {
      this.output(OUTPUTS.trustedClientId, this.trustedApp.clientId, "Client ID of the trusted assertion app");
      this.output(OUTPUTS.trustedCertificateAlias, this.trustedApp.certificateAlias, "Certificate alias (kid) of the assertions");
      this.output(OUTPUTS.fusionScope, this.trustedApp.fusionScope, "The exact Fusion scope of the user assertion");
      this.output(OUTPUTS.fusionBaseUrl, c.fusion.baseUrl, "Fusion REST base URL");
      this.output(OUTPUTS.fusionSmokePath, c.fusion.smokePath ?? DEFAULT_FUSION_SMOKE_PATH, "Fusion endpoint the smoke test calls as the user");
    }
    if (this.signingKey && this.assertionFunction) {
      this.output(OUTPUTS.assertionFunctionId, this.assertionFunction.functionId, "OCID of the assertion Function");
      this.output(OUTPUTS.assertionFunctionInvokeEndpoint, this.assertionFunction.invokeEndpoint, "Invoke endpoint of the assertion Function");
      this.output(OUTPUTS.signingKeyId, this.signingKey.keyId, "OCID of the Vault key that signs assertions");
      this.output(OUTPUTS.signingKeyVersionId, this.signingKey.keyVersionId, "Current key version (the certificate alias derives from it)");
      this.output(OUTPUTS.signingKeyCryptoEndpoint, this.signingKey.cryptoEndpoint, "Crypto endpoint of the vault");
      this.output(OUTPUTS.signingKeyManagementEndpoint, this.signingKey.managementEndpoint, "Management endpoint of the vault");
    }
  }
}

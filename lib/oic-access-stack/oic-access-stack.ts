import "../node-compat";
import { TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import type { CertificateFiles } from "../../contract/certificate-files";
import type { OicAppRole } from "../../contract/oic-roles";
import { CONSUMER_SCOPE, fullyQualifiedScope } from "../../contract/scope";
import { applySafetyRules } from "../aspects";
import type { EnvironmentConfig } from "../config/environment";
import { KeyVault } from "../constructs/assertion-signing-key";
import { AuthCodeApp } from "../constructs/auth-code-app";
import { ClientCredentialsApp } from "../constructs/client-credentials-app";
import { IdentityPropagation } from "../constructs/identity-propagation";
import { OicNativePropagation } from "../constructs/oic-native-propagation";
import { type IOicResource, OicResource } from "../constructs/oic-resource";
import { propagationCertificates } from "./certificate-inputs";
import { addStackOutputs } from "./outputs";
import { configureOciProvider } from "./provider";
import { configureBackend } from "./state-backend";
import { resourceManagerEngine } from "../config/engine";

export { OCI_PROVIDER_VERSION } from "./provider";

export interface OicAccessStackProps {
  /** The environment, validated before construction (lib/config: `validateEnvironments`). */
  readonly config: EnvironmentConfig;
  /**
   * The trusted app's certificate files, read before construction
   * (`readEnvironmentCertificates`). @default none: the app is declared without a certificate
   */
  readonly certificates?: CertificateFiles;
}

/**
 * Everything one environment needs for correct OAuth access to OIC,
 * composed from the constructs: the OIC resource, client apps with their
 * grants, identity propagation when configured, the outputs, and the safety
 * rules (protected when the environment says `protect: true`).
 */
export class OicAccessStack extends TerraformStack {
  readonly config: EnvironmentConfig;
  readonly oic: IOicResource;
  readonly clientCredentialsApps: ClientCredentialsApp[];
  readonly authCodeApps: AuthCodeApp[];
  /** The Function mode's IdentityPropagation, or the trusted app alone when OIC signs (`assertion.mode: "oic-native"`). */
  readonly propagation?: IdentityPropagation | OicNativePropagation;
  /** Set when identity propagation is configured but its certificate is not written yet. */
  readonly missingCertificate?: string;

  constructor(scope: Construct, id: string, props: OicAccessStackProps) {
    super(scope, id);
    const config = (this.config = props.config);
    if (resourceManagerEngine(config)) {
      // Resource Manager keeps the state (no backend block) and authenticates the job itself (no credentials in the provider).
      configureOciProvider(this, config.region, { resourceManager: true });
    } else {
      configureBackend(this, config.name, config.backend);
      configureOciProvider(this, config.region);
    }
    this.oic = this.createOicResource();
    this.clientCredentialsApps = this.createClientCredentialsApps();
    this.authCodeApps = this.createAuthCodeApps();
    if (config.assertion && config.fusion) {
      this.propagation = this.createPropagation(props.certificates);
      if (!this.propagation.trustedApp.certificate) this.missingCertificate = config.assertion.certificatePath ?? "(no certificatePath)";
    }
    addStackOutputs(this, this);
    applySafetyRules(this, { protected: config.protect ?? false });
  }

  private get protect(): boolean {
    return this.config.protect ?? false;
  }

  private get tags(): Record<string, string> {
    return { "managed-by": "oic-access", environment: this.config.name, ...this.config.tags };
  }

  private createOicResource(): IOicResource {
    const { oic, identityDomainUrl, oicBaseUrl } = this.config;
    const common = { identityDomainUrl, baseUrl: oicBaseUrl, protectGrants: this.protect };
    return "appId" in oic
      ? OicResource.fromAppAttributes(this, "oic", { ...common, appId: oic.appId, audience: oic.audience, integrationInstanceId: oic.integrationInstanceId })
      : OicResource.fromIntegrationInstance(this, "oic", { ...common, integrationInstanceId: oic.integrationInstanceId });
  }

  private createClientCredentialsApps(): ClientCredentialsApp[] {
    return (this.config.clientCredentialsApps ?? []).map(
      (app) =>
        new ClientCredentialsApp(this, `cc-${app.name}`, {
          name: app.name,
          displayName: app.displayName,
          oic: this.oic,
          extraRoles: app.extraRoles as OicAppRole[] | undefined,
          preventDestroy: this.protect,
        }),
    );
  }

  private createAuthCodeApps(): AuthCodeApp[] {
    return (this.config.authCodeApps ?? []).map(
      (app) =>
        new AuthCodeApp(this, `ac-${app.name}`, {
          name: app.name,
          displayName: app.displayName,
          oic: this.oic,
          redirectUris: app.redirectUris,
          allowLoopbackRedirect: app.allowLoopbackRedirect,
          users: app.users,
          groups: app.groups,
          extraRoles: app.extraRoles as OicAppRole[] | undefined,
          preventDestroy: this.protect,
        }),
    );
  }

  /** Trusted app in Fusion's domain, signing key, Function. */
  private createPropagation(files: CertificateFiles | undefined): IdentityPropagation | OicNativePropagation {
    const c = this.config;
    const a = c.assertion!;
    const fusion = c.fusion!;
    const { certificate, previous } = propagationCertificates(c, files);
    if (a.mode === "oic-native") {
      // The same construct id and trusted app as the Function mode: switching modes keeps its addresses.
      return new OicNativePropagation(this, "identity-propagation", {
        fusionIdentityDomainUrl: fusion.identityDomainUrl ?? c.identityDomainUrl,
        fusionScope: fullyQualifiedScope(fusion.audience, fusion.scope ?? CONSUMER_SCOPE),
        trustedAppName: a.trustedAppName,
        certificate,
        previousCertificates: previous,
        legacyIdcsAudience: a.legacyIdcsAudience,
        preventDestroy: this.protect,
      });
    }
    const vault = a.vault.existingVaultId
      ? KeyVault.fromVaultAttributes(this, "existing-vault", { vaultId: a.vault.existingVaultId, managementEndpoint: a.vault.managementEndpoint!, cryptoEndpoint: a.vault.cryptoEndpoint! })
      : undefined;
    return new IdentityPropagation(this, "identity-propagation", {
      namePrefix: c.name,
      compartmentId: c.compartmentId,
      tenancyId: c.tenancyId,
      oic: this.oic,
      fusionIdentityDomainUrl: fusion.identityDomainUrl,
      fusionScope: fullyQualifiedScope(fusion.audience, fusion.scope ?? CONSUMER_SCOPE),
      trustedAppName: a.trustedAppName,
      certificate,
      previousCertificates: previous,
      key: { vault, protectionMode: a.vault.protectionMode, keyLengthBytes: a.vault.keyLengthBytes },
      function: a.function,
      allow: a.allow,
      legacyIdcsAudience: a.legacyIdcsAudience,
      identityDomain: c.identityDomainName ? { name: c.identityDomainName, url: c.identityDomainUrl } : undefined,
      preventDestroy: this.protect,
      freeformTags: this.tags,
    });
  }
}

import { Construct } from "constructs";
import type { AssertionAllowRule } from "../../contract/allow-rule";
import { AssertionFunction } from "./assertion-function";
import { AssertionSigningKey, type IKeyVault, type ISigningKey } from "./assertion-signing-key";
import type { IdentityDomainRef } from "./dynamic-group";
import type { IOicResource } from "./oic-resource";
import { TrustedAssertionApp, type TrustedAssertionAppProps } from "./trusted-assertion-app";

/** What both propagation modes declare about their trusted app. */
export interface PropagationTrustedAppProps {
  readonly trustedAppName: string;
  readonly fusionScope: string;
  readonly certificate?: PropagationCertificate;
  readonly previousCertificates?: readonly (PropagationCertificate & { readonly alias: string })[];
  readonly legacyIdcsAudience?: boolean;
  readonly preventDestroy?: boolean;
}

/**
 * The trusted app's props in either mode (the Function's or OIC's own
 * signing): one mapping, so the two modes keep the same Terraform addresses
 * and the same `aud`, and switching modes replaces nothing.
 */
export function propagationTrustedApp(identityDomainUrl: string, props: PropagationTrustedAppProps): TrustedAssertionAppProps {
  return {
    identityDomainUrl,
    name: props.trustedAppName,
    fusionScope: props.fusionScope,
    certificatePem: props.certificate?.pem,
    certificateAlias: props.certificate?.alias,
    additionalCertificates: props.previousCertificates,
    legacyIdcsAudience: props.legacyIdcsAudience,
    preventDestroy: props.preventDestroy ?? false,
  };
}

/** A certificate over the signing key, as `npm run cert` writes it (read before construction). */
export interface PropagationCertificate {
  readonly pem: string;
  /** Alias on the trusted app (the `kid`). @default `<trustedAppName>-v1` for the current one */
  readonly alias?: string;
  /** The key version it was made over: the Function signs with it. @default the key's current version */
  readonly keyVersionId?: string;
}

export interface IdentityPropagationProps {
  /** Prefix of every name and Terraform address, e.g. the environment name. */
  readonly namePrefix: string;
  /** Compartment of vault, key, Functions application and policies. */
  readonly compartmentId: string;
  /** Tenancy OCID (Default-domain dynamic groups live in its root compartment). */
  readonly tenancyId: string;
  /** The OIC resource: its integration instance is the one principal allowed to invoke the Function. */
  readonly oic: IOicResource;
  /**
   * Fusion's identity domain: it holds the trusted app and its certificates,
   * and the assertions are exchanged at its token endpoint (Fusion accepts
   * only tokens its own domain issued; the two domains must be federated).
   * @default the OIC resource's domain (one domain for both)
   */
  readonly fusionIdentityDomainUrl?: string;
  /** The Fusion FQS: audience + scope, exactly. */
  readonly fusionScope: string;
  /** Client ID of the trusted app. */
  readonly trustedAppName: string;
  /** The current certificate. @default none: the trusted app is declared without one until `npm run cert` */
  readonly certificate?: PropagationCertificate;
  /** Certificates kept on the app during a key rotation (alias required). @default none */
  readonly previousCertificates?: readonly (PropagationCertificate & { readonly alias: string })[];
  /** The signing key. @default a new HSM key (see `key`) */
  readonly signingKey?: ISigningKey;
  /** Options of the key created when `signingKey` is not given. @default HSM, RSA 2048, in a new vault */
  readonly key?: {
    /** @default a new DEFAULT vault */
    readonly vault?: IKeyVault;
    /** @default "HSM" */
    readonly protectionMode?: "HSM" | "SOFTWARE";
    /** @default 256 (RSA 2048) */
    readonly keyLengthBytes?: 256 | 384 | 512;
  };
  /** The assertion Function's image, network and sizing. */
  readonly function: {
    /** OCIR image built from function/. */
    readonly image: string;
    /** `sha256:` digest pinning the image. @default none (refused in a protected stack) */
    readonly imageDigest?: string;
    /** Subnets of the Functions application. */
    readonly subnetIds: readonly string[];
    /** @default 256 */
    readonly memoryMb?: number;
    /** @default 30 */
    readonly timeoutSeconds?: number;
    /** @default "payload" */
    readonly mode?: "payload" | "token";
  };
  /** Whom the Function may assert. @default nobody */
  readonly allow?: AssertionAllowRule;
  /** `aud` = the legacy IDCS value instead of the trusted app's domain URL. @default false */
  readonly legacyIdcsAudience?: boolean;
  /** Identity domain of the dynamic groups (OIC's). @default the Default domain */
  readonly identityDomain?: IdentityDomainRef;
  /** `prevent_destroy` on the trusted app, vault and key. @default false */
  readonly preventDestroy?: boolean;
  /** @default none */
  readonly freeformTags?: Readonly<Record<string, string>>;
}

/**
 * Identity propagation (flow C): the trusted app and its certificates in
 * Fusion's identity domain, the Vault key that signs the assertions, and the
 * Function that builds them, which only this environment's OIC instance may
 * invoke.
 */
export class IdentityPropagation extends Construct {
  /** Who signs the assertions: the Function (compare OicNativePropagation). */
  readonly mode = "function" as const;
  readonly trustedApp: TrustedAssertionApp;
  readonly signingKey: ISigningKey;
  readonly assertionFunction: AssertionFunction;
  /** Fusion's identity domain (holds the trusted app). */
  readonly identityDomainUrl: string;
  /** Where the assertions are exchanged (the trusted app's). */
  readonly tokenUrl: string;
  /** `aud` of both assertions (the trusted app's). */
  readonly assertionAudience: string;

  constructor(scope: Construct, id: string, props: IdentityPropagationProps) {
    super(scope, id);
    this.identityDomainUrl = props.fusionIdentityDomainUrl ?? props.oic.identityDomainUrl;
    const protect = props.preventDestroy ?? false;
    this.trustedApp = new TrustedAssertionApp(this, "trusted-app", propagationTrustedApp(this.identityDomainUrl, props));
    this.tokenUrl = this.trustedApp.tokenUrl;
    this.assertionAudience = this.trustedApp.assertionAudience;
    this.signingKey =
      props.signingKey ??
      new AssertionSigningKey(this, "signing-key", {
        compartmentId: props.compartmentId,
        namePrefix: props.namePrefix,
        ...props.key,
        preventDestroy: protect,
        freeformTags: props.freeformTags,
      });
    this.assertionFunction = new AssertionFunction(this, "function", {
      compartmentId: props.compartmentId,
      tenancyId: props.tenancyId,
      namePrefix: props.namePrefix,
      ...props.function,
      signingKey: this.signingKey,
      keyVersionId: props.certificate?.keyVersionId,
      trustedApp: this.trustedApp,
      oic: props.oic,
      allow: props.allow,
      identityDomain: props.identityDomain,
      freeformTags: props.freeformTags,
    });
  }
}

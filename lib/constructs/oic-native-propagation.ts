import { Construct } from "constructs";
import { tokenUrl } from "../../contract/identity-domain";
import { propagationTrustedApp, type PropagationCertificate } from "./identity-propagation";
import { TrustedAssertionApp } from "./trusted-assertion-app";

export interface OicNativePropagationProps {
  /** Fusion's identity domain: holds the trusted app and its certificates. */
  readonly fusionIdentityDomainUrl: string;
  /** The Fusion FQS: audience + scope, exactly. */
  readonly fusionScope: string;
  /** Client ID of the trusted app (`iss` of the connection's payload file). */
  readonly trustedAppName: string;
  /** The current certificate (its private key is in OIC's certificate store, never here). @default none until `npm run cert` */
  readonly certificate?: PropagationCertificate;
  /** Certificates kept on the app during a rotation (alias required). @default none */
  readonly previousCertificates?: readonly (PropagationCertificate & { readonly alias: string })[];
  /** `aud` = the legacy IDCS value instead of the trusted app's domain URL. @default false */
  readonly legacyIdcsAudience?: boolean;
  /** `prevent_destroy` on the trusted app. @default false */
  readonly preventDestroy?: boolean;
}

/**
 * Identity propagation signed by OIC itself ("OAuth using JWT User Assertion"
 * on a REST/ERP/HCM/CX Sales connection): only the trusted app and its
 * certificates in Fusion's identity domain. No Vault key, Function, dynamic
 * group or invoke policy: OIC holds the private key in its certificate store
 * (`npm run cert` uploads it). The trusted app is the same construct, with
 * the same Terraform addresses (named after its client ID and the aliases),
 * as in the Function mode, so switching modes replaces nothing in the
 * identity domain.
 */
export class OicNativePropagation extends Construct {
  readonly mode = "oic-native" as const;
  readonly trustedApp: TrustedAssertionApp;
  /** Fusion's identity domain (holds the trusted app). */
  readonly identityDomainUrl: string;
  /** Where OIC exchanges the assertions: the connection's access token URL. */
  readonly tokenUrl: string;
  /** `aud` of the connection's payload file. */
  readonly assertionAudience: string;

  constructor(scope: Construct, id: string, props: OicNativePropagationProps) {
    super(scope, id);
    this.identityDomainUrl = props.fusionIdentityDomainUrl;
    this.tokenUrl = tokenUrl(this.identityDomainUrl);
    // The trusted app carries the audience (legacy IDCS value included), as in the Function mode.
    this.trustedApp = new TrustedAssertionApp(this, "trusted-app", propagationTrustedApp(this.identityDomainUrl, props));
    this.assertionAudience = this.trustedApp.assertionAudience;
  }
}

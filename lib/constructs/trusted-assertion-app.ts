import { X509Certificate } from "node:crypto";
import type { Construct } from "constructs";
import { IdentityDomainsOauthClientCertificate } from "../../.gen/providers/oci/identity-domains-oauth-client-certificate";
import { GRANT_TYPES, SCIM_SCHEMAS, logicalId } from "./identity-domain";
import { OAuthClientApp, type OAuthClientAppProps } from "./oauth-client-app";

export interface TrustedAssertionAppProps extends OAuthClientAppProps {
  /** The Fusion FQS the assertions are exchanged for (never the OIC scope: one app, one resource). */
  readonly fusionScope: string;
  /**
   * PEM of the certificate over the Vault key (public material only). When
   * absent the app is declared without one, and assertions are rejected
   * until `npm run cert` has written it and the stack is deployed again.
   */
  readonly certificatePem?: string;
  /** Alias of the certificate in the app: the `kid` of every assertion. @default `<name>-v1` */
  readonly certificateAlias?: string;
}

/**
 * The trusted client of identity propagation (flow C): client type
 * `trusted`, the JWT-bearer grant, the Fusion scope, and the certificate the
 * domain verifies both assertions with.
 */
export class TrustedAssertionApp extends OAuthClientApp {
  readonly flow = "jwt-bearer" as const;
  readonly fusionScope: string;
  readonly certificateAlias: string;
  /** Undefined until a certificate is configured. */
  readonly certificate?: IdentityDomainsOauthClientCertificate;
  /** SHA-1 thumbprint of the certificate, base64url (usable as `x5t`). */
  readonly x5t?: string;

  constructor(scope: Construct, id: string, props: TrustedAssertionAppProps) {
    const alias = props.certificateAlias ?? `${props.name}-v1`;
    const der = props.certificatePem ? certificateDer(props.certificatePem, props.name) : undefined;
    super(
      scope,
      id,
      props,
      {
        clientType: "trusted",
        allowedGrants: [GRANT_TYPES.jwtBearer],
        allowedScopes: [{ fqs: props.fusionScope }],
        // Only the scopes listed in allowed_scopes, never the tenant default.
        trustScope: "Explicit",
        certificates: der ? [{ certAlias: alias }] : undefined,
      },
      "Trusted user-assertion (OIC to Fusion as the user)",
    );
    this.fusionScope = props.fusionScope;
    this.certificateAlias = alias;
    if (der) {
      // The app's certificates block names only the alias; the certificate
      // itself is imported as its own resource before the app refers to it.
      this.certificate = new IdentityDomainsOauthClientCertificate(this, "certificate", {
        idcsEndpoint: props.identityDomainUrl,
        schemas: [SCIM_SCHEMAS.oauthClientCertificate],
        certificateAlias: alias,
        x509Base64Certificate: der.toString("base64"),
      });
      this.certificate.overrideLogicalId(logicalId("certificate", alias));
      this.resource.dependsOn = [this.certificate.fqn];
      const sha1 = new X509Certificate(der).fingerprint.replace(/:/g, "");
      this.x5t = Buffer.from(sha1, "hex").toString("base64url");
    }
  }
}

function certificateDer(pem: string, app: string): Buffer {
  if (/PRIVATE KEY/.test(pem)) throw new Error(`TrustedAssertionApp ${app}: the PEM holds a private key; give the certificate only`);
  try {
    return Buffer.from(new X509Certificate(pem).raw);
  } catch {
    throw new Error(`TrustedAssertionApp ${app}: certificatePem is not a PEM X.509 certificate`);
  }
}

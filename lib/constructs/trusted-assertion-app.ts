import { X509Certificate } from "node:crypto";
import type { Construct } from "constructs";
import { IdentityDomainsOauthClientCertificate } from "../../.gen/providers/oci/identity-domains-oauth-client-certificate";
import { dependOn } from "./depends-on";
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
  /**
   * Certificates kept on the app beside the current one, during a key
   * rotation (new key version -> new certificate -> both on the app ->
   * switch the Function -> remove the old). @default none
   */
  readonly additionalCertificates?: readonly { readonly pem: string; readonly alias: string }[];
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
  /** Every certificate imported for the app, the current one first. */
  readonly certificates: IdentityDomainsOauthClientCertificate[] = [];
  /** SHA-1 thumbprint of the certificate, base64url (usable as `x5t`). */
  readonly x5t?: string;

  constructor(scope: Construct, id: string, props: TrustedAssertionAppProps) {
    const alias = props.certificateAlias ?? `${props.name}-v1`;
    const der = props.certificatePem ? certificateDer(props.certificatePem, props.name) : undefined;
    const extra = der ? (props.additionalCertificates ?? []).filter((c) => c.alias !== alias) : [];
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
        certificates: der ? [alias, ...extra.map((c) => c.alias)].map((certAlias) => ({ certAlias })) : undefined,
      },
      "Trusted user-assertion (OIC to Fusion as the user)",
    );
    this.fusionScope = props.fusionScope;
    this.certificateAlias = alias;
    if (der) {
      // The app's certificates block names only the alias; the certificate
      // itself is imported as its own resource before the app refers to it.
      const pairs = [{ alias, der }, ...extra.map((c) => ({ alias: c.alias, der: certificateDer(c.pem, props.name) }))];
      for (const pair of pairs) {
        const cert = new IdentityDomainsOauthClientCertificate(this, `certificate-${pair.alias}`, {
          idcsEndpoint: props.identityDomainUrl,
          schemas: [SCIM_SCHEMAS.oauthClientCertificate],
          certificateAlias: pair.alias,
          x509Base64Certificate: pair.der.toString("base64"),
        });
        cert.overrideLogicalId(logicalId("certificate", pair.alias));
        this.certificates.push(cert);
      }
      this.certificate = this.certificates[0];
      dependOn(this.resource, ...this.certificates);
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

import { X509Certificate } from "node:crypto";
import type { ITerraformDependable } from "cdktf";
import { Construct, type IConstruct } from "constructs";
import { IdentityDomainsOauthClientCertificate } from "../../.gen/providers/oci/identity-domains-oauth-client-certificate";
import { GRANT_TYPES, assertionAudience, tokenUrl } from "../../contract/identity-domain";
import { ValidationError } from "../errors";
import { dependOn } from "./depends-on";
import { SCIM_SCHEMAS, logicalId } from "./identity-domain";
import { OAuthClientApp, type OAuthClientAppProps } from "./oauth-client-app";

/**
 * The trusted client of identity propagation (flow C), in the identity
 * domain of the downstream system (Fusion's): the assertions are signed for
 * it and exchanged at its domain's token endpoint.
 */
export interface ITrustedApp extends IConstruct {
  /** Client ID: `iss` of both assertions, `sub` of the client assertion. */
  readonly clientId: string;
  /** The domain that holds the app (Fusion's). */
  readonly identityDomainUrl: string;
  /** Token endpoint of that domain: where the assertions are exchanged. */
  readonly tokenUrl: string;
  /**
   * `aud` of both assertions: the domain's URL (Oracle's "Client/User JWT
   * Assertion"), or the legacy IDCS value where the app asked for it. The
   * Function and the smoke read it, never derive it.
   */
  readonly assertionAudience: string;
  /** The downstream FQS the assertions are exchanged for. */
  readonly fusionScope: string;
  /** Alias of the certificate that verifies the assertions: their `kid`. */
  readonly certificateAlias: string;
  /** What must exist before a Function signs under `certificateAlias` (the app and its certificates). */
  readonly dependables: readonly ITerraformDependable[];
}

/** A certificate over the signing key (public material only). */
export interface TrustedCertificate {
  readonly pem: string;
  /** Alias on the app. @default `<name>-v1` for the current certificate */
  readonly alias?: string;
}

export interface TrustedAssertionAppProps extends OAuthClientAppProps {
  /** Identity domain that holds the app: Fusion's (the one whose tokens Fusion accepts). */
  readonly identityDomainUrl: string;
  /** The Fusion FQS the assertions are exchanged for (never the OIC scope: one app, one resource). */
  readonly fusionScope: string;
  /**
   * PEM of the certificate over the Vault key. When absent the app is
   * declared without one, and assertions are rejected until `npm run cert`
   * has written it and the stack is deployed again. @default none
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
  /** `aud` = `https://identity.oraclecloud.com/` (older IDCS tenancies) instead of the domain's URL. @default false */
  readonly legacyIdcsAudience?: boolean;
}

export interface TrustedAppAttributes {
  /** Client ID of the app. */
  readonly clientId: string;
  /** The domain that holds it (Fusion's). */
  readonly identityDomainUrl: string;
  /** The FQS its assertions are exchanged for. */
  readonly fusionScope: string;
  /** Alias of the certificate that verifies the assertions (`kid`). */
  readonly certificateAlias: string;
  /** `aud` = the legacy IDCS value instead of the domain's URL. @default false */
  readonly legacyIdcsAudience?: boolean;
}

/**
 * The trusted app of flow C: client type `trusted`, the JWT-bearer grant,
 * the Fusion scope, and the certificates the domain verifies both assertions
 * with (imported as `oci_identity_domains_oauth_client_certificate`; the
 * app's `certificates` block names only their aliases).
 */
export class TrustedAssertionApp extends OAuthClientApp implements ITrustedApp {
  /** A trusted app managed elsewhere (another stack, the console). */
  static fromTrustedAppAttributes(scope: Construct, id: string, attrs: TrustedAppAttributes): ITrustedApp {
    class Imported extends Construct implements ITrustedApp {
      readonly clientId = attrs.clientId;
      readonly identityDomainUrl = attrs.identityDomainUrl;
      readonly tokenUrl = tokenUrl(attrs.identityDomainUrl);
      readonly assertionAudience = assertionAudience(attrs.identityDomainUrl, { legacyIdcsAudience: attrs.legacyIdcsAudience });
      readonly fusionScope = attrs.fusionScope;
      readonly certificateAlias = attrs.certificateAlias;
      readonly dependables: readonly ITerraformDependable[] = [];
    }
    return new Imported(scope, id);
  }

  readonly flow = "jwt-bearer" as const;
  readonly fusionScope: string;
  readonly certificateAlias: string;
  readonly assertionAudience: string;
  /** Undefined until a certificate is configured. */
  readonly certificate?: IdentityDomainsOauthClientCertificate;
  /** Every certificate imported for the app, the current one first. */
  readonly certificates: IdentityDomainsOauthClientCertificate[] = [];
  /** SHA-1 thumbprint of the certificate, base64url (usable as `x5t`). */
  readonly x5t?: string;

  constructor(scope: Construct, id: string, props: TrustedAssertionAppProps) {
    const alias = props.certificateAlias ?? `${props.name}-v1`;
    const pairs = certificatePairs(`${scope.node.path}/${id}`, alias, props);
    super(
      scope,
      id,
      props.identityDomainUrl,
      props,
      {
        clientType: "trusted",
        allowedGrants: [GRANT_TYPES.jwtBearer],
        allowedScopes: [{ fqs: props.fusionScope }],
        // Only the scopes listed in allowed_scopes, never the tenant default.
        trustScope: "Explicit",
        certificates: pairs.length > 0 ? pairs.map((p) => ({ certAlias: p.alias })) : undefined,
      },
      "Trusted user-assertion (OIC to Fusion as the user)",
    );
    this.fusionScope = props.fusionScope;
    this.certificateAlias = alias;
    this.assertionAudience = assertionAudience(props.identityDomainUrl, { legacyIdcsAudience: props.legacyIdcsAudience });
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
    if (pairs.length > 0) {
      this.certificate = this.certificates[0];
      // The certificate is imported before the app names its alias.
      dependOn(this.resource, ...this.certificates);
      this.x5t = Buffer.from(new X509Certificate(pairs[0].der).fingerprint.replace(/:/g, ""), "hex").toString("base64url");
    }
  }

  get dependables(): readonly ITerraformDependable[] {
    return [this.resource, ...this.certificates];
  }
}

/** The current certificate and the extra ones (their DER), or none when no certificate is given. */
function certificatePairs(path: string, alias: string, props: TrustedAssertionAppProps): { alias: string; der: Buffer }[] {
  if (!props.certificatePem) return [];
  const extra = (props.additionalCertificates ?? []).filter((c) => c.alias !== alias);
  return [{ alias, pem: props.certificatePem }, ...extra].map((c) => ({ alias: c.alias, der: certificateDer(c.pem, path) }));
}

function certificateDer(pem: string, path: string): Buffer {
  if (/PRIVATE KEY/.test(pem)) throw new ValidationError("CERTIFICATE_HOLDS_PRIVATE_KEY", "the PEM holds a private key; give the certificate only", path);
  try {
    return Buffer.from(new X509Certificate(pem).raw);
  } catch {
    throw new ValidationError("CERTIFICATE_INVALID", "certificatePem is not a PEM X.509 certificate", path);
  }
}

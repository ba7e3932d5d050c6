/**
 * A self-signed X.509 certificate over a public key whose private half we
 * never hold: @peculiar/x509 builds the to-be-signed part and hands it to
 * `crypto.subtle.sign`; the crypto provider given to it sends that one call
 * to an AssertionSigner (OCI KMS or a local key) and everything else
 * (digests, random serial) to node's WebCrypto.
 */
import { createHash, webcrypto } from "node:crypto";
import type { AssertionSigner } from "./assertions";

type CryptoKey = webcrypto.CryptoKey;
type Crypto = webcrypto.Crypto;
type X509 = typeof import("@peculiar/x509");

let x509Loaded: Promise<X509> | undefined;
/**
 * @peculiar/x509 on first use: it is a third of a second of loading (asn1js,
 * tsyringe), and most importers of this file (the signers) never make a
 * certificate. It resolves algorithms through tsyringe, which needs the
 * Reflect polyfill loaded first.
 */
function loadX509(): Promise<X509> {
  x509Loaded ??= import("reflect-metadata").then(() => import("@peculiar/x509"));
  return x509Loaded;
}

export interface SelfSignedCertificateOptions {
  /** Signs the certificate; its key must be the private half of `publicKeySpki`. */
  signer: AssertionSigner;
  /** DER SubjectPublicKeyInfo of the RSA public key. */
  publicKeySpki: Uint8Array;
  /** Common name of subject and issuer. */
  commonName: string;
  /** @default now minus 5 minutes (clock skew) */
  notBefore?: Date;
  /** @default 365 */
  validityDays?: number;
}

export interface SelfSignedCertificate {
  pem: string;
  der: Uint8Array;
  /** base64url SHA-1 of the DER: the JWT `x5t` header value. */
  x5t: string;
  notBefore: Date;
  notAfter: Date;
}

const RS256 = { name: "RSASSA-PKCS1-v1_5", hash: { name: "SHA-256" } } as const;

/** The only "private key" the provider sees: a marker that routes sign() to the signer. */
function signerKeyHandle(): CryptoKey {
  return { algorithm: RS256, type: "private", extractable: false, usages: ["sign"] } as unknown as CryptoKey;
}

function signerCrypto(signer: AssertionSigner, handle: CryptoKey): Crypto {
  const subtle = webcrypto.subtle;
  const routed = new Proxy(subtle, {
    get(target, prop) {
      if (prop === "sign") {
        return async (algorithm: webcrypto.AlgorithmIdentifier, key: CryptoKey, data: webcrypto.BufferSource): Promise<ArrayBuffer> => {
          if (key !== handle) return target.sign(algorithm, key, data);
          const bytes = ArrayBuffer.isView(data)
            ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
            : new Uint8Array(data);
          const signature = await signer.sign(bytes);
          return signature.slice().buffer as ArrayBuffer;
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return {
    subtle: routed,
    getRandomValues: <T extends ArrayBufferView | null>(array: T): T => webcrypto.getRandomValues(array as never) as T,
    randomUUID: () => webcrypto.randomUUID(),
  } as Crypto;
}

/** Whole seconds: X.509 times carry no milliseconds, so the sidecar matches the certificate. */
function truncateToSecond(d: Date): Date {
  return new Date(Math.floor(d.getTime() / 1000) * 1000);
}

export function x5tOf(der: Uint8Array): string {
  return createHash("sha1").update(der).digest("base64url");
}

function escapeDnValue(value: string): string {
  return value.replace(/[,+"\\<>;=]/g, (c) => `\\${c}`);
}

export async function createSelfSignedCertificate(o: SelfSignedCertificateOptions): Promise<SelfSignedCertificate> {
  const days = o.validityDays ?? 365;
  if (!Number.isInteger(days) || days < 1 || days > 3650) {
    throw new RangeError(`validityDays must be an integer from 1 to 3650, got ${days}`);
  }
  const notBefore = truncateToSecond(o.notBefore ?? new Date(Date.now() - 5 * 60_000));
  const notAfter = new Date(notBefore.getTime() + days * 86_400_000);
  const x509 = await loadX509();
  const handle = signerKeyHandle();
  const crypto = signerCrypto(o.signer, handle);
  const publicKey = new x509.PublicKey(o.publicKeySpki);
  const name = `CN=${escapeDnValue(o.commonName)}`;
  const cert = await x509.X509CertificateGenerator.create(
    {
      subject: name,
      issuer: name,
      notBefore,
      notAfter,
      publicKey,
      signingKey: handle,
      signingAlgorithm: RS256,
      extensions: [
        // No KeyUsage extension: without keyCertSign OpenSSL would not accept
        // the certificate as its own issuer, and keyCertSign needs cA = true.
        new x509.BasicConstraintsExtension(false, undefined, true),
        await x509.SubjectKeyIdentifierExtension.create(publicKey, false, crypto),
      ],
    },
    crypto,
  );
  const der = new Uint8Array(cert.rawData);
  return { pem: cert.toString("pem"), der, x5t: x5tOf(der), notBefore, notAfter };
}

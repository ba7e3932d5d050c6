/**
 * Signs with a node:crypto private KeyObject held in this process: for tests,
 * the sandbox and the smoke test's local flow C. Deployed Functions use the
 * Vault (KmsSigner) instead. The key is only ever used, never exported.
 */
import { createPublicKey, sign, type KeyObject } from "node:crypto";
import type { AssertionSigner } from "./assertions";
import { createSelfSignedCertificate, type SelfSignedCertificate } from "./certificate";

export class LocalKeySigner implements AssertionSigner {
  readonly #privateKey: KeyObject;

  constructor(
    privateKey: KeyObject,
    readonly keyId: string,
  ) {
    if (privateKey.type !== "private" || privateKey.asymmetricKeyType !== "rsa") {
      throw new TypeError("LocalKeySigner needs an RSA private KeyObject");
    }
    if (!keyId) throw new TypeError("LocalKeySigner needs a non-empty keyId (the certificate alias)");
    this.#privateKey = privateKey;
  }

  /** The public half (safe to share). */
  get publicKey(): KeyObject {
    return createPublicKey(this.#privateKey);
  }

  async sign(signingInput: Uint8Array): Promise<Uint8Array> {
    // RSA keys default to PKCS#1 v1.5 padding: exactly RS256.
    return new Uint8Array(sign("sha256", signingInput, this.#privateKey));
  }

  /** Keeps the key out of console.log / util.inspect output. */
  toJSON(): { keyId: string } {
    return { keyId: this.keyId };
  }
}

/** A self-signed certificate (PEM and details) for the signer's key, CN = its kid. */
export async function createLocalCertificate(
  signer: LocalKeySigner,
  options: { commonName?: string; validityDays?: number; notBefore?: Date } = {},
): Promise<SelfSignedCertificate> {
  const spki = signer.publicKey.export({ type: "spki", format: "der" });
  return createSelfSignedCertificate({
    signer,
    publicKeySpki: new Uint8Array(spki),
    commonName: options.commonName ?? signer.keyId,
    validityDays: options.validityDays,
    notBefore: options.notBefore,
  });
}

/** PEM of a self-signed certificate for the signer's key (what the trusted app imports). */
export async function selfSignedCertificatePem(signer: LocalKeySigner, options: { commonName?: string } = {}): Promise<string> {
  return (await createLocalCertificate(signer, options)).pem;
}

/**
 * The trusted app's certificate over the Vault key: public key from KMS
 * GetKeyVersion, to-be-signed part signed by KMS Sign (the private key never
 * leaves the Vault), then checked against that public key before use.
 */
import { createPublicKey, X509Certificate } from "node:crypto";
import type * as common from "oci-common";
import { KmsManagementClient } from "oci-keymanagement";
import { createSelfSignedCertificate } from "../../contract/certificate";
import { createKmsCryptoClient, KmsSigner } from "../../contract/kms-signer";
import { certificateAlias } from "./alias";
import type { CertInputs } from "./cert-inputs";
import { CodedError, ERROR_CODES } from "../../contract/errors";

/** What `certs/<env>.json` holds beside the PEM (read by the stacks). */
export interface CertificateSidecarFile {
  alias: string;
  keyId: string;
  keyVersionId: string;
  /** base64url SHA-1 of the DER. */
  x5t: string;
  notBefore: string;
  notAfter: string;
}

export interface VaultCertificate {
  pem: string;
  sidecar: CertificateSidecarFile;
}

export async function createVaultCertificate(
  inputs: CertInputs,
  auth: common.AuthenticationDetailsProvider,
  options: { validityDays?: number; notBefore?: Date; clientConfiguration?: common.ClientConfiguration } = {},
): Promise<VaultCertificate> {
  const management = new KmsManagementClient({ authenticationDetailsProvider: auth }, options.clientConfiguration);
  management.endpoint = inputs.managementEndpoint;
  const crypto = createKmsCryptoClient(auth, inputs.cryptoEndpoint, options.clientConfiguration);
  try {
    const { keyVersion } = await management.getKeyVersion({ keyId: inputs.keyId, keyVersionId: inputs.keyVersionId });
    if (keyVersion.lifecycleState && keyVersion.lifecycleState !== "ENABLED") {
      throw new CodedError(ERROR_CODES.certificate, `key version ${inputs.keyVersionId} is ${keyVersion.lifecycleState}, not ENABLED; use the key's current version`);
    }
    if (!keyVersion.publicKey) throw new CodedError(ERROR_CODES.certificate, `KMS returned no public key for ${inputs.keyVersionId}: the signing key must be RSA`);
    const publicKey = createPublicKey(keyVersion.publicKey);
    if (publicKey.asymmetricKeyType !== "rsa") {
      throw new CodedError(ERROR_CODES.certificate, `the signing key is ${publicKey.asymmetricKeyType}, but the trusted app's assertions are RS256: create an RSA key`);
    }
    const alias = certificateAlias(inputs.trustedClientId, inputs.keyVersionId);
    const signer = new KmsSigner({ client: crypto, keyId: inputs.keyId, keyVersionId: inputs.keyVersionId, kid: alias });
    const cert = await createSelfSignedCertificate({
      signer,
      publicKeySpki: new Uint8Array(publicKey.export({ type: "spki", format: "der" })),
      commonName: inputs.trustedClientId,
      validityDays: options.validityDays,
      notBefore: options.notBefore,
    });
    // The Vault signed with the key whose public half we were given, or this fails.
    const x509 = new X509Certificate(cert.pem);
    if (!x509.verify(publicKey) || !x509.checkIssued(x509)) {
      throw new CodedError(ERROR_CODES.certificate, "the certificate does not verify with the key version's public key: the key id and key version do not match");
    }
    return {
      pem: cert.pem,
      sidecar: {
        alias,
        keyId: inputs.keyId,
        keyVersionId: inputs.keyVersionId,
        x5t: cert.x5t,
        notBefore: cert.notBefore.toISOString(),
        notAfter: cert.notAfter.toISOString(),
      },
    };
  } finally {
    management.close();
    crypto.close();
  }
}

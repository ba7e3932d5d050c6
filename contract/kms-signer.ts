/**
 * Signs through the OCI KMS Sign API with the trusted app's Vault key, so
 * the private key never leaves the Vault. Only the SHA-256 digest is sent
 * (messageType DIGEST): small, and the assertion itself stays here.
 */
import { createHash } from "node:crypto";
import * as common from "oci-common";
import { KmsCryptoClient, models, type requests, type responses } from "oci-keymanagement";
import type { AssertionSigner } from "./assertions";
import { CodedError, ERROR_CODES } from "./errors";

/** The part of KmsCryptoClient this signer uses (tests may pass the real client aimed at a stand-in). */
export interface KmsSignClient {
  sign(request: requests.SignRequest): Promise<responses.SignResponse>;
}

export interface KmsSignerOptions {
  client: KmsSignClient;
  keyId: string;
  keyVersionId: string;
  /** `kid` header: the certificate alias on the trusted app. */
  kid: string;
}

export class KmsSigner implements AssertionSigner {
  readonly keyId: string;
  readonly #client: KmsSignClient;
  readonly #vaultKeyId: string;
  readonly #keyVersionId: string;

  constructor(options: KmsSignerOptions) {
    this.keyId = options.kid;
    this.#client = options.client;
    this.#vaultKeyId = options.keyId;
    this.#keyVersionId = options.keyVersionId;
  }

  async sign(signingInput: Uint8Array): Promise<Uint8Array> {
    const digest = createHash("sha256").update(signingInput).digest("base64");
    const { signedData } = await this.#client.sign({
      signDataDetails: {
        keyId: this.#vaultKeyId,
        keyVersionId: this.#keyVersionId,
        message: digest,
        messageType: models.SignDataDetails.MessageType.Digest,
        signingAlgorithm: models.SignDataDetails.SigningAlgorithm.Sha256RsaPkcs1V15,
      },
    });
    if (!signedData?.signature) throw new CodedError(ERROR_CODES.kmsSign, "KMS Sign returned no signature");
    return new Uint8Array(Buffer.from(signedData.signature, "base64"));
  }
}

/** A KmsCryptoClient for a vault's crypto endpoint. */
export function createKmsCryptoClient(
  authenticationDetailsProvider: common.AuthenticationDetailsProvider,
  cryptoEndpoint: string,
  clientConfiguration?: common.ClientConfiguration,
): KmsCryptoClient {
  const client = new KmsCryptoClient({ authenticationDetailsProvider }, clientConfiguration);
  client.endpoint = cryptoEndpoint;
  return client;
}

/** In a deployed Function: the resource principal (the dynamic group's policy allows `use keys` on this key). */
export function createResourcePrincipalKmsSigner(options: {
  cryptoEndpoint: string;
  keyId: string;
  keyVersionId: string;
  kid: string;
}): KmsSigner {
  const provider = common.ResourcePrincipalAuthenticationDetailsProvider.builder();
  return new KmsSigner({ ...options, client: createKmsCryptoClient(provider, options.cryptoEndpoint) });
}

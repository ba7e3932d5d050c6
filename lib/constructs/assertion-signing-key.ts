import { Construct } from "constructs";
import { KmsKey } from "../../.gen/providers/oci/kms-key";
import { KmsVault } from "../../.gen/providers/oci/kms-vault";
import { logicalId } from "./identity-domain";
import { preventDestroy } from "./protect";

export interface AssertionSigningKeyProps {
  readonly compartmentId: string;
  /** Prefix of display names, e.g. the environment name. */
  readonly namePrefix: string;
  /** Use this vault instead of creating one. */
  readonly existingVault?: { readonly id: string; readonly managementEndpoint: string; readonly cryptoEndpoint: string };
  /** @default "HSM": the private key never leaves the HSM */
  readonly protectionMode?: "HSM" | "SOFTWARE";
  /** RSA modulus length in bytes. @default 256 (RSA 2048) */
  readonly keyLengthBytes?: 256 | 384 | 512;
  /**
   * `prevent_destroy` on vault and key. Deletion is never given a date here:
   * OCI then schedules it 30 days out, the longest pending window.
   * @default false
   */
  readonly preventDestroy?: boolean;
  readonly freeformTags?: Readonly<Record<string, string>>;
}

/**
 * The RSA key in an OCI Vault that signs user and client assertions (RS256
 * = `SHA_256_RSA_PKCS1_V1_5`). Only its public half ever leaves the Vault;
 * nothing secret enters Terraform state.
 */
export class AssertionSigningKey extends Construct {
  readonly key: KmsKey;
  readonly vault?: KmsVault;
  readonly keyId: string;
  /** The key version that signs now; the certificate alias is derived from it. */
  readonly keyVersionId: string;
  readonly cryptoEndpoint: string;
  readonly managementEndpoint: string;
  readonly compartmentId: string;

  constructor(scope: Construct, id: string, props: AssertionSigningKeyProps) {
    super(scope, id);
    const protect = props.preventDestroy ?? false;
    this.compartmentId = props.compartmentId;
    if (props.existingVault) {
      this.cryptoEndpoint = props.existingVault.cryptoEndpoint;
      this.managementEndpoint = props.existingVault.managementEndpoint;
    } else {
      this.vault = new KmsVault(this, "vault", {
        compartmentId: props.compartmentId,
        displayName: `${props.namePrefix}-oic-assertion-vault`,
        vaultType: "DEFAULT",
        freeformTags: props.freeformTags ? { ...props.freeformTags } : undefined,
      });
      this.vault.overrideLogicalId(logicalId("vault", props.namePrefix, "assertion"));
      preventDestroy(protect, this.vault);
      this.cryptoEndpoint = this.vault.cryptoEndpoint;
      this.managementEndpoint = this.vault.managementEndpoint;
    }
    this.key = new KmsKey(this, "key", {
      compartmentId: props.compartmentId,
      displayName: `${props.namePrefix}-oic-assertion-signing`,
      managementEndpoint: this.managementEndpoint,
      keyShape: { algorithm: "RSA", length: props.keyLengthBytes ?? 256 },
      protectionMode: props.protectionMode ?? "HSM",
      freeformTags: props.freeformTags ? { ...props.freeformTags } : undefined,
    });
    this.key.overrideLogicalId(logicalId("key", props.namePrefix, "assertion_signing"));
    preventDestroy(protect, this.key);
    this.keyId = this.key.id;
    this.keyVersionId = this.key.currentKeyVersion;
  }

  /** Policy statement letting a dynamic group sign with this key and no other. */
  signStatement(dynamicGroup: string): string {
    return `Allow dynamic-group ${dynamicGroup} to use keys in compartment id ${this.compartmentId} where target.key.id = '${this.keyId}'`;
  }
}

import { Construct, type IConstruct } from "constructs";
import { IdentityPolicy } from "../../.gen/providers/oci/identity-policy";
import { KmsKey } from "../../.gen/providers/oci/kms-key";
import { KmsVault } from "../../.gen/providers/oci/kms-vault";
import type { IDynamicGroup } from "./dynamic-group";
import { logicalId } from "./identity-domain";
import { preventDestroy } from "./protect";

/** An OCI Vault: where keys are managed and used. */
export interface IKeyVault {
  readonly vaultId: string;
  readonly managementEndpoint: string;
  readonly cryptoEndpoint: string;
}

/** The RSA key in a Vault that signs the assertions (RS256). */
export interface ISigningKey extends IConstruct {
  readonly keyId: string;
  /** The key version that signs now; the certificate alias is derived from it. */
  readonly keyVersionId: string;
  readonly cryptoEndpoint: string;
  readonly managementEndpoint: string;
  /** Compartment of the key: the sign policy is written there. */
  readonly compartmentId: string;
  /**
   * Lets `group` sign with this key and no other (`use keys` where
   * `target.key.id` is this key); returns the policy it creates.
   */
  grantSign(group: IDynamicGroup): IdentityPolicy;
}

export interface AssertionSigningKeyProps {
  /** Compartment of the vault, the key and the sign policy. */
  readonly compartmentId: string;
  /** Prefix of display names and Terraform addresses, e.g. the environment name. */
  readonly namePrefix: string;
  /** Create the key in this vault (`KeyVault.fromVaultAttributes`). @default a new DEFAULT vault */
  readonly vault?: IKeyVault;
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
  /** @default none */
  readonly freeformTags?: Readonly<Record<string, string>>;
}

export interface SigningKeyAttributes {
  /** OCID of the key. */
  readonly keyId: string;
  /** OCID of the key version that signs (the certificate's). */
  readonly keyVersionId: string;
  /** Crypto endpoint of its vault (where Sign is called). */
  readonly cryptoEndpoint: string;
  /** Management endpoint of its vault. */
  readonly managementEndpoint: string;
  /** Compartment of the key: the sign policy is written there. */
  readonly compartmentId: string;
  /** Prefix of the sign policy's name and address. @default the construct id */
  readonly namePrefix?: string;
}

export interface KeyVaultProps {
  /** Compartment of the vault. */
  readonly compartmentId: string;
  /** Prefix of its display name and Terraform address. */
  readonly namePrefix: string;
  /** @default false */
  readonly preventDestroy?: boolean;
  /** @default none */
  readonly freeformTags?: Readonly<Record<string, string>>;
}

/** A DEFAULT (shared-HSM) OCI Vault. */
export class KeyVault extends Construct implements IKeyVault {
  /** A vault that exists already. */
  static fromVaultAttributes(scope: Construct, id: string, attrs: IKeyVault): IKeyVault {
    class Imported extends Construct implements IKeyVault {
      readonly vaultId = attrs.vaultId;
      readonly managementEndpoint = attrs.managementEndpoint;
      readonly cryptoEndpoint = attrs.cryptoEndpoint;
    }
    return new Imported(scope, id);
  }

  readonly vault: KmsVault;
  readonly vaultId: string;
  readonly managementEndpoint: string;
  readonly cryptoEndpoint: string;

  constructor(scope: Construct, id: string, props: KeyVaultProps) {
    super(scope, id);
    this.vault = new KmsVault(this, "vault", {
      compartmentId: props.compartmentId,
      displayName: `${props.namePrefix}-oic-assertion-vault`,
      vaultType: "DEFAULT",
      freeformTags: props.freeformTags ? { ...props.freeformTags } : undefined,
    });
    this.vault.overrideLogicalId(logicalId("vault", props.namePrefix, "assertion"));
    preventDestroy(props.preventDestroy ?? false, this.vault);
    this.vaultId = this.vault.id;
    this.managementEndpoint = this.vault.managementEndpoint;
    this.cryptoEndpoint = this.vault.cryptoEndpoint;
  }
}

/** What keys and imported keys share: the sign grant. */
abstract class SigningKeyBase extends Construct implements ISigningKey {
  abstract readonly keyId: string;
  abstract readonly keyVersionId: string;
  abstract readonly cryptoEndpoint: string;
  abstract readonly managementEndpoint: string;
  abstract readonly compartmentId: string;
  protected abstract readonly namePrefix: string;
  private signGrants = 0;

  grantSign(group: IDynamicGroup): IdentityPolicy {
    const n = this.signGrants++;
    const policy = new IdentityPolicy(this, n === 0 ? "sign-policy" : `sign-policy-${n}`, {
      compartmentId: this.compartmentId,
      name: `${this.namePrefix}-oic-assertion-sign${n === 0 ? "" : `-${n}`}`,
      description: "The assertion Function may sign with its one Vault key",
      statements: [`Allow dynamic-group ${group.policyReference} to use keys in compartment id ${this.compartmentId} where target.key.id = '${this.keyId}'`],
    });
    policy.overrideLogicalId(logicalId("policy", this.namePrefix, n === 0 ? "assertion_sign" : `assertion_sign_${n}`));
    return policy;
  }
}

/**
 * The RSA key in an OCI Vault that signs user and client assertions (RS256
 * = `SHA_256_RSA_PKCS1_V1_5`). Only its public half ever leaves the Vault;
 * nothing secret enters Terraform state.
 */
export class AssertionSigningKey extends SigningKeyBase {
  /** A key that exists already (made elsewhere): only its sign grant is declared here. */
  static fromKeyAttributes(scope: Construct, id: string, attrs: SigningKeyAttributes): ISigningKey {
    class Imported extends SigningKeyBase {
      readonly keyId = attrs.keyId;
      readonly keyVersionId = attrs.keyVersionId;
      readonly cryptoEndpoint = attrs.cryptoEndpoint;
      readonly managementEndpoint = attrs.managementEndpoint;
      readonly compartmentId = attrs.compartmentId;
      protected readonly namePrefix = attrs.namePrefix ?? id;
    }
    return new Imported(scope, id);
  }

  readonly key: KmsKey;
  /** The vault the key lives in (created here unless `vault` was given). */
  readonly vault: IKeyVault;
  readonly keyId: string;
  readonly keyVersionId: string;
  readonly cryptoEndpoint: string;
  readonly managementEndpoint: string;
  readonly compartmentId: string;
  protected readonly namePrefix: string;

  constructor(scope: Construct, id: string, props: AssertionSigningKeyProps) {
    super(scope, id);
    const protect = props.preventDestroy ?? false;
    this.compartmentId = props.compartmentId;
    this.namePrefix = props.namePrefix;
    this.vault = props.vault ?? new KeyVault(this, "vault", { compartmentId: props.compartmentId, namePrefix: props.namePrefix, preventDestroy: protect, freeformTags: props.freeformTags });
    this.cryptoEndpoint = this.vault.cryptoEndpoint;
    this.managementEndpoint = this.vault.managementEndpoint;
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
}

/**
 * OCI API credentials for the rehearsal: a key pair lent by the stand-ins'
 * pool (the stand-ins check that a request is signed, not by whom: a fresh
 * RSA key would only cost CPU) and an OCI config file naming made-up
 * tenancy and user OCIDs, both 0600 in the rehearsal's own directory
 * (removed with it). Nothing here can reach OCI.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { lendRsaKey } from "../standins/key-pool";

export interface ThrowawayOciConfig {
  /** Path of the OCI config file (profile DEFAULT). */
  readonly file: string;
  readonly profile: "DEFAULT";
  /** Gives the key back to the pool (the rehearsal's close() calls it, after every stand-in that signs with it stopped). */
  readonly release: () => void;
}

export function writeThrowawayOciConfig(dir: string, region = "us-ashburn-1"): ThrowawayOciConfig {
  const { privateKey, release } = lendRsaKey();
  const keyFile = join(dir, "oci_api_key.pem");
  writeFileSync(keyFile, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
  const file = join(dir, "oci-config");
  const lines = [
    "[DEFAULT]",
    "user=ocid1.user.oc1..sandboxuser",
    "fingerprint=00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff",
    "tenancy=ocid1.tenancy.oc1..sandboxtenancy",
    `region=${region}`,
    `key_file=${keyFile}`,
  ];
  writeFileSync(file, `${lines.join("\n")}\n`, { mode: 0o600 });
  return { file, profile: "DEFAULT", release };
}

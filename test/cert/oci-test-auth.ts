/**
 * OCI SDK credentials for tests: a throwaway API signing key (one per test
 * file, lent by the stand-ins' pool until the file ends), made-up tenancy and user OCIDs. The KMS stand-in only checks that the SDK
 * signed the request; nothing here reaches OCI.
 */
import type { KeyObject } from "node:crypto";
import { throwawayKey } from "../helpers/throwaway-signer";
import * as common from "oci-common";

let throwaway: KeyObject | undefined;

export function throwawayOciAuth(): common.SimpleAuthenticationDetailsProvider {
  const privateKey = (throwaway ??= throwawayKey());
  const pem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  return new common.SimpleAuthenticationDetailsProvider(
    "ocid1.tenancy.oc1..testtenancy",
    "ocid1.user.oc1..testuser",
    "00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff",
    pem,
    null,
    common.Region.US_ASHBURN_1,
  );
}

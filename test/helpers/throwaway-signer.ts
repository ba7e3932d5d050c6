/**
 * A LocalKeySigner for tests whose key identity does not matter (certificates
 * for synth, the estate's planted certificates): one RSA key per test file,
 * lent by the stand-ins' pool and kept, instead of a fresh RSA-2048 key (0.1
 * to 0.5 s of CPU) per certificate. Kept, so no stand-in started later in the
 * file is lent the same key.
 */
import type { KeyObject } from "node:crypto";
import { LocalKeySigner } from "../../contract/local-signer";
import { lendRsaKey } from "../../sandbox/standins/key-pool";

let key: KeyObject | undefined;

export function throwawaySigner(keyId: string): LocalKeySigner {
  key ??= lendRsaKey().privateKey;
  return new LocalKeySigner(key, keyId);
}

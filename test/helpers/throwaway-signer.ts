/**
 * RSA keys for tests whose key identity does not matter beyond "not the
 * other one": lent by the stand-ins' pool instead of made (0.1 to 0.5 s of
 * CPU each), held until the test file ends, then given back for the next
 * file. Held, so no stand-in started later in the file is lent the same key.
 */
import { afterAll } from "@jest/globals";
import type { KeyObject } from "node:crypto";
import { LocalKeySigner } from "../../contract/local-signer";
import { lendRsaKey, type LentKey } from "../../sandbox/standins/key-pool";

const held: LentKey[] = [];
afterAll(() => held.splice(0).forEach((k) => k.release()));

/** A key of its own for this test file: never the same as another call's. */
export function throwawayKey(): KeyObject {
  const lent = lendRsaKey();
  held.push(lent);
  return lent.privateKey;
}

/** A signer over a key of its own (a fresh RSA-2048 key, as far as the test can tell). */
export function freshSigner(keyId: string): LocalKeySigner {
  return new LocalKeySigner(throwawayKey(), keyId);
}

let shared: KeyObject | undefined;

/** A signer over the one key this file shares (certificates for synth, the estate's planted certificates). */
export function throwawaySigner(keyId: string): LocalKeySigner {
  shared ??= throwawayKey();
  return new LocalKeySigner(shared, keyId);
}

import { afterAll, describe, expect, it } from "@jest/globals";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { keptKeys } from "../helpers/kept-keys";
import { idleKeys, lendRsaKey } from "../../sandbox/standins/key-pool";

const fingerprint = (k: { publicKey: { export(o: { type: "spki"; format: "der" }): Buffer } }) => k.publicKey.export({ type: "spki", format: "der" }).toString("base64");

describe("the stand-ins' key pool", () => {
  it("never lends one key to two holders at once", () => {
    const held = [lendRsaKey(), lendRsaKey(), lendRsaKey()];
    expect(new Set(held.map(fingerprint)).size).toBe(3);
    for (const k of held) k.release();
  });

  it("lends a released key again instead of making one, and a second release does nothing", () => {
    const first = lendRsaKey();
    const print = fingerprint(first);
    const idleBefore = idleKeys();
    first.release();
    first.release();
    expect(idleKeys()).toBe(idleBefore + 1);
    const again = lendRsaKey();
    expect(fingerprint(again)).toBe(print);
    expect(idleKeys()).toBe(idleBefore);
    again.release();
  });

  it("lends 2048-bit RSA keys", () => {
    const k = lendRsaKey();
    expect(k.privateKey.asymmetricKeyType).toBe("rsa");
    expect(k.privateKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
    k.release();
  });
});

describe("the suite's kept keys (test/setup-key-cache.ts)", () => {
  const dir = mkdtempSync(join(tmpdir(), "kept-keys-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("makes the n-th key once, owner-only, and reads the same key back later; another index is another key", () => {
    // Keys lent by the pool stand in for new ones: what is tested is the keeping.
    const lent = [lendRsaKey(), lendRsaKey()];
    const fresh = [...lent];
    const make = keptKeys(dir, () => fresh.shift()!);
    const first = make(0);
    expect(statSync(join(dir, "0.der")).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const again = keptKeys(dir, () => {
      throw new Error("kept key 0 must be read back, not made");
    })(0);
    expect(fingerprint(again)).toBe(fingerprint(first));
    expect(again.privateKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(fingerprint(make(1))).not.toBe(fingerprint(first));
    expect(readdirSync(dir).sort()).toEqual(["0.der", "1.der"]);
    lent.forEach((k) => k.release());
  });
});

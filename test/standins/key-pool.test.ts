import { describe, expect, it } from "@jest/globals";
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

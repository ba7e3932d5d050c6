/** A KeyMaker whose n-th key is kept in `dir` (test/setup-key-cache.ts says why). */
import { createPrivateKey, createPublicKey, generateKeyPairSync } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { KeyMaker, Pair } from "../../sandbox/standins/key-pool";
import { writeWhole } from "./kept-result";

const rsa2048 = (): Pair => generateKeyPairSync("rsa", { modulusLength: 2048 });

/** `generate` makes a key that is not kept yet (a test of this file passes a cheaper one). */
export function keptKeys(dir: string, generate: () => Pair = rsa2048): KeyMaker {
  return (index) => {
    const file = join(dir, `${index}.der`);
    try {
      const privateKey = createPrivateKey({ key: readFileSync(file), format: "der", type: "pkcs8" });
      return { privateKey, publicKey: createPublicKey(privateKey) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }
    const pair = generate();
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeWhole(file, pair.privateKey.export({ type: "pkcs8", format: "der" }), 0o600);
    return pair;
  };
}

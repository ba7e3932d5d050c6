/** A KeyMaker whose n-th key is kept in `dir` (test/setup-key-cache.ts says why). */
import { createPrivateKey, createPublicKey, generateKeyPairSync } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { KeyMaker, Pair } from "../../sandbox/standins/key-pool";

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
    // Written aside, then renamed: a concurrent run never reads half a key.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, pair.privateKey.export({ type: "pkcs8", format: "der" }), { mode: 0o600 });
    renameSync(partial, file);
    return pair;
  };
}

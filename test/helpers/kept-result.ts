/**
 * A slow, deterministic result kept between runs of the suite, in
 * node_modules/.cache/oic-access/<kind>/, under a hash of everything it
 * depends on (`inputs`: file contents, versions). Any change to an input
 * computes it anew, so a kept result is always the one the inputs give.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CACHE = fileURLToPath(new URL("../../node_modules/.cache/oic-access/", import.meta.url));

export async function keptResult<T>(kind: string, inputs: readonly (string | Uint8Array)[], compute: () => Promise<T>): Promise<T> {
  const hash = createHash("sha256");
  for (const input of inputs) hash.update(createHash("sha256").update(input).digest());
  const file = join(CACHE, kind, `${hash.digest("hex")}.json`);
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    // not kept yet
  }
  const result = await compute();
  mkdirSync(join(CACHE, kind), { recursive: true });
  writeFileSync(`${file}.${process.pid}.partial`, JSON.stringify(result));
  renameSync(`${file}.${process.pid}.partial`, file);
  return result;
}

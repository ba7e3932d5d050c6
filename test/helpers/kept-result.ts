/**
 * Slow, deterministic results kept between runs of the suite, in
 * node_modules/.cache/oic-access/<kind>/, under a hash of everything they
 * depend on (file contents, versions). Any change to an input computes the
 * result anew, so a kept result is always the one its inputs give.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CACHE = fileURLToPath(new URL("../../node_modules/.cache/oic-access/", import.meta.url));

/** The folder of one kind of kept result. */
export const keptDir = (kind: string): string => join(CACHE, kind);

/** One hash of several inputs (each hashed on its own, so no two lists of inputs run together). */
export function hashOf(inputs: readonly (string | Uint8Array)[]): string {
  const hash = createHash("sha256");
  for (const input of inputs) hash.update(createHash("sha256").update(input).digest());
  return hash.digest("hex");
}

/** Writes `file` aside, then renames it: a concurrent run never reads half of it. */
export function writeWhole(file: string, data: string | Uint8Array, mode = 0o644): void {
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, data, { mode });
  renameSync(partial, file);
}

/** The JSON kept under `hash`, if any. */
export function readKept<T>(kind: string, hash: string): T | undefined {
  try {
    return JSON.parse(readFileSync(join(keptDir(kind), `${hash}.json`), "utf8")) as T;
  } catch {
    return undefined;
  }
}

export function keep(kind: string, hash: string, value: unknown): void {
  mkdirSync(keptDir(kind), { recursive: true });
  writeWhole(join(keptDir(kind), `${hash}.json`), JSON.stringify(value));
}

/** The kept result for `inputs`, computed and kept if there is none. */
export async function keptResult<T>(kind: string, inputs: readonly (string | Uint8Array)[], compute: () => Promise<T>): Promise<T> {
  const hash = hashOf(inputs);
  const kept = readKept<T>(kind, hash);
  if (kept !== undefined) return kept;
  const result = await compute();
  keep(kind, hash, result);
  return result;
}

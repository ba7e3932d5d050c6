/**
 * The synthesized stack directory as the zip Resource Manager's ZIP_UPLOAD
 * config source takes (base64 in CreateStack/UpdateStack). Only the
 * configuration goes in: `*.tf.json` files at the top level, never a local
 * backend override, a plan, a state or `.terraform/`. Entries are sorted and
 * dated 1980-01-01, so the same configuration always makes the same bytes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync, zipSync, type Zippable } from "fflate";
import { BACKEND_OVERRIDE_FILE } from "../../terraform/stack-dir";

const FIXED_DATE = new Date("1980-01-01T00:00:00Z");

/** The configuration files of a stack directory, by name. */
export function stackConfigFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".tf.json") && e.name !== BACKEND_OVERRIDE_FILE && !e.name.endsWith("_override.tf.json"))
    .map((e) => e.name)
    .sort();
}

export function zipStackDir(dir: string): Uint8Array {
  const files = stackConfigFiles(dir);
  if (!files.includes("cdk.tf.json")) throw new Error(`${dir} holds no cdk.tf.json: synthesize the environment first`);
  const entries: Zippable = {};
  for (const name of files) entries[name] = [readFileSync(join(dir, name)), { mtime: FIXED_DATE, level: 6 }];
  return zipSync(entries);
}

/** Name -> content of a zip (the stand-in unpacks uploads with it). Refuses paths that leave the directory. */
export function unzipConfig(zip: Uint8Array): Record<string, Uint8Array> {
  const files = unzipSync(zip);
  for (const name of Object.keys(files)) {
    if (name.startsWith("/") || name.split(/[\\/]/).includes("..")) throw new Error(`the zip holds an unsafe path: ${JSON.stringify(name)}`);
  }
  return files;
}

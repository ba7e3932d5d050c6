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
import { CodedError, ERROR_CODES } from "../../../contract/errors";

const FIXED_DATE = new Date("1980-01-01T00:00:00Z");

/**
 * Resource Manager asks for at least one `.tf` file in the working directory
 * ("Terraform Configurations for Resource Manager"); ours are `.tf.json`, so
 * the zip carries this comment-only HCL file (Terraform reads it as empty).
 */
export const TF_MARKER_FILE = "oic-access.tf";
const TF_MARKER = "# The configuration is cdk.tf.json, synthesized by oic-access (CDKTF); this file only satisfies Resource Manager's \"at least one .tf file\".\n";

/** The configuration files of a stack directory, by name. */
export function stackConfigFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".tf.json") && e.name !== BACKEND_OVERRIDE_FILE && !e.name.endsWith("_override.tf.json"))
    .map((e) => e.name)
    .sort();
}

export function zipStackDir(dir: string): Uint8Array {
  const files = stackConfigFiles(dir);
  if (!files.includes("cdk.tf.json")) throw new CodedError(ERROR_CODES.resourceManager, `${dir} holds no cdk.tf.json: synthesize the environment first`);
  const entries: Zippable = {};
  for (const name of files) entries[name] = [readFileSync(join(dir, name)), { mtime: FIXED_DATE, level: 6 }];
  entries[TF_MARKER_FILE] = [new TextEncoder().encode(TF_MARKER), { mtime: FIXED_DATE, level: 6 }];
  return zipSync(entries);
}

/**
 * Why the configuration a job ran (GetJobTfConfig) is not the one uploaded,
 * or undefined when it is: every uploaded file there with the same bytes, and
 * no other Terraform file beside them. Files Resource Manager adds itself
 * (its dependency lock file) are allowed.
 */
export function configDifference(uploaded: Uint8Array, ran: Uint8Array): string | undefined {
  const mine = unzipConfig(uploaded);
  const theirs = unzipConfig(ran);
  for (const [name, content] of Object.entries(mine)) {
    const other = theirs[name];
    if (!other) return `${name} is missing`;
    if (Buffer.compare(Buffer.from(content), Buffer.from(other)) !== 0) return `${name} differs`;
  }
  const extra = Object.keys(theirs).filter((n) => !(n in mine) && /\.tf(\.json)?$/.test(n));
  return extra.length ? `it also holds ${extra.join(", ")}` : undefined;
}

/** Name -> content of a zip (the stand-in unpacks uploads with it). Refuses paths that leave the directory. */
export function unzipConfig(zip: Uint8Array): Record<string, Uint8Array> {
  const files = unzipSync(zip);
  for (const name of Object.keys(files)) {
    if (name.startsWith("/") || name.split(/[\\/]/).includes("..")) throw new CodedError(ERROR_CODES.resourceManager, `the zip holds an unsafe path: ${JSON.stringify(name)}`);
  }
  return files;
}

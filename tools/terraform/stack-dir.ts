/**
 * A working directory for one synthesized stack, runnable locally.
 *
 * Stacks declare their backend: dev a local file outside the stack directory
 * (../../../terraform.dev.tfstate), test and prod an S3 (OCI Object Storage)
 * bucket. A `*_override.tf.json` replaces the backend block wholesale
 * (Terraform's override-file rule for `backend`), so every stack keeps its
 * state in `terraform.tfstate` inside the directory and needs no credentials.
 * Nothing of the stack itself is changed. (For `validate` alone,
 * `init -backend=false` would do too; the override also covers plan/apply.)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const BACKEND_OVERRIDE_FILE = "local_backend_override.tf.json";

export interface StackDirOptions {
  /** Extra `*.tf.json` files to write next to the stack (name -> content). */
  readonly extraFiles?: Readonly<Record<string, unknown>>;
}

/** Writes `stack` (cdk.tf.json content or text) and the local-backend override into `dir`. */
export function prepareStackDir(dir: string, stack: string | Readonly<Record<string, unknown>>, options: StackDirOptions = {}): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "cdk.tf.json"), typeof stack === "string" ? stack : JSON.stringify(stack, null, 2));
  writeFileSync(join(dir, BACKEND_OVERRIDE_FILE), JSON.stringify({ terraform: { backend: { local: { path: "terraform.tfstate" } } } }, null, 2));
  for (const [name, content] of Object.entries(options.extraFiles ?? {})) writeFileSync(join(dir, name), JSON.stringify(content, null, 2));
  return dir;
}

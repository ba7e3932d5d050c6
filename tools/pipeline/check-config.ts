/**
 * `check-config`: the gate between a pull request's synthesized
 * configuration (data from unreviewed code) and a Terraform run with cloud
 * credentials. It reads the artifact's stack with the strict JSON reader,
 * checks it (check-stack.ts) and writes the value it checked, serialized
 * anew, into a fresh directory. The plan runs on that copy: Terraform never
 * reads a byte of the artifact, so whatever the reader and Terraform's parser
 * might disagree on never reaches Terraform.
 *
 * The artifact itself must hold `manifest.json` and `stacks/<env>/cdk.tf.json`
 * only: no symbolic links, no override files, lock files, `.terraform/`,
 * `.tfvars` or extra `.tf` files (refused even though they are not copied,
 * because they show an attempt).
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { baselineFromStack, checkStack, type Violation } from "./check-stack";
import { parseStrictJsonBytes, StrictJsonError, type JsonValue } from "./strict-json";
import { CodedError, ERROR_CODES } from "../../contract/errors";

const ENV_DIR = /^[a-z][a-z0-9-]*$/;
const MAX_FILE_BYTES = 8 * 1024 * 1024;
export const STACK_FILE = "cdk.tf.json";

export interface CheckedStack {
  readonly violations: Violation[];
  /** The checked value; set only when there is no violation. */
  readonly stack?: JsonValue;
}

/** The shape of the artifact directory: only the files the pipeline expects, no symbolic links. */
export function checkArtifactFiles(dir: string): { violations: Violation[]; files: Set<string> } {
  const violations: Violation[] = [];
  const files = new Set<string>();
  const walk = (path: string): void => {
    const rel = relative(dir, path).split(sep).join("/") || ".";
    const st = lstatSync(path);
    if (st.isSymbolicLink()) {
      violations.push({ file: rel, address: "(file)", reason: "symbolic links are not allowed in the artifact" });
      return;
    }
    if (st.isDirectory()) {
      const depth = rel === "." ? 0 : rel.split("/").length;
      const dirOk = rel === "." || rel === "stacks" || (depth === 2 && rel.startsWith("stacks/") && ENV_DIR.test(rel.slice(7)));
      if (!dirOk) {
        violations.push({ file: rel, address: "(directory)", reason: "unexpected directory in the artifact (only stacks/<env>/)" });
        return;
      }
      for (const entry of readdirSync(path)) walk(join(path, entry));
      return;
    }
    if (!st.isFile()) {
      violations.push({ file: rel, address: "(file)", reason: "not a regular file" });
      return;
    }
    if (rel !== "manifest.json" && !/^stacks\/[a-z][a-z0-9-]*\/cdk\.tf\.json$/.test(rel)) {
      const why = /_override\.tf(\.json)?$/.test(rel)
        ? "override files are not allowed (Terraform merges them into the configuration)"
        : /\.tf(\.json)?$|\.tfvars(\.json)?$/.test(rel)
          ? "extra Terraform files are not allowed (Terraform reads every one in the directory)"
          : /\.terraform\.lock\.hcl$/.test(rel)
            ? "lock files are not allowed (they choose provider packages)"
            : "unexpected file in the artifact (only manifest.json and stacks/<env>/cdk.tf.json)";
      violations.push({ file: rel, address: "(file)", reason: why });
      return;
    }
    if (st.size > MAX_FILE_BYTES) {
      violations.push({ file: rel, address: "(file)", reason: `larger than ${MAX_FILE_BYTES} bytes` });
      return;
    }
    files.add(rel);
  };
  walk(dir);
  return { violations, files };
}

/** Reads a stack with the strict reader; a problem becomes one violation. */
export function readStack(path: string, rel: string): { value?: JsonValue; violation?: Violation } {
  try {
    return { value: parseStrictJsonBytes(readFileSync(path)) };
  } catch (e) {
    if (!(e instanceof StrictJsonError)) throw e;
    return { violation: { file: rel, address: "(file)", reason: `not accepted as JSON: ${e.message}` } };
  }
}

/**
 * Checks the artifact and the stack of `env` in it against the base
 * branch's synthesis (`expectedDir` is the base branch's cdktf.out).
 */
export function checkEnvironment(artifactDir: string, expectedDir: string, env: string): CheckedStack {
  const rel = `stacks/${env}/${STACK_FILE}`;
  if (!ENV_DIR.test(env)) return { violations: [{ file: rel, address: "(file)", reason: `"${env}" is not an environment name` }] };
  const { violations, files } = checkArtifactFiles(artifactDir);
  if (!files.has(rel)) {
    if (!violations.some((v) => v.file === rel)) violations.push({ file: rel, address: "(file)", reason: "missing: the pull request did not synthesize this environment" });
    return { violations };
  }
  const baseFile = join(expectedDir, "stacks", env, STACK_FILE);
  if (!existsSync(baseFile)) {
    violations.push({ file: rel, address: "(file)", reason: `environment ${env} does not exist on the base branch: it is planned after merge` });
    return { violations };
  }
  const base = readStack(baseFile, `base: ${rel}`);
  if (base.violation) return { violations: [...violations, base.violation] };
  const read = readStack(join(artifactDir, rel), rel);
  if (read.violation) return { violations: [...violations, read.violation] };
  violations.push(...checkStack(read.value!, rel, baselineFromStack(base.value!)));
  return violations.length ? { violations } : { violations, stack: read.value };
}

/** The bytes Terraform reads: the checked value, serialized by this process. */
export function serializeStack(stack: JsonValue): string {
  return `${JSON.stringify(stack, null, 2)}\n`;
}

/**
 * Writes the checked stack as `<outDir>/stacks/<env>/cdk.tf.json` in a
 * directory that must not exist yet, so nothing else is in it when
 * Terraform reads it. Returns the file's path.
 */
export function writeCheckedStack(outDir: string, env: string, stack: JsonValue): string {
  const dir = join(outDir, "stacks", env);
  if (existsSync(dir)) throw new CodedError(ERROR_CODES.configCheck, `${dir} already exists: check-config writes into a fresh directory only`);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, STACK_FILE);
  writeFileSync(file, serializeStack(stack), { flag: "wx", mode: 0o644 });
  return file;
}

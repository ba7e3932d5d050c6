/**
 * A small typed runner for the terraform CLI: spawns it (asynchronously, so
 * a test's event loop keeps running), captures and times its output, and
 * fails loudly when terraform is missing. Used by tests with the offline
 * provider (lib/standins/offline-provider/install.ts) and by the sandbox.
 */
import { spawn } from "node:child_process";

export interface RunOptions {
  readonly cwd: string;
  /** Merged over process.env (e.g. the env installOfflineProvider returns). */
  readonly env?: Readonly<Record<string, string>>;
  /** @default 300000 */
  readonly timeoutMs?: number;
}

export interface TerraformResult {
  readonly args: readonly string[];
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

export class TerraformError extends Error {
  constructor(readonly result: TerraformResult) {
    super(`terraform ${result.args.join(" ")} exited ${result.code}:\n${result.stderr || result.stdout}`);
  }
}

export const TERRAFORM_MISSING =
  "terraform is not on PATH: install Terraform 1.11 (https://developer.hashicorp.com/terraform/install) to run the offline-provider tests; they fail rather than skip without it";

/** The environment terraform runs with: the caller's, minus anything that would reach out or prompt. */
function terraformEnv(extra: Readonly<Record<string, string>> | undefined): NodeJS.ProcessEnv {
  return { ...process.env, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1", TF_INPUT: "0", ...extra };
}

/** Runs `terraform <args>`; resolves with its result whatever the exit code, rejects only if it cannot run. */
export function runTerraform(args: readonly string[], options: RunOptions): Promise<TerraformResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn("terraform", [...args], { cwd: options.cwd, env: terraformEnv(options.env), stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill("SIGTERM"), options.timeoutMs ?? 300_000);
    child.on("error", (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(e.code === "ENOENT" ? new Error(TERRAFORM_MISSING) : e);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const stderr = Buffer.concat(err).toString("utf8") + (signal ? `\n(terraform killed by ${signal})` : "");
      resolve({ args, code: code ?? -1, stdout: Buffer.concat(out).toString("utf8"), stderr, ms: performance.now() - started });
    });
  });
}

/** Runs terraform and throws a TerraformError unless the exit code is one of `ok`. */
export async function mustRun(args: readonly string[], options: RunOptions, ok: readonly number[] = [0]): Promise<TerraformResult> {
  const result = await runTerraform(args, options);
  if (!ok.includes(result.code)) throw new TerraformError(result);
  return result;
}

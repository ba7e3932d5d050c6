/**
 * The project's one way to run the terraform CLI: spawns it (asynchronously,
 * so a test's event loop keeps running), captures and times its output, and
 * fails loudly when terraform is missing. tools/terraform/cli.ts (the
 * pipeline's TerraformCli) and tools/terraform/commands.ts (typed commands for
 * tests, scripts and benchmarks) are both built on it.
 */
import { spawn } from "node:child_process";
import { TERRAFORM_MISSING, TERRAFORM_NOT_FOUND, TerraformError, errorHeadlines } from "./errors";

export interface RunOptions {
  readonly cwd: string;
  /** Merged over process.env (e.g. the env of an offline provider, offline-provider). */
  readonly env?: Readonly<Record<string, string>>;
  /** @default 300000 */
  readonly timeoutMs?: number;
  /** @default "terraform" on the PATH */
  readonly binary?: string;
  /** Values to cut out of error headlines (state credentials ...). */
  readonly knownSecrets?: () => readonly string[];
}

export interface TerraformResult {
  readonly args: readonly string[];
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** The environment terraform runs with: the caller's, minus anything that would reach out or prompt. */
function terraformEnv(extra: Readonly<Record<string, string>> | undefined): NodeJS.ProcessEnv {
  return { ...process.env, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1", TF_INPUT: "0", ...extra };
}

/** Runs `terraform <args>`; resolves with its result whatever the exit code, rejects only if it cannot run. */
export function runTerraform(args: readonly string[], options: RunOptions): Promise<TerraformResult> {
  const started = performance.now();
  const binary = options.binary ?? "terraform";
  return new Promise((resolve, reject) => {
    const child = spawn(binary, [...args], { cwd: options.cwd, env: terraformEnv(options.env), stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill("SIGTERM"), options.timeoutMs ?? 300_000);
    child.on("error", (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      const missing = e.code === "ENOENT";
      reject(new TerraformError(args[0] ?? "", [], { code: TERRAFORM_NOT_FOUND, message: missing ? TERRAFORM_MISSING : `cannot run ${binary}: ${e.message}` }));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const stderr = Buffer.concat(err).toString("utf8") + (signal ? `\n(terraform killed by ${signal})` : "");
      resolve({ args, code: code ?? -1, stdout: Buffer.concat(out).toString("utf8"), stderr, ms: performance.now() - started });
    });
  });
}

/** The TerraformError for a result: redacted `Error:` headlines only. */
export function terraformFailure(result: TerraformResult, options: Pick<RunOptions, "knownSecrets"> = {}): TerraformError {
  const headlines = errorHeadlines(`${result.stderr}\n${result.stdout}`, options.knownSecrets?.() ?? []);
  return new TerraformError(result.args[0] ?? "", headlines, { exitCode: result.code });
}

/** Runs terraform and throws a TerraformError unless the exit code is one of `ok`. */
export async function mustRun(args: readonly string[], options: RunOptions, ok: readonly number[] = [0]): Promise<TerraformResult> {
  const result = await runTerraform(args, options);
  if (!ok.includes(result.code)) throw terraformFailure(result, options);
  return result;
}

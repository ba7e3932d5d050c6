/**
 * What the pipeline needs from Terraform, as an injected interface: the
 * phases are tested with a fake, run in CI with `processTerraformCli()`
 * below, and the offline rehearsal plugs in the typed runner of lib/terraform
 * (with the offline provider) through the same five methods.
 *
 * Contract for every implementation: nothing Terraform prints is passed on.
 * `terraform plan` / `apply` output shows `client_secret` in clear (the
 * provider does not mark it sensitive), so output is captured and dropped; a
 * failure surfaces as a TerraformError carrying only the redacted `Error:`
 * headlines.
 */
import { spawn } from "node:child_process";

export interface PlanResult {
  /** False when Terraform found nothing to change (`-detailed-exitcode` 0). */
  readonly changes: boolean;
}

/** `terraform output -json`: name -> { value, sensitive, type }. */
export type TerraformOutputs = Record<string, { readonly value: unknown; readonly sensitive?: boolean; readonly type?: unknown }>;

export interface TerraformCli {
  /**
   * True when the engine keeps the state (and its lock) itself, as Resource
   * Manager does: no backend block to check, no lock object of ours. The
   * plan file then records the engine's saved plan (a plan job's OCID).
   */
  readonly holdsState?: boolean;
  /** `terraform init` in the stack directory (backend included). */
  init(dir: string): Promise<void>;
  /** `terraform plan -out <planFile>`; the plan text is never returned. */
  plan(dir: string, planFile: string): Promise<PlanResult>;
  /**
   * `terraform show -json <planFile>` (a plan) or `terraform show -json` (the
   * current state; undefined when there is none), parsed. Holds secrets:
   * callers keep it in memory or in a 0600 file, never in a log.
   */
  show(dir: string, planFile?: string): Promise<unknown>;
  /** `terraform apply <planFile>` (the saved plan: what was reviewed is what is applied). */
  apply(dir: string, planFile: string): Promise<void>;
  /** `terraform output -json`, parsed. Sensitive values included: never print them. */
  output(dir: string): Promise<TerraformOutputs>;
  /** `terraform state pull`: the raw state (a secret: never print it). Used to move an environment to another engine. */
  statePull?(dir: string): Promise<string>;
}

export class TerraformError extends Error {
  constructor(
    readonly command: string,
    readonly headlines: readonly string[],
  ) {
    super(`terraform ${command} failed${headlines.length ? `: ${headlines.join(" | ")}` : " (no error headline; run it locally for details)"}`);
    this.name = "TerraformError";
  }
}

const SECRET_WORDS = /(client_secret|hashed_client_secret|key_store_password|password|secret_key|private_key|access_token|refresh_token|idcs_at|secret)\b.*/gi;

/**
 * The `Error:` headlines of Terraform's output, with anything after a
 * secret-ish word and every known secret value cut out. At most `max` lines.
 */
export function errorHeadlines(text: string, knownSecrets: readonly string[] = [], max = 10): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const m = raw.match(/^\s*(?:│\s*)?(Error: .*)$/);
    if (!m) continue;
    let line = m[1]!.replace(SECRET_WORDS, (w) => `${w.split(/\W/)[0]} [redacted]`);
    for (const s of knownSecrets) if (s.length >= 4) line = line.split(s).join("[redacted]");
    out.push(line.slice(0, 300));
    if (out.length >= max) break;
  }
  return out;
}

export interface ProcessTerraformOptions {
  /** @default "terraform" on the PATH */
  readonly binary?: string;
  /** Extra environment for every command (TF_CLI_CONFIG_FILE for provider overrides ...). */
  readonly env?: Record<string, string>;
  /** Values to cut out of error headlines (the state credentials ...). */
  readonly knownSecrets?: () => readonly string[];
  /** `-lock-timeout` for plan and apply. @default "5m" */
  readonly lockTimeout?: string;
}

interface Captured {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function run(binary: string, dir: string, args: string[], env: Record<string, string>): Promise<Captured> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, [`-chdir=${dir}`, ...args], {
      env: { ...process.env, TF_IN_AUTOMATION: "1", TF_INPUT: "0", CHECKPOINT_DISABLE: "1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", (e) => reject(new Error(`cannot run ${binary}: ${e.message} (is Terraform on the PATH?)`)));
    child.on("close", (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
  });
}

/** TerraformCli over the `terraform` binary, output captured and never printed. */
export function processTerraformCli(o: ProcessTerraformOptions = {}): TerraformCli {
  const binary = o.binary ?? "terraform";
  const env = o.env ?? {};
  const lockTimeout = o.lockTimeout ?? "5m";
  const fail = (command: string, r: Captured): never => {
    throw new TerraformError(command, errorHeadlines(`${r.stderr}\n${r.stdout}`, o.knownSecrets?.() ?? []));
  };
  const json = (command: string, r: Captured): unknown => {
    if (r.code !== 0) fail(command, r);
    try {
      return JSON.parse(r.stdout);
    } catch {
      throw new TerraformError(command, ["Error: the output is not JSON"]);
    }
  };
  return {
    async init(dir) {
      const r = await run(binary, dir, ["init", "-input=false", "-no-color"], env);
      if (r.code !== 0) fail("init", r);
    },
    async plan(dir, planFile) {
      const r = await run(binary, dir, ["plan", "-input=false", "-no-color", `-lock-timeout=${lockTimeout}`, "-detailed-exitcode", `-out=${planFile}`], env);
      if (r.code !== 0 && r.code !== 2) fail("plan", r);
      return { changes: r.code === 2 };
    },
    async show(dir, planFile) {
      const r = await run(binary, dir, ["show", "-json", "-no-color", ...(planFile ? [planFile] : [])], env);
      const parsed = json("show", r) as { values?: unknown };
      return planFile || parsed?.values ? parsed : undefined;
    },
    async apply(dir, planFile) {
      const r = await run(binary, dir, ["apply", "-input=false", "-no-color", `-lock-timeout=${lockTimeout}`, planFile], env);
      if (r.code !== 0) fail("apply", r);
    },
    async output(dir) {
      return json("output", await run(binary, dir, ["output", "-json", "-no-color"], env)) as TerraformOutputs;
    },
    async statePull(dir) {
      const r = await run(binary, dir, ["state", "pull"], env);
      if (r.code !== 0) fail("state pull", r);
      return r.stdout;
    },
  };
}

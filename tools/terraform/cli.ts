/**
 * What the pipeline needs from Terraform, as an injected interface: the
 * phases are tested with a fake, run in CI and in the offline rehearsal with
 * `processTerraformCli()` below (the rehearsal points it at the offline
 * provider through `env`).
 *
 * Contract for every implementation: nothing Terraform prints is passed on.
 * `terraform plan` / `apply` output shows `client_secret` in clear (the
 * provider does not mark it sensitive), so output is captured and dropped; a
 * failure surfaces as a TerraformError carrying only the redacted `Error:`
 * headlines.
 */
import { TERRAFORM_BAD_OUTPUT, TerraformError } from "./errors";
import { type RunOptions, type TerraformResult, runTerraform, terraformFailure } from "./run";

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

export interface ProcessTerraformOptions {
  /** @default "terraform" on the PATH */
  readonly binary?: string;
  /** Extra environment for every command (TF_CLI_CONFIG_FILE, an offline provider's TF_REATTACH_PROVIDERS ...). */
  readonly env?: Readonly<Record<string, string>>;
  /** Values to cut out of error headlines (the state credentials ...). */
  readonly knownSecrets?: () => readonly string[];
  /** `-lock-timeout` for plan and apply. @default "5m" */
  readonly lockTimeout?: string;
}

/** Parses a command's JSON output; a TerraformError (never the output) when it is not JSON. */
export function parseJsonOutput<T>(result: TerraformResult): T {
  try {
    return JSON.parse(result.stdout) as T;
  } catch {
    throw new TerraformError(result.args[0] ?? "", ["Error: the output is not JSON"], { code: TERRAFORM_BAD_OUTPUT, exitCode: result.code });
  }
}

/** TerraformCli over the `terraform` binary, output captured and never printed. */
export function processTerraformCli(o: ProcessTerraformOptions = {}): TerraformCli {
  const lockTimeout = o.lockTimeout ?? "5m";
  const at = (dir: string): RunOptions => ({ cwd: dir, env: o.env, binary: o.binary, knownSecrets: o.knownSecrets });
  const run = async (dir: string, args: string[], ok: readonly number[] = [0]): Promise<TerraformResult> => {
    const r = await runTerraform(args, at(dir));
    if (!ok.includes(r.code)) throw terraformFailure(r, at(dir));
    return r;
  };
  return {
    async init(dir) {
      await run(dir, ["init", "-input=false", "-no-color"]);
    },
    async plan(dir, planFile) {
      const r = await run(dir, ["plan", "-input=false", "-no-color", `-lock-timeout=${lockTimeout}`, "-detailed-exitcode", `-out=${planFile}`], [0, 2]);
      return { changes: r.code === 2 };
    },
    async show(dir, planFile) {
      const parsed = parseJsonOutput<{ values?: unknown }>(await run(dir, ["show", "-json", "-no-color", ...(planFile ? [planFile] : [])]));
      return planFile || parsed?.values ? parsed : undefined;
    },
    async apply(dir, planFile) {
      await run(dir, ["apply", "-input=false", "-no-color", `-lock-timeout=${lockTimeout}`, planFile]);
    },
    async output(dir) {
      return parseJsonOutput<TerraformOutputs>(await run(dir, ["output", "-json", "-no-color"]));
    },
    async statePull(dir) {
      return (await run(dir, ["state", "pull"])).stdout;
    },
  };
}

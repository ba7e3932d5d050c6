/**
 * Typed helpers over runTerraform for the commands tests and the sandbox
 * run: init, validate, plan (saved plan + `show -json`), apply, output.
 * Each returns the parsed result with its TerraformResult (timing, output).
 */
import { join } from "node:path";
import { type RunOptions, type TerraformResult, mustRun, runTerraform } from "./run";

export interface ValidateDiagnostic {
  readonly severity: "error" | "warning";
  readonly summary: string;
  readonly detail?: string;
  readonly address?: string;
  readonly range?: { readonly filename: string };
}

export interface ValidateOutput {
  readonly valid: boolean;
  readonly error_count: number;
  readonly warning_count: number;
  readonly diagnostics: readonly ValidateDiagnostic[];
}

/** One entry of `resource_changes` in `terraform show -json <plan>`. */
export interface ResourceChange {
  readonly address: string;
  readonly type: string;
  readonly name: string;
  readonly mode: "managed" | "data";
  readonly action_reason?: string;
  readonly change: {
    readonly actions: readonly string[];
    readonly before: unknown;
    readonly after: unknown;
    readonly after_unknown?: unknown;
    readonly replace_paths?: readonly (readonly (string | number)[])[];
    readonly importing?: { readonly id?: string };
  };
}

export interface PlanJson {
  readonly format_version: string;
  readonly resource_changes?: readonly ResourceChange[];
  readonly output_changes?: Readonly<Record<string, { actions: readonly string[] }>>;
  readonly errored?: boolean;
}

export interface PlanOutcome {
  readonly plan: TerraformResult;
  readonly show: TerraformResult;
  readonly json: PlanJson;
  /** From -detailed-exitcode: false when terraform reported "No changes". */
  readonly hasChanges: boolean;
  readonly planFile: string;
}

const COMMON = ["-no-color"];

export function init(o: RunOptions, extra: readonly string[] = []): Promise<TerraformResult> {
  return mustRun(["init", "-input=false", ...COMMON, ...extra], o);
}

/** `terraform validate -json`; resolves for an invalid configuration too (check `.json.valid`). */
export async function validate(o: RunOptions): Promise<{ result: TerraformResult; json: ValidateOutput }> {
  const result = await runTerraform(["validate", "-json", ...COMMON], o);
  try {
    return { result, json: JSON.parse(result.stdout) as ValidateOutput };
  } catch {
    throw new Error(`terraform validate -json printed no JSON (exit ${result.code}):\n${result.stderr || result.stdout}`);
  }
}

export async function plan(o: RunOptions, extra: readonly string[] = [], planFile = "plan.tfplan"): Promise<PlanOutcome> {
  const planResult = await mustRun(["plan", "-input=false", "-detailed-exitcode", `-out=${planFile}`, ...COMMON, ...extra], o, [0, 2]);
  const show = await mustRun(["show", "-json", planFile], o);
  return { plan: planResult, show, json: JSON.parse(show.stdout) as PlanJson, hasChanges: planResult.code === 2, planFile: join(o.cwd, planFile) };
}

export function apply(o: RunOptions, planFile = "plan.tfplan"): Promise<TerraformResult> {
  return mustRun(["apply", "-input=false", "-auto-approve", ...COMMON, planFile], o);
}

export async function output(o: RunOptions): Promise<Record<string, { value: unknown; sensitive: boolean; type: unknown }>> {
  const result = await mustRun(["output", "-json"], o);
  return JSON.parse(result.stdout) as Record<string, { value: unknown; sensitive: boolean; type: unknown }>;
}

/** Resource changes whose actions are exactly `actions` (e.g. ["delete","create"] for a replacement). */
export function changesWith(json: PlanJson, actions: readonly string[]): ResourceChange[] {
  return (json.resource_changes ?? []).filter((c) => c.change.actions.join(",") === actions.join(","));
}

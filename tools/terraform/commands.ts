/**
 * Typed terraform commands over runTerraform for tests, scripts and
 * benchmarks: init, validate, plan (saved plan + `show -json`; planChanges
 * without the JSON), apply,
 * output. Each returns the parsed result with its TerraformResult (timing,
 * output). The pipeline uses the TerraformCli of ./cli.ts instead, which
 * never hands Terraform's output on.
 */
import { join } from "node:path";
import type { PlanResourceChange, TerraformPlan } from "../../lib/stack-model/terraform-json";
import { TERRAFORM_BAD_OUTPUT, TerraformError } from "./errors";
import { parseJsonOutput, type TerraformOutputs } from "./cli";
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

export interface PlanOutcome {
  readonly plan: TerraformResult;
  readonly show: TerraformResult;
  readonly json: TerraformPlan;
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
    throw new TerraformError("validate", [], { code: TERRAFORM_BAD_OUTPUT, exitCode: result.code, message: `terraform validate -json printed no JSON (exit ${result.code})` });
  }
}

/** A saved plan without its JSON (no `terraform show`): for a caller that needs only whether it changes anything, or its text. */
export async function planChanges(o: RunOptions, extra: readonly string[] = [], planFile = "plan.tfplan"): Promise<Omit<PlanOutcome, "show" | "json">> {
  const planResult = await mustRun(["plan", "-input=false", "-detailed-exitcode", `-out=${planFile}`, ...COMMON, ...extra], o, [0, 2]);
  return { plan: planResult, hasChanges: planResult.code === 2, planFile: join(o.cwd, planFile) };
}

export async function plan(o: RunOptions, extra: readonly string[] = [], planFile = "plan.tfplan"): Promise<PlanOutcome> {
  const planned = await planChanges(o, extra, planFile);
  const show = await mustRun(["show", "-json", planFile], o);
  return { ...planned, show, json: parseJsonOutput<TerraformPlan>(show) };
}

export function apply(o: RunOptions, planFile = "plan.tfplan"): Promise<TerraformResult> {
  return mustRun(["apply", "-input=false", "-auto-approve", ...COMMON, planFile], o);
}

export async function output(o: RunOptions): Promise<TerraformOutputs> {
  return parseJsonOutput<TerraformOutputs>(await mustRun(["output", "-json"], o));
}

/** Resource changes whose actions are exactly `actions` (e.g. ["delete","create"] for a replacement). */
export function changesWith(json: TerraformPlan, actions: readonly string[]): PlanResourceChange[] {
  return (json.resource_changes ?? []).filter((c) => c.change.actions.join(",") === actions.join(","));
}

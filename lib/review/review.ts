/**
 * One environment's review: changes grouped by mission construct, counts
 * per action, risk flags; and the verdict over all environments (exit
 * status) that CI uses to require an explicit approval.
 */
import { changesFromConfiguration, changesFromPlan, type ReviewAction, type ReviewedChange } from "./changes";
import type { ConstructIndex } from "../synth/construct-index";
import type { SynthesizedStack, TerraformPlan } from "../synth/terraform-json";
import { assessRisks, type RiskFlag } from "./risks";

export const EXIT_OK = 0;
export const EXIT_INPUT_ERROR = 1;
export const EXIT_HIGH_RISK = 2;

/**
 * The line an approving pull-request review of the head commit holds to let
 * high-risk changes through (lib/pipeline/approval.ts). A label no longer
 * counts: it names no commit.
 */
export const APPROVAL_LABEL = "identity-change-approved";

export const ACTIONS: readonly ReviewAction[] = ["create", "update", "replace", "delete", "no-op", "read", "forget"];

export interface EnvironmentReview {
  readonly env: string;
  /** A saved plan, or the synthesized configuration alone (everything would be created). */
  readonly source: "plan" | "configuration";
  /** Whether groups are mission constructs (cdk.tf.json was found) or resource kinds. */
  readonly groupedBy: "construct" | "kind";
  readonly counts: Readonly<Record<ReviewAction, number>>;
  readonly changes: readonly ReviewedChange[];
  readonly flags: readonly RiskFlag[];
  readonly highRisk: number;
  /** Secret values seen while reading; the renderers scrub them from their text. Never rendered. */
  readonly secrets: ReadonlySet<string>;
}

function countActions(changes: readonly ReviewedChange[]): Record<ReviewAction, number> {
  const counts = Object.fromEntries(ACTIONS.map((a) => [a, 0])) as Record<ReviewAction, number>;
  for (const c of changes) counts[c.action] += 1;
  return counts;
}

function build(env: string, source: EnvironmentReview["source"], constructs: ConstructIndex | undefined, normalized: ReturnType<typeof changesFromPlan>): EnvironmentReview {
  const flags = assessRisks(normalized.changes);
  return {
    env,
    source,
    groupedBy: constructs && constructs.size > 0 ? "construct" : "kind",
    counts: countActions(normalized.changes),
    changes: normalized.changes,
    flags,
    highRisk: flags.filter((f) => f.severity === "high").length,
    secrets: normalized.secrets,
  };
}

export function reviewPlan(env: string, plan: TerraformPlan, constructs?: ConstructIndex): EnvironmentReview {
  return build(env, "plan", constructs, changesFromPlan(plan, constructs));
}

export function reviewConfiguration(env: string, stack: SynthesizedStack, constructs: ConstructIndex): EnvironmentReview {
  return build(env, "configuration", constructs, changesFromConfiguration(stack, constructs));
}

/** 0 when nothing high-risk (or approved), 2 when a high-risk change needs approval. */
export function exitStatus(reviews: readonly EnvironmentReview[], approved: boolean): number {
  const high = reviews.some((r) => r.highRisk > 0);
  return high && !approved ? EXIT_HIGH_RISK : EXIT_OK;
}

export function allSecrets(reviews: readonly EnvironmentReview[]): Set<string> {
  const all = new Set<string>();
  for (const r of reviews) for (const s of r.secrets) all.add(s);
  return all;
}

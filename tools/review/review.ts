/**
 * One environment's review: changes grouped by mission construct, counts
 * per action, risk flags; and the verdict over all environments (exit
 * status) that CI uses to require an explicit approval.
 */
import { actionOf, changesFromConfiguration, changesFromPlan, type ReviewAction, type ReviewedChange } from "./changes";
import { stackModelOfPlan } from "../../lib/stack-model/plan-model";
import { stackModelOf } from "../../lib/stack-model/read-stack";
import { buildTopology, type Topology } from "../../lib/stack-model/topology";
import type { ConstructIndex } from "../../lib/stack-model/construct-index";
import type { SynthesizedStack, TerraformPlan } from "../../lib/stack-model/terraform-json";
import { EXIT } from "../command/exit-codes";
import { assessRisks, type RiskFlag } from "./risks";
import { summariseClearSecrets, type ClearSecretSummary } from "./secret-summary";

export const EXIT_OK = EXIT.ok;
export const EXIT_INPUT_ERROR = EXIT.failed;
export const EXIT_HIGH_RISK = EXIT.highRisk;

/**
 * The line an approving pull-request review of the head commit holds to let
 * high-risk changes through (tools/pipeline/approval.ts). A label no longer
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
  /** Who trusts whom, with the plan's changes drawn on it (built by lib/stack-model, as `npm start`'s diagram is). */
  readonly topology: Topology;
  /** Secret-bearing attributes the raw plan shows in clear, once for the whole review; undefined when none. */
  readonly clearSecrets?: ClearSecretSummary;
  /** Secret values seen while reading; the renderers scrub them from their text. Never rendered. */
  readonly secrets: ReadonlySet<string>;
}

function countActions(changes: readonly ReviewedChange[]): Record<ReviewAction, number> {
  const counts = Object.fromEntries(ACTIONS.map((a) => [a, 0])) as Record<ReviewAction, number>;
  for (const c of changes) counts[c.action] += 1;
  return counts;
}

function build(env: string, source: EnvironmentReview["source"], constructs: ConstructIndex | undefined, normalized: ReturnType<typeof changesFromPlan>, topology: Topology): EnvironmentReview {
  const flags = assessRisks(normalized.changes);
  return {
    env,
    source,
    groupedBy: constructs && constructs.size > 0 ? "construct" : "kind",
    counts: countActions(normalized.changes),
    changes: normalized.changes,
    flags,
    highRisk: flags.filter((f) => f.severity === "high").length,
    topology,
    clearSecrets: summariseClearSecrets(normalized.changes),
    secrets: normalized.secrets,
  };
}

/**
 * A saved plan's review. `stack` is the synthesized configuration that was
 * planned (cdk.tf.json), when found: the diagram is drawn from it, and from
 * the plan's prior state for what the plan deletes; without it, from the
 * plan's planned values.
 */
export function reviewPlan(env: string, plan: TerraformPlan, constructs?: ConstructIndex, stack?: SynthesizedStack): EnvironmentReview {
  const actions = new Map((plan.resource_changes ?? []).map((rc) => [rc.address, actionOf(rc.change.actions)] as const));
  const topology = buildTopology(env, {
    after: stack ? stackModelOf(stack) : stackModelOfPlan(env, plan, "after"),
    before: stackModelOfPlan(env, plan, "before"),
    actions,
  });
  return build(env, "plan", constructs, changesFromPlan(plan, constructs), topology);
}

export function reviewConfiguration(env: string, stack: SynthesizedStack, constructs: ConstructIndex): EnvironmentReview {
  const normalized = changesFromConfiguration(stack, constructs);
  const actions = new Map(Object.entries(stack.resource ?? {}).flatMap(([type, byName]) => Object.keys(byName).map((name) => [`${type}.${name}`, "create" as const] as const)));
  return build(env, "configuration", constructs, normalized, buildTopology(env, { after: stackModelOf(stack), actions }));
}

/** 0 when nothing high-risk (or approved), 3 (EXIT.highRisk) when a high-risk change needs approval. */
export function exitStatus(reviews: readonly EnvironmentReview[], approved: boolean): number {
  const high = reviews.some((r) => r.highRisk > 0);
  return high && !approved ? EXIT_HIGH_RISK : EXIT_OK;
}

export function allSecrets(reviews: readonly EnvironmentReview[]): Set<string> {
  const all = new Set<string>();
  for (const r of reviews) for (const s of r.secrets) all.add(s);
  return all;
}

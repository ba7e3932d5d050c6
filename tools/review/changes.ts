/**
 * Plan resource changes (or a synthesized configuration) turned into one
 * reviewed change per resource: what happens to it, which mission construct
 * it belongs to, and its before/after values ALREADY REDACTED. Nothing
 * downstream of this file sees a raw value.
 */
import { classifyResource, type ResourceKind } from "./classify";
import { groupResources } from "./grouping";
import type { ConstructIndex } from "../../lib/stack-model/construct-index";
import type { PlanResourceChange, PlanStateModule, PlanStateValues, SynthesizedStack, TerraformPlan } from "../../lib/stack-model/terraform-json";
import { MAX_NESTING, nestingError } from "./load-input";
import { collectSecrets, findClearSecrets, redactValue, SecretScrubber } from "./redact";

export type ReviewAction = "create" | "update" | "replace" | "delete" | "no-op" | "read" | "forget";

export interface ReviewedChange {
  readonly address: string;
  readonly type: string;
  readonly action: ReviewAction;
  readonly kind: ResourceKind;
  /** Heading it is grouped under: the mission construct, or the kind label without construct paths. */
  readonly group: string;
  readonly constructPath?: string;
  readonly preventDestroy: boolean;
  /** Redacted. */
  readonly before: unknown;
  /** Redacted; unknown values are null here and true in afterUnknown. */
  readonly after: unknown;
  readonly afterUnknown: unknown;
  /** Top-level attribute names whose value changes (names only, never values). */
  readonly changedAttributes: readonly string[];
  /** Attributes that force the replacement, e.g. `name`. */
  readonly replacePaths: readonly string[];
  /** Where a secret-bearing attribute is in clear, e.g. `before.client_secret`. */
  readonly clearSecrets: readonly string[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function actionOf(actions: readonly string[]): ReviewAction {
  const set = new Set(actions);
  if (set.has("delete") && set.has("create")) return "replace";
  if (actions.length === 1) {
    const only = actions[0];
    if (only === "create" || only === "update" || only === "delete" || only === "no-op" || only === "read" || only === "forget") {
      return only;
    }
  }
  if (set.has("delete")) return "delete";
  // Unknown combinations are shown as updates rather than hidden.
  return "update";
}

function containsTrue(v: unknown, depth = 0): boolean {
  if (depth > MAX_NESTING) throw nestingError(undefined);
  if (v === true) return true;
  if (Array.isArray(v)) return v.some((x) => containsTrue(x, depth + 1));
  if (isRecord(v)) return Object.values(v).some((x) => containsTrue(x, depth + 1));
  return false;
}

function changedAttributes(before: unknown, after: unknown, afterUnknown: unknown, action: ReviewAction): string[] {
  if (action !== "update" && action !== "replace") return [];
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const u = isRecord(afterUnknown) ? afterUnknown : {};
  const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
  const changed: string[] = [];
  for (const key of [...keys].sort()) {
    const unknown = containsTrue(u[key]);
    // A replace makes every computed attribute unknown: only list known differences there.
    if (unknown && action === "update") changed.push(`${key} (known after apply)`);
    else if (!unknown && JSON.stringify(b[key] ?? null) !== JSON.stringify(a[key] ?? null)) changed.push(key);
  }
  return changed;
}

/** Every resource of a module tree (iterative: module nesting is input too). */
function stateResources(module: PlanStateModule | undefined): Map<string, { values: unknown; sensitive: unknown }> {
  const out = new Map<string, { values: unknown; sensitive: unknown }>();
  const pending: (PlanStateModule | undefined)[] = [module];
  while (pending.length) {
    const m = pending.pop();
    for (const r of m?.resources ?? []) out.set(r.address, { values: r.values, sensitive: r.sensitive_values });
    for (const child of m?.child_modules ?? []) pending.push(child);
  }
  return out;
}

/** Groups as grouping.ts decides them, scrubbed: a construct path could carry a secret-looking value. */
function withGroups<T extends Omit<ReviewedChange, "group" | "constructPath" | "preventDestroy"> & { name: string }>(
  changes: readonly T[],
  scrub: SecretScrubber,
  constructs?: ConstructIndex,
): ReviewedChange[] {
  const groups = groupResources(changes, constructs);
  return changes.map(({ name: _name, ...c }, i) => {
    const g = groups[i]!;
    return { ...c, group: scrub.text(g.group), constructPath: g.constructPath === undefined ? undefined : scrub.text(g.constructPath), preventDestroy: g.preventDestroy };
  });
}

/** Outputs of planned_values / prior_state: values of sensitive ones. */
function collectOutputs(values: PlanStateValues | undefined, into: Set<string>): void {
  for (const output of Object.values(values?.outputs ?? {})) {
    if (isRecord(output) && output.sensitive === true) collectSecrets(output.value, true, into);
  }
}

/**
 * Every secret value anywhere in the plan: by secret-bearing attribute name
 * or sensitive marker, in resource changes, drift, prior state, planned
 * values, outputs and sensitive input variables. Collected before anything
 * is normalized, so that a value marked in one resource is scrubbed from all.
 */
function planSecrets(plan: TerraformPlan, prior: ReturnType<typeof stateResources>): Set<string> {
  const secrets = new Set<string>();
  for (const { values, sensitive } of prior.values()) collectSecrets(values, sensitive, secrets);
  for (const { values, sensitive } of stateResources(plan.planned_values?.root_module).values()) collectSecrets(values, sensitive, secrets);
  collectOutputs(plan.prior_state?.values, secrets);
  collectOutputs(plan.planned_values, secrets);
  for (const rc of [...(plan.resource_drift ?? []), ...(plan.resource_changes ?? [])]) {
    collectSecrets(rc.change.before, rc.change.before_sensitive, secrets);
    collectSecrets(rc.change.after, rc.change.after_sensitive, secrets);
  }
  for (const oc of Object.values(plan.output_changes ?? {})) {
    if (!isRecord(oc)) continue;
    collectSecrets(oc.before, oc.before_sensitive, secrets);
    collectSecrets(oc.after, oc.after_sensitive, secrets);
  }
  const declared = plan.configuration?.root_module?.variables ?? {};
  for (const [name, variable] of Object.entries(plan.variables ?? {})) {
    if (isRecord(declared[name]) && declared[name].sensitive === true && isRecord(variable)) collectSecrets(variable.value, true, secrets);
  }
  return secrets;
}

export interface NormalizedPlan {
  readonly changes: readonly ReviewedChange[];
  /** Every secret value found anywhere we read, for the final scrub of the text. */
  readonly secrets: ReadonlySet<string>;
}

export function changesFromPlan(plan: TerraformPlan, constructs?: ConstructIndex): NormalizedPlan {
  const prior = stateResources(plan.prior_state?.values?.root_module);
  const secrets = planSecrets(plan, prior);
  const scrub = new SecretScrubber(secrets);

  const changes = (plan.resource_changes ?? []).map((rc: PlanResourceChange) => {
    const c = rc.change;
    const action = actionOf(c.actions);
    const clear = [
      ...findClearSecrets(c.before, c.before_sensitive).map((p) => `before.${p}`),
      ...findClearSecrets(c.after, c.after_sensitive).map((p) => `after.${p}`),
    ];
    const state = prior.get(rc.address);
    if (state) clear.push(...findClearSecrets(state.values, state.sensitive).map((p) => `prior_state.${p}`));

    // Structural redaction first, then every remaining string and key is scrubbed of every secret seen.
    const before = redactValue(c.before ?? null, c.before_sensitive, scrub);
    const after = redactValue(c.after ?? null, c.after_sensitive, scrub);
    const afterUnknown = scrub.value(c.after_unknown ?? {});
    const kind = classifyResource(rc.type, action === "delete" ? before : (after ?? before));
    return {
      address: scrub.text(rc.address),
      type: rc.type,
      name: rc.name,
      action,
      kind,
      before,
      after,
      afterUnknown,
      changedAttributes: changedAttributes(before, after, afterUnknown, action),
      replacePaths: (c.replace_paths ?? []).map((p) => scrub.text(p.map(String).join("."))),
      clearSecrets: clear.map((p) => scrub.text(p)),
    };
  });
  return { changes: withGroups(changes, scrub, constructs), secrets };
}

/** Keys cdktf / Terraform put beside a resource's attributes. */
const META_KEYS = new Set(["//", "lifecycle", "depends_on", "provider", "count", "for_each", "connection", "provisioner"]);

/** Without a plan: every managed resource of the synthesized stack, as a create. */
export function changesFromConfiguration(stack: SynthesizedStack, constructs: ConstructIndex): NormalizedPlan {
  const secrets = new Set<string>();
  const resources: { type: string; name: string; attrs: Record<string, unknown> }[] = [];
  for (const [type, byName] of Object.entries(stack.resource ?? {})) {
    for (const [name, body] of Object.entries(byName)) {
      const attrs: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(body)) if (!META_KEYS.has(key)) attrs[key] = value;
      collectSecrets(attrs, undefined, secrets);
      resources.push({ type, name, attrs });
    }
  }
  const scrub = new SecretScrubber(secrets);
  const changes = resources.map(({ type, name, attrs }) => {
    const after = redactValue(attrs, undefined, scrub);
    const kind = classifyResource(type, after);
    return {
      address: scrub.text(`${type}.${name}`),
      type,
      name,
      action: "create" as const,
      kind,
      before: null,
      after,
      afterUnknown: {},
      changedAttributes: [],
      replacePaths: [],
      clearSecrets: findClearSecrets(attrs, undefined).map((p) => scrub.text(`configuration.${p}`)),
    };
  });
  return { changes: withGroups(changes, scrub, constructs), secrets };
}

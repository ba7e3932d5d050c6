/**
 * PlanResourceChange, the way an SDKv2 provider behaves for the cases our
 * stacks meet: Terraform already merged config and prior state into the
 * proposed new state, so a create marks computed attributes the config left
 * null as unknown ("known after apply"), an update keeps the prior values
 * Terraform carried over, and a change to a ForceNew argument asks for
 * replacement (replace.ts, from the table in facts/force-new.ts).
 */
import { type ObjectValue, UNKNOWN, type Value, isObject } from "./cty";
import type { AttributePath } from "./diagnostics";
import { requiresReplace } from "./replace";
import type { JsonBlock, JsonNestedBlock, JsonSchema } from "./schema";

export interface PlanInput {
  readonly typeName: string;
  readonly schema: JsonSchema;
  readonly prior: Value;
  readonly proposed: Value;
}

export interface PlanResult {
  readonly planned: Value;
  readonly requiresReplace: AttributePath[];
}

export function planResourceChange(input: PlanInput): PlanResult {
  const { prior, proposed, schema, typeName } = input;
  // Destroy (the plan_destroy capability): nothing to add to Terraform's plan.
  if (!isObject(proposed)) return { planned: proposed, requiresReplace: [] };
  if (!isObject(prior)) return { planned: unknownComputed(schema.block, proposed), requiresReplace: [] };
  return { planned: proposed, requiresReplace: requiresReplace(typeName, schema.block, prior, proposed) };
}

/** Computed attributes left null (at any depth of nested blocks) become unknown. */
export function unknownComputed(block: JsonBlock, value: ObjectValue): ObjectValue {
  const out: ObjectValue = { ...value };
  for (const [name, attr] of Object.entries(block.attributes ?? {})) {
    if (attr.computed && (out[name] ?? null) === null) out[name] = UNKNOWN;
  }
  for (const [name, nb] of Object.entries(block.block_types ?? {})) {
    out[name] = mapBlocks(nb, out[name] ?? null, (v) => unknownComputed(nb.block, v));
  }
  return out;
}

/** Applies `fn` to every block value of a nested block type (single, group, list, set or map). */
export function mapBlocks(nb: JsonNestedBlock, v: Value, fn: (block: ObjectValue) => ObjectValue): Value {
  if (Array.isArray(v)) return v.map((e) => (isObject(e) ? fn(e) : e));
  if (!isObject(v)) return v;
  if (nb.nesting_mode === "map") return Object.fromEntries(Object.entries(v).map(([k, e]) => [k, isObject(e) ? fn(e) : e]));
  return fn(v);
}

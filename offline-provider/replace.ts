/**
 * Which argument changes replace a resource, from the ForceNew table
 * (facts/force-new.ts, one row per attribute path with its source), the way
 * SDKv2 computes RequiresNew from the flatmap diff:
 *
 * - an attribute row (`name`, `based_on_template.value`) fires when that
 *   value differs; a nested one is reported at its own path with the block
 *   index (`based_on_template[0].value`), as the SDK's `based_on_template.0.value`;
 * - a block row (`grantee`, `key_shape`) fires when the number of blocks
 *   differs (the SDK's `<name>.#`); changes inside the block are the nested
 *   rows' business.
 *
 * Set-typed attributes compare without order. A type with no row updates
 * in place whatever changes.
 */
import { type Value, isObject, setsEqual, valuesEqual } from "./cty";
import { type AttributePath, type PathPart, attributePath } from "./diagnostics";
import { FORCE_NEW } from "./facts/force-new";
import type { JsonBlock } from "./schema";

/** The ForceNew paths of a type, as dotted strings (facts/force-new.ts). */
export function forceNewPaths(typeName: string): string[] {
  return FORCE_NEW.filter((r) => r.type === typeName).map((r) => r.path);
}

/** The attribute paths whose change between `prior` and `proposed` requires replacement. */
export function requiresReplace(typeName: string, block: JsonBlock, prior: Value, proposed: Value): AttributePath[] {
  const out: AttributePath[] = [];
  for (const path of forceNewPaths(typeName)) {
    for (const parts of changedAt(block, path.split("."), prior, proposed, [])) out.push(attributePath(...parts));
  }
  return out;
}

function changedAt(block: JsonBlock, names: readonly string[], prior: Value, proposed: Value, at: PathPart[]): PathPart[][] {
  const [name, ...rest] = names;
  const a = isObject(prior) ? (prior[name] ?? null) : null;
  const b = isObject(proposed) ? (proposed[name] ?? null) : null;
  const nested = block.block_types?.[name];
  if (!nested) {
    const attr = block.attributes?.[name];
    if (!attr) return [];
    const isSet = Array.isArray(attr.type) && attr.type[0] === "set";
    return (isSet ? setsEqual(a, b) : valuesEqual(a, b)) ? [] : [[...at, name]];
  }
  if (rest.length === 0) return count(a) === count(b) ? [] : [[...at, name]];
  if (nested.nesting_mode === "single" || nested.nesting_mode === "group") return changedAt(nested.block, rest, a, b, [...at, name]);
  if (nested.nesting_mode === "set") return setsEqual(a, b) ? [] : [[...at, name]];
  if (nested.nesting_mode === "map") return valuesEqual(a, b) ? [] : [[...at, name]];
  const n = Math.max(count(a), count(b));
  const out: PathPart[][] = [];
  for (let i = 0; i < n; i += 1) {
    const ea = Array.isArray(a) ? (a[i] ?? null) : null;
    const eb = Array.isArray(b) ? (b[i] ?? null) : null;
    out.push(...changedAt(nested.block, rest, ea, eb, [...at, name, i]));
  }
  return out;
}

function count(v: Value): number {
  if (Array.isArray(v)) return v.length;
  return v === null ? 0 : 1;
}

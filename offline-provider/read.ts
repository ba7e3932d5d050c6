/**
 * ReadResource as oracle/oci 7.27.0's read functions do it, against the
 * offline service (remote.ts):
 *
 * 1. the id: an import leaves the import id in `id` and no endpoint in
 *    state; composite types (facts/import-ids.ts) parse it as the real read
 *    does, copying the endpoint part into its argument, or fail with the
 *    provider's own error text;
 * 2. GET: no such object is a 404, and the read empties the state (a
 *    refresh then plans a create, an import says "Cannot import
 *    non-existent remote object");
 * 3. SetData: every attribute comes from the service's object, except the
 *    arguments the read never sets (facts/read-back.ts `kept`), which keep
 *    what state held.
 */
import { type ObjectValue, type Value, isObject } from "./cty";
import { type Diagnostic, error } from "./diagnostics";
import { compositePattern, importRule } from "../contract/provider-facts/import-ids";
import { keptFromState } from "./facts/read-back";
import type { RemoteStore } from "./remote";
import { type JsonSchema, conformBlock } from "./schema";

export type ReadOutcome = { readonly state: Value } | { readonly diagnostics: Diagnostic[] };

export function readResource(typeName: string, schema: JsonSchema, current: Value, remote: RemoteStore): ReadOutcome {
  if (!isObject(current)) return { state: current };
  const located = locate(typeName, current);
  if ("diagnostics" in located) return located;
  const object = remote.get(typeName, located.id);
  if (!object) return { state: null };
  const server = conformBlock(schema.block, object) as ObjectValue;
  const kept = keptFromState(typeName);
  const state: ObjectValue = { ...server };
  for (const name of Object.keys(server)) if (kept.has(name)) state[name] = located.state[name] ?? null;
  state.id = located.id;
  return { state };
}

/** The object's id and the state the read works on (with the endpoint an import id carried). */
function locate(typeName: string, current: ObjectValue): { id: string; state: ObjectValue } | { diagnostics: Diagnostic[] } {
  const id = typeof current.id === "string" ? current.id : "";
  const rule = importRule(typeName);
  if (rule?.kind !== "composite" || typeof current[rule.endpointAttribute] === "string") return { id, state: current };
  const m = compositePattern(rule).exec(id);
  // The SDK reports a read error as a diagnostic whose summary is the error text.
  if (!m) return { diagnostics: [error(rule.error.replace("%s", id), "")] };
  return { id: m[2], state: { ...current, [rule.endpointAttribute]: m[1] } };
}

/**
 * The SCIM admin stand-in's filters: the shared parser (sandbox/standins/
 * scim-filter.ts) evaluated as the admin API sees its resources
 * (camelCase attributes, names matched ignoring case).
 *
 * Departures, for a stand-in: `eq`/`ne` compare case-sensitively (the domain
 * decides per attribute, from `caseExact`); `co`/`sw`/`ew` ignore case.
 */
import { evaluateScimFilter, parseScimFilterTree, type EvaluateOptions } from "../../../offline-provider/scim-filter-parser";

export { ScimFilterError } from "../../../offline-provider/scim-filter-parser";

export type ScimPredicate = (resource: Record<string, unknown>) => boolean;

const ADMIN_API: EvaluateOptions = {
  caseExact: true,
  keyOf: (obj, name) => Object.keys(obj).find((k) => k.toLowerCase() === name.toLowerCase()),
};

/** A predicate for `filter`; an absent or empty filter matches everything. */
export function parseScimFilter(filter: string | undefined): ScimPredicate {
  if (!filter || !filter.trim()) return () => true;
  const tree = parseScimFilterTree(filter);
  return (resource) => evaluateScimFilter(tree, resource, ADMIN_API);
}

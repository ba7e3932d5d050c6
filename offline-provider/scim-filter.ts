/**
 * SCIM filters as our constructs write them for the identity-domain list
 * data sources (`displayName eq "ServiceInvoker"`, `app.value eq "..." and
 * displayName eq "..."`), evaluated against world items in the provider's
 * shape: the shared parser (offline-provider/scim-filter-parser.ts), attribute names
 * mapped to the provider's snake_case (displayName -> display_name), string
 * comparison ignoring case (SCIM's default caseExact=false).
 */
import { evaluateScimFilter, parseScimFilterTree, type EvaluateOptions, type ScimFilter, type ScimValue } from "./scim-filter-parser";

export type Filter = ScimFilter;

/** The provider's attribute name for a SCIM one (camelCase -> snake_case). */
export function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

const PROVIDER_SHAPE: EvaluateOptions = {
  caseExact: false,
  keyOf: (obj, name) => (snakeCase(name) in obj ? snakeCase(name) : name in obj ? name : undefined),
};

export function parseFilter(text: string): Filter {
  return parseScimFilterTree(text);
}

export function matches(filter: Filter, item: unknown): boolean {
  return evaluateScimFilter(filter, item, PROVIDER_SHAPE);
}

/** The `path eq value` clauses every match must satisfy (the and-ed ones): what a synthetic item is built from. */
export function requiredEqualities(filter: Filter): { path: readonly string[]; value: ScimValue }[] {
  if (filter.op === "and") return [...requiredEqualities(filter.left), ...requiredEqualities(filter.right)];
  if (filter.op === "eq") return [{ path: filter.path, value: filter.value }];
  return [];
}

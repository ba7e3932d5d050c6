/**
 * SCIM filters (RFC 7644 §3.4.2.2) as our constructs write them for the
 * identity-domain list data sources: `displayName eq "ServiceInvoker"`,
 * `app.value eq "..." and displayName eq "..."`. Supports eq, ne, co, sw,
 * ew, pr, and, or, parentheses; string comparison ignores case (SCIM's
 * default caseExact=false). Attribute names map to the provider's snake_case
 * (displayName -> display_name); a multi-valued attribute matches when any
 * element does.
 */

export type Filter =
  | { readonly op: "and" | "or"; readonly left: Filter; readonly right: Filter }
  | { readonly op: "pr"; readonly path: readonly string[] }
  | { readonly op: "eq" | "ne" | "co" | "sw" | "ew"; readonly path: readonly string[]; readonly value: string | number | boolean | null };

const TOKEN = /\s*("(?:[^"\\]|\\.)*"|\(|\)|[^\s()]+)/y;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (TOKEN.lastIndex < text.length && (m = TOKEN.exec(text))) tokens.push(m[1]);
  if (text.slice(TOKEN.lastIndex).trim()) throw new Error(`cannot read SCIM filter at "${text.slice(TOKEN.lastIndex)}"`);
  return tokens;
}

export function parseFilter(text: string): Filter {
  const tokens = tokenize(text);
  let i = 0;
  const peek = (): string | undefined => tokens[i]?.toLowerCase();
  const parseOr = (): Filter => {
    let left = parseAnd();
    while (peek() === "or") {
      i++;
      left = { op: "or", left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): Filter => {
    let left = parseAtom();
    while (peek() === "and") {
      i++;
      left = { op: "and", left, right: parseAtom() };
    }
    return left;
  };
  const parseAtom = (): Filter => {
    if (tokens[i] === "(") {
      i++;
      const inner = parseOr();
      if (tokens[i++] !== ")") throw new Error(`SCIM filter "${text}": missing ")"`);
      return inner;
    }
    return parseComparison(tokens, i, text, (n) => (i = n));
  };
  const f = parseOr();
  if (i !== tokens.length) throw new Error(`SCIM filter "${text}": unexpected "${tokens[i]}"`);
  return f;
}

function parseComparison(tokens: string[], i: number, text: string, advance: (n: number) => void): Filter {
  const [attr, opToken] = [tokens[i], tokens[i + 1]?.toLowerCase()];
  if (!attr || !opToken) throw new Error(`SCIM filter "${text}": incomplete comparison`);
  const path = attr.split(".");
  if (opToken === "pr") {
    advance(i + 2);
    return { op: "pr", path };
  }
  if (!["eq", "ne", "co", "sw", "ew"].includes(opToken)) throw new Error(`SCIM filter "${text}": operator "${opToken}" is not supported offline`);
  const raw = tokens[i + 2];
  if (raw === undefined) throw new Error(`SCIM filter "${text}": missing value`);
  advance(i + 3);
  return { op: opToken as "eq", path, value: JSON.parse(raw) as string | number | boolean | null };
}

/** The provider's attribute name for a SCIM one (camelCase -> snake_case). */
export function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

function valuesAt(item: unknown, path: readonly string[]): unknown[] {
  if (path.length === 0) return Array.isArray(item) ? item : [item];
  if (Array.isArray(item)) return item.flatMap((e) => valuesAt(e, path));
  if (item === null || typeof item !== "object") return [];
  const obj = item as Record<string, unknown>;
  const v = obj[snakeCase(path[0])] ?? obj[path[0]];
  return v === undefined ? [] : valuesAt(v, path.slice(1));
}

function compare(op: string, actual: unknown, expected: unknown): boolean {
  const a = typeof actual === "string" ? actual.toLowerCase() : actual;
  const e = typeof expected === "string" ? expected.toLowerCase() : expected;
  if (op === "eq") return a === e;
  if (op === "ne") return a !== e;
  if (typeof a !== "string" || typeof e !== "string") return false;
  return op === "co" ? a.includes(e) : op === "sw" ? a.startsWith(e) : a.endsWith(e);
}

export function matches(filter: Filter, item: unknown): boolean {
  switch (filter.op) {
    case "and":
      return matches(filter.left, item) && matches(filter.right, item);
    case "or":
      return matches(filter.left, item) || matches(filter.right, item);
    case "pr":
      return valuesAt(item, filter.path).some((v) => v !== null && v !== "");
    default:
      if (filter.op === "ne") return !valuesAt(item, filter.path).some((v) => compare("eq", v, filter.value));
      return valuesAt(item, filter.path).some((v) => compare(filter.op, v, filter.value));
  }
}

/** The `path eq value` clauses every match must satisfy (the and-ed ones): what a synthetic item is built from. */
export function requiredEqualities(filter: Filter): { path: readonly string[]; value: string | number | boolean | null }[] {
  if (filter.op === "and") return [...requiredEqualities(filter.left), ...requiredEqualities(filter.right)];
  if (filter.op === "eq") return [{ path: filter.path, value: filter.value }];
  return [];
}

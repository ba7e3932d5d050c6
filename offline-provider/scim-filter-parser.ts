/**
 * SCIM filter expressions (RFC 7644, 3.4.2.2), the subset the identity
 * domain's admin API documents for its list endpoints ("Filtering" in the
 * identity domains REST API): `eq ne co sw ew gt ge lt le pr`, `and`, `or`,
 * `not (...)`, parentheses, dotted attribute paths (`app.value`,
 * `allowedScopes.fqs`). One parser for every stand-in: the SCIM admin API
 * (sandbox/standins/scim-admin) and the offline provider's list data sources
 * (offline-provider), each evaluating the tree with its own
 * attribute naming and case rule. A path through a multi-valued attribute
 * matches when any value matches, as SCIM specifies.
 */
import { ERROR_CODES, OicAccessError } from "../contract/errors";

export class ScimFilterError extends OicAccessError {
  readonly code = ERROR_CODES.scimFilter;
}

export type ScimValue = string | number | boolean | null;
export type ComparisonOp = "eq" | "ne" | "co" | "sw" | "ew" | "gt" | "ge" | "lt" | "le";

export type ScimFilter =
  | { readonly op: "and" | "or"; readonly left: ScimFilter; readonly right: ScimFilter }
  | { readonly op: "not"; readonly inner: ScimFilter }
  | { readonly op: "pr"; readonly path: readonly string[] }
  | { readonly op: ComparisonOp; readonly path: readonly string[]; readonly value: ScimValue };

type Token = { kind: "word" | "string" | "lparen" | "rparen"; text: string };

const OPERATORS = new Set<string>(["eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le"]);

function readString(filter: string, start: number): { text: string; end: number } {
  let text = "";
  let i = start + 1;
  while (i < filter.length && filter[i] !== '"') {
    if (filter[i] === "\\" && i + 1 < filter.length) i += 1;
    text += filter[i];
    i += 1;
  }
  if (i >= filter.length) throw new ScimFilterError(`unterminated string in filter: ${filter}`);
  return { text, end: i + 1 };
}

function tokenize(filter: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < filter.length) {
    const c = filter[i]!;
    if (/\s/.test(c)) i += 1;
    else if (c === "(" || c === ")") {
      tokens.push({ kind: c === "(" ? "lparen" : "rparen", text: c });
      i += 1;
    } else if (c === '"') {
      const s = readString(filter, i);
      tokens.push({ kind: "string", text: s.text });
      i = s.end;
    } else {
      const m = /^[^\s()"]+/.exec(filter.slice(i))!;
      tokens.push({ kind: "word", text: m[0] });
      i += m[0].length;
    }
  }
  return tokens;
}

class Parser {
  private at = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly source: string,
  ) {}

  parse(): ScimFilter {
    const f = this.or();
    if (this.at < this.tokens.length) throw new ScimFilterError(`unexpected "${this.tokens[this.at]!.text}" in filter: ${this.source}`);
    return f;
  }

  private peekWord(): string | undefined {
    const t = this.tokens[this.at];
    return t?.kind === "word" ? t.text.toLowerCase() : undefined;
  }

  private binary(op: "and" | "or", next: () => ScimFilter): ScimFilter {
    let left = next();
    while (this.peekWord() === op) {
      this.at += 1;
      left = { op, left, right: next() };
    }
    return left;
  }

  private or(): ScimFilter {
    return this.binary("or", () => this.and());
  }

  private and(): ScimFilter {
    return this.binary("and", () => this.primary());
  }

  private primary(): ScimFilter {
    const t = this.tokens[this.at];
    if (!t) throw new ScimFilterError(`filter ends too early: ${this.source}`);
    if (t.kind === "lparen" || (t.kind === "word" && t.text.toLowerCase() === "not")) {
      const negate = t.kind === "word";
      if (negate) this.at += 1;
      this.expect("lparen");
      const inner = this.or();
      this.expect("rparen");
      return negate ? { op: "not", inner } : inner;
    }
    return this.comparison();
  }

  private comparison(): ScimFilter {
    const path = this.tokens[this.at++];
    const op = this.tokens[this.at++];
    if (path?.kind !== "word" || op?.kind !== "word") throw new ScimFilterError(`expected "<attribute> <operator> <value>" in filter: ${this.source}`);
    const operator = op.text.toLowerCase();
    if (operator === "pr") return { op: "pr", path: path.text.split(".") };
    if (!OPERATORS.has(operator)) throw new ScimFilterError(`unknown operator "${op.text}" in filter: ${this.source}`);
    return { op: operator as ComparisonOp, path: path.text.split("."), value: this.value() };
  }

  private value(): ScimValue {
    const t = this.tokens[this.at++];
    if (!t) throw new ScimFilterError(`missing value in filter: ${this.source}`);
    if (t.kind === "string") return t.text;
    const w = t.text.toLowerCase();
    if (w === "true" || w === "false") return w === "true";
    if (w === "null") return null;
    if (t.kind === "word" && /^-?\d+(\.\d+)?$/.test(t.text)) return Number(t.text);
    throw new ScimFilterError(`value "${t.text}" must be a quoted string, true, false, null or a number: ${this.source}`);
  }

  private expect(kind: Token["kind"]): void {
    if (this.tokens[this.at]?.kind !== kind) throw new ScimFilterError(`expected "${kind === "lparen" ? "(" : ")"}" in filter: ${this.source}`);
    this.at += 1;
  }
}

export function parseScimFilterTree(filter: string): ScimFilter {
  return new Parser(tokenize(filter), filter).parse();
}

export interface EvaluateOptions {
  /** The key of `name` in an object (the provider's snake_case, or a case-insensitive match). */
  readonly keyOf: (obj: Record<string, unknown>, name: string) => string | undefined;
  /** `eq`/`ne` compare strings exactly (true) or ignoring case. `co`/`sw`/`ew` always ignore case. */
  readonly caseExact: boolean;
}

/** Every value at a path, flattening multi-valued attributes on the way; null and absent values dropped. */
function valuesAt(item: unknown, path: readonly string[], o: EvaluateOptions): unknown[] {
  let current: unknown[] = [item];
  for (const part of path) {
    const next: unknown[] = [];
    for (const v of current.flatMap((x) => (Array.isArray(x) ? x : [x]))) {
      if (!v || typeof v !== "object") continue;
      const key = o.keyOf(v as Record<string, unknown>, part);
      if (key !== undefined) next.push((v as Record<string, unknown>)[key]);
    }
    current = next;
  }
  return current.flatMap((x) => (Array.isArray(x) ? x : [x])).filter((x) => x !== undefined && x !== null);
}

function compare(op: ComparisonOp, actual: unknown, expected: ScimValue, caseExact: boolean): boolean {
  if (expected === null) return op === "ne" ? actual !== null : actual === null;
  if (typeof expected !== "string") return op === "ne" ? actual !== expected : op === "eq" && actual === expected;
  const fold = (s: string) => s.toLowerCase();
  const a = String(actual);
  const exactish = (x: string) => (caseExact ? x : fold(x));
  switch (op) {
    case "eq":
      return exactish(a) === exactish(expected);
    case "ne":
      return exactish(a) !== exactish(expected);
    case "co":
      return fold(a).includes(fold(expected));
    case "sw":
      return fold(a).startsWith(fold(expected));
    case "ew":
      return fold(a).endsWith(fold(expected));
    case "gt":
      return a > expected;
    case "ge":
      return a >= expected;
    case "lt":
      return a < expected;
    default:
      return a <= expected;
  }
}

export function evaluateScimFilter(filter: ScimFilter, item: unknown, o: EvaluateOptions): boolean {
  switch (filter.op) {
    case "and":
      return evaluateScimFilter(filter.left, item, o) && evaluateScimFilter(filter.right, item, o);
    case "or":
      return evaluateScimFilter(filter.left, item, o) || evaluateScimFilter(filter.right, item, o);
    case "not":
      return !evaluateScimFilter(filter.inner, item, o);
    case "pr":
      return valuesAt(item, filter.path, o).some((v) => v !== "");
    case "ne":
      return valuesAt(item, filter.path, o).every((v) => compare("ne", v, filter.value, o.caseExact));
    default:
      return valuesAt(item, filter.path, o).some((v) => compare(filter.op as ComparisonOp, v, filter.value, o.caseExact));
  }
}

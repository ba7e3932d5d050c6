/**
 * SCIM filter expressions (RFC 7644, 3.4.2.2), the subset the identity
 * domain's admin API documents for its list endpoints ("Filtering" in the
 * identity domains REST API): `eq ne co sw ew gt ge lt le pr`, `and`, `or`,
 * `not (...)`, parentheses, dotted attribute paths (`app.value`,
 * `allowedScopes.fqs`). A path through a multi-valued attribute matches when
 * any value matches, as SCIM specifies.
 *
 * Departures, for a stand-in: `eq`/`ne` compare case-sensitively (the domain
 * decides per attribute, from `caseExact`); `co`/`sw`/`ew` ignore case.
 */

export type ScimPredicate = (resource: Record<string, unknown>) => boolean;

export class ScimFilterError extends Error {}

type Token = { kind: "word" | "string" | "lparen" | "rparen"; text: string };

const OPERATORS = new Set(["eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le"]);

function tokenize(filter: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < filter.length) {
    const c = filter[i];
    if (/\s/.test(c)) i += 1;
    else if (c === "(" || c === ")") {
      tokens.push({ kind: c === "(" ? "lparen" : "rparen", text: c });
      i += 1;
    } else if (c === '"') {
      let text = "";
      i += 1;
      while (i < filter.length && filter[i] !== '"') {
        if (filter[i] === "\\" && i + 1 < filter.length) i += 1;
        text += filter[i];
        i += 1;
      }
      if (i >= filter.length) throw new ScimFilterError(`unterminated string in filter: ${filter}`);
      i += 1;
      tokens.push({ kind: "string", text });
    } else {
      const m = /^[^\s()"]+/.exec(filter.slice(i))!;
      tokens.push({ kind: "word", text: m[0] });
      i += m[0].length;
    }
  }
  return tokens;
}

/** Every value at a dotted path, flattening arrays on the way (case-insensitive names). */
export function valuesAt(resource: unknown, path: string): unknown[] {
  let current: unknown[] = [resource];
  for (const part of path.split(".")) {
    const next: unknown[] = [];
    for (const v of current.flatMap((x) => (Array.isArray(x) ? x : [x]))) {
      if (!v || typeof v !== "object") continue;
      const key = Object.keys(v).find((k) => k.toLowerCase() === part.toLowerCase());
      if (key !== undefined) next.push((v as Record<string, unknown>)[key]);
    }
    current = next;
  }
  return current.flatMap((x) => (Array.isArray(x) ? x : [x])).filter((x) => x !== undefined && x !== null);
}

function compare(op: string, actual: unknown, expected: string | boolean | number | null): boolean {
  if (expected === null) return op === "ne" ? actual !== null : actual === null;
  if (typeof expected !== "string") return op === "ne" ? actual !== expected : op === "eq" && actual === expected;
  const a = String(actual);
  switch (op) {
    case "eq":
      return a === expected;
    case "ne":
      return a !== expected;
    case "co":
      return a.toLowerCase().includes(expected.toLowerCase());
    case "sw":
      return a.toLowerCase().startsWith(expected.toLowerCase());
    case "ew":
      return a.toLowerCase().endsWith(expected.toLowerCase());
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

class Parser {
  private at = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly source: string,
  ) {}

  parse(): ScimPredicate {
    const p = this.or();
    if (this.at < this.tokens.length) throw new ScimFilterError(`unexpected "${this.tokens[this.at].text}" in filter: ${this.source}`);
    return p;
  }

  private peekWord(): string | undefined {
    const t = this.tokens[this.at];
    return t?.kind === "word" ? t.text.toLowerCase() : undefined;
  }

  private or(): ScimPredicate {
    const parts = [this.and()];
    while (this.peekWord() === "or") {
      this.at += 1;
      parts.push(this.and());
    }
    return parts.length === 1 ? parts[0] : (r) => parts.some((p) => p(r));
  }

  private and(): ScimPredicate {
    const parts = [this.primary()];
    while (this.peekWord() === "and") {
      this.at += 1;
      parts.push(this.primary());
    }
    return parts.length === 1 ? parts[0] : (r) => parts.every((p) => p(r));
  }

  private primary(): ScimPredicate {
    const t = this.tokens[this.at];
    if (!t) throw new ScimFilterError(`filter ends too early: ${this.source}`);
    if (t.kind === "lparen" || (t.kind === "word" && t.text.toLowerCase() === "not")) {
      const negate = t.kind === "word";
      if (negate) this.at += 1;
      this.expect("lparen");
      const inner = this.or();
      this.expect("rparen");
      return negate ? (r) => !inner(r) : inner;
    }
    return this.comparison();
  }

  private comparison(): ScimPredicate {
    const path = this.tokens[this.at++];
    const op = this.tokens[this.at++];
    if (path?.kind !== "word" || op?.kind !== "word") throw new ScimFilterError(`expected "<attribute> <operator> <value>" in filter: ${this.source}`);
    const operator = op.text.toLowerCase();
    if (operator === "pr") return (r) => valuesAt(r, path.text).length > 0;
    if (!OPERATORS.has(operator)) throw new ScimFilterError(`unknown operator "${op.text}" in filter: ${this.source}`);
    const expected = this.value();
    return (r) => {
      const values = valuesAt(r, path.text);
      if (operator === "ne") return values.every((v) => compare("ne", v, expected));
      return values.some((v) => compare(operator, v, expected));
    };
  }

  private value(): string | boolean | number | null {
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

/** A predicate for `filter`; an absent or empty filter matches everything. */
export function parseScimFilter(filter: string | undefined): ScimPredicate {
  if (!filter || !filter.trim()) return () => true;
  return new Parser(tokenize(filter), filter).parse();
}

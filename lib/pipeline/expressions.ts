/**
 * A small scanner for the expressions inside Terraform JSON strings.
 *
 * In Terraform's JSON syntax every string in an expression position is a
 * template: `${ ... }` interpolations and `%{ ... }` directives hold HCL
 * expressions, and string literals inside them may hold templates again.
 * The allow-list needs the *code* of every interpolation (function calls,
 * references) with the text of string literals left out, so that a literal
 * such as "Allow group x (read)" is never mistaken for a call, while a call
 * hidden in a nested template (`${upper("${file("x")}")}`) is still seen.
 */

/** The code of every interpolation/directive in a template string, nested ones included. */
export function templateExpressions(template: string): string[] {
  const out: string[] = [];
  scanTemplate(template, 0, out, false);
  return out;
}

function scanTemplate(s: string, start: number, out: string[], insideQuotes: boolean): number {
  let i = start;
  while (i < s.length) {
    const c = s[i];
    if (insideQuotes && c === "\\") {
      i += 2;
      continue;
    }
    if (insideQuotes && c === '"') return i + 1;
    // `$${` and `%%{` are escapes for a literal `${` / `%{`.
    if ((c === "$" || c === "%") && s[i + 1] === c && s[i + 2] === "{") {
      i += 3;
      continue;
    }
    if ((c === "$" || c === "%") && s[i + 1] === "{") {
      i = scanExpression(s, i + 2, out);
      continue;
    }
    i++;
  }
  return i;
}

function scanExpression(s: string, start: number, out: string[]): number {
  let depth = 0;
  let code = "";
  let i = start;
  while (i < s.length) {
    const c = s[i];
    if (c === '"') {
      i = scanTemplate(s, i + 1, out, true);
      code += '""';
      continue;
    }
    if (c === "{") depth++;
    if (c === "}") {
      if (depth === 0) {
        out.push(code);
        return i + 1;
      }
      depth--;
    }
    code += c;
    i++;
  }
  // Unterminated: Terraform rejects it anyway; keep what we saw for the checks.
  out.push(code);
  return i;
}

/** `name(` occurrences in expression code: built-in functions and `provider::x::f(` calls. */
export function functionCalls(code: string): string[] {
  const names: string[] = [];
  const re = /(?<![\w.:-])([A-Za-z_][A-Za-z0-9_-]*(?:::[A-Za-z_][A-Za-z0-9_-]*)*)\s*\(/g;
  for (const m of code.matchAll(re)) names.push(m[1]!);
  return names;
}

export interface Reference {
  /** `resource` or `data`. */
  readonly mode: "resource" | "data";
  readonly type: string;
  readonly name: string;
  /** Attribute names after the instance, e.g. `["client_secret"]`; empty for a whole-object reference. */
  readonly attributes: readonly string[];
  readonly text: string;
}

/**
 * References to resources or data sources of the given types in expression
 * code (`oci_x.name.attr`, `data.oci_y.name[0].attr`, `self.attr`).
 */
export function references(code: string, resourceTypes: ReadonlySet<string>, dataTypes: ReadonlySet<string>): Reference[] {
  const found: Reference[] = [];
  const re = /(?<![\w.-])(data\.)?([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_-]*)((?:\s*\[[^\]]*\])*)((?:\s*\.\s*[A-Za-z_][A-Za-z0-9_]*(?:\s*\[[^\]]*\])*)*)/g;
  for (const m of code.matchAll(re)) {
    const isData = Boolean(m[1]);
    const type = m[2]!;
    if (isData ? !dataTypes.has(type) : !resourceTypes.has(type)) continue;
    const attributes = [...(m[5] ?? "").matchAll(/\.\s*([A-Za-z_][A-Za-z0-9_]*)/g)].map((a) => a[1]!);
    found.push({ mode: isData ? "data" : "resource", type, name: m[3]!, attributes, text: m[0]!.trim() });
  }
  return found;
}

/** Attribute names after `self.` (lifecycle conditions, provisioners). */
export function selfAttributes(code: string): string[][] {
  const out: string[][] = [];
  for (const m of code.matchAll(/(?<![\w.-])self((?:\s*\.\s*[A-Za-z_][A-Za-z0-9_]*(?:\s*\[[^\]]*\])*)*)/g)) {
    out.push([...(m[1] ?? "").matchAll(/\.\s*([A-Za-z_][A-Za-z0-9_]*)/g)].map((a) => a[1]!));
  }
  return out;
}

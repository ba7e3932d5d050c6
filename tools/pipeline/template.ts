/**
 * The closed grammar of the templates check-config lets through: every JSON
 * string that Terraform evaluates (HCL's JSON syntax reads each one as a
 * template) must be literal text and `${...}` interpolations written exactly
 * as cdktf writes them, and nothing else:
 *
 *     template   = { literal | "${" expr "}" }
 *     literal    = any text without "${" (outside an interpolation), "$${" or "%{"
 *     expr       = call | reference | string | number | tuple | object
 *     call       = name "(" [ expr { ", " expr } ] ")"
 *     reference  = [ "data." ] type "." name step { step }
 *     step       = "." attribute | "[" digits "]" | "[" string "]"
 *     tuple      = "[" [ expr { ", " expr } ] "]"
 *     object     = "{" [ string " = " expr { ", " string " = " expr } ] "}"
 *     string     = '"' { any character but " \ $ % and control characters } '"'
 *
 * No other whitespace, no comments, no operators, no `%{` directives, no
 * `$${`/`%%{` escapes (Terraform's `$$${x}` is `$` followed by a literal
 * `${x}`: refusing every escape keeps each `${` an interpolation), no `~`
 * strip markers, no heredocs, no nested templates in strings, no `var.`,
 * `local.`, `self`, `each`, `count`, `path`, `terraform` or `provider::`
 * names. The grammar only says what a string *is*; check-config decides
 * which functions and references may appear.
 *
 * Why not a real HCL parser: the npm packages measured against the hostile
 * corpus either return no syntax tree (`hcl2-parser`, HCL 2.10 compiled with
 * GopherJS: it hands the expression back as source text) or recover from
 * errors for editors (`codemirror-lang-hcl`, a Lezer grammar: it parses
 * `file/**\/("x")` and `a . b` as a call and a traversal with comments and
 * spaces inside, exactly as Terraform does, and would need this same closed
 * list on top of its tree). A faithful parser accepts all of HCL; what the
 * check needs is the opposite: a language so small that its meaning is
 * obvious, which Terraform reads as a subset of its own.
 */
import { ERROR_CODES, OicAccessError } from "../../contract/errors";

export type Step = { readonly attr: string } | { readonly index: number } | { readonly key: string };

export type Expr =
  | { readonly kind: "reference"; readonly mode: "resource" | "data"; readonly type: string; readonly name: string; readonly steps: readonly Step[]; readonly text: string }
  | { readonly kind: "call"; readonly fn: string; readonly args: readonly Expr[] }
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "tuple"; readonly items: readonly Expr[] }
  | { readonly kind: "object"; readonly entries: readonly (readonly [string, Expr])[] };

export type Part = { readonly literal: string } | { readonly expr: Expr; readonly text: string };

export class TemplateError extends OicAccessError {
  readonly code = ERROR_CODES.configCheck;
}

/** True when Terraform would evaluate something in `text` (an interpolation, a directive or an escape). */
export function hasTemplateSyntax(text: string): boolean {
  return text.includes("${") || text.includes("%{");
}

/** Parses a template; throws a TemplateError naming the first thing outside the grammar. */
export function parseTemplate(text: string): Part[] {
  const parts: Part[] = [];
  let literal = "";
  let i = 0;
  while (i < text.length) {
    if (text.startsWith("$${", i)) throw new TemplateError(`escape "$\${" at character ${i} is not allowed (Terraform reads it as a literal "\${"; our stacks never write it)`);
    if (text.startsWith("%{", i)) throw new TemplateError(`template directive "%{" at character ${i} is not allowed`);
    if (text.startsWith("${", i)) {
      if (literal) parts.push({ literal });
      literal = "";
      const p = new ExprParser(text, i + 2);
      const expr = p.expr();
      if (text[p.i] !== "}") p.fail('expected "}" closing the interpolation');
      parts.push({ expr, text: text.slice(i, p.i + 1) });
      i = p.i + 1;
      continue;
    }
    literal += text[i];
    i++;
  }
  if (literal) parts.push({ literal });
  return parts;
}

const TYPE = /[a-z][a-z0-9_]*/y;
const NAME = /[A-Za-z_][A-Za-z0-9_-]*/y;
const ATTRIBUTE = /[a-z_][a-z0-9_]*/y;
const FUNCTION = /[a-z][a-z0-9_]*(?=\()/y;
const DIGITS = /0|[1-9][0-9]{0,8}/y;
// eslint-disable-next-line no-control-regex -- control characters are what the class excludes
const STRING = /"([^"\\$%\u0000-\u001f\u007f]*)"/y;
const NOT_ALLOWED_ROOTS: Record<string, string> = {
  var: "variables", local: "locals", self: "self", each: "each", count: "count", path: "path", terraform: "terraform", module: "module outputs",
};

class ExprParser {
  constructor(
    private readonly s: string,
    public i: number,
  ) {}

  fail(message: string): never {
    const c = this.s[this.i];
    const why = c === undefined ? "end of the text" : /\s/.test(c) ? "whitespace" : c === "#" || (c === "/" && /[/*]/.test(this.s[this.i + 1] ?? "")) ? "a comment" : JSON.stringify(c);
    throw new TemplateError(`${message}; found ${why} at character ${this.i}`);
  }

  private match(re: RegExp): string | undefined {
    re.lastIndex = this.i;
    const m = re.exec(this.s);
    if (!m) return undefined;
    this.i += m[0].length;
    return m[0];
  }

  private take(token: string): boolean {
    if (!this.s.startsWith(token, this.i)) return false;
    this.i += token.length;
    return true;
  }

  private list<T>(close: string, item: () => T): T[] {
    const out: T[] = [];
    if (this.take(close)) return out;
    for (;;) {
      out.push(item());
      if (this.take(close)) return out;
      if (!this.take(", ")) this.fail(`expected ", " or "${close}"`);
    }
  }

  expr(): Expr {
    const c = this.s[this.i];
    if (c === '"') return { kind: "string", value: this.string() };
    if (c === "[") {
      this.i++;
      return { kind: "tuple", items: this.list("]", () => this.expr()) };
    }
    if (c === "{") {
      this.i++;
      return {
        kind: "object",
        entries: this.list("}", () => {
          if (this.s[this.i] !== '"') this.fail("expected a quoted key");
          const key = this.string();
          if (!this.take(" = ")) this.fail('expected " = " after an object key');
          return [key, this.expr()] as const;
        }),
      };
    }
    if (c !== undefined && c >= "0" && c <= "9") {
      const digits = this.match(DIGITS)!;
      return { kind: "number", value: Number(digits) };
    }
    const fn = this.match(FUNCTION);
    if (fn !== undefined) {
      this.i++;
      return { kind: "call", fn, args: this.list(")", () => this.expr()) };
    }
    return this.reference();
  }

  private string(): string {
    const start = this.i;
    const m = this.match(STRING);
    if (m === undefined) {
      this.i = start;
      throw new TemplateError(`string at character ${start} holds an escape, a quote, "$", "%" or a control character (only plain text is allowed inside an interpolation)`);
    }
    return m.slice(1, -1);
  }

  private reference(): Expr {
    const start = this.i;
    const first = this.match(NAME);
    if (first === undefined) this.fail("expected a reference, a call, a string, a number, [ or {");
    if (first in NOT_ALLOWED_ROOTS) throw new TemplateError(`${first}.* (${NOT_ALLOWED_ROOTS[first]}) is not allowed in an expression`);
    if (first === "provider") throw new TemplateError("provider-defined functions are not allowed");
    const mode = first === "data" ? "data" : "resource";
    if (mode === "data" && !this.take(".")) this.fail('expected "." after data');
    this.i = mode === "data" ? this.i : start;
    const type = this.match(TYPE);
    if (type === undefined || !type.includes("_")) this.fail("expected a resource type");
    if (!this.take(".")) this.fail(`expected "." and a name after ${type}`);
    const name = this.match(NAME);
    if (name === undefined) this.fail(`expected a name after ${type}.`);
    const steps: Step[] = [];
    for (;;) {
      if (this.take(".")) {
        const attr = this.match(ATTRIBUTE);
        if (attr === undefined) this.fail("expected an attribute name after \".\"");
        steps.push({ attr });
      } else if (this.take("[")) {
        if (this.s[this.i] === '"') steps.push({ key: this.string() });
        else {
          const digits = this.match(DIGITS);
          if (digits === undefined) this.fail("expected an index (digits) or a quoted key");
          steps.push({ index: Number(digits) });
        }
        if (!this.take("]")) this.fail('expected "]"');
      } else break;
    }
    return { kind: "reference", mode, type, name, steps, text: this.s.slice(start, this.i) };
  }
}

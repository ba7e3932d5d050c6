/**
 * A strict JSON reader for configuration that Terraform will read: it accepts
 * only the JSON whose meaning cannot differ between this checker and
 * Terraform's JSON parser (HashiCorp HCL's `json` package), and refuses
 * everything where the two can read the same bytes differently. Measured with
 * Terraform 1.11.4 (test/pipeline/hostile-corpus.test.ts shows each case):
 *
 * - a key twice in one object, compared after unescaping (`"\u006cocals"` is
 *   `"locals"`): `JSON.parse` keeps the last, Terraform merges both blocks;
 * - a lone UTF-16 surrogate (`"\ud800"`): JavaScript keeps it, Terraform reads
 *   U+FFFD;
 * - a string that Unicode NFC normalization changes (`"\u212a"`, the Kelvin
 *   sign): Terraform normalizes every string to NFC, so the checker would
 *   compare a different text from the one Terraform uses;
 * - a number JavaScript cannot hold exactly (`12345678901234567890123`,
 *   `1e400`): Terraform keeps arbitrary precision, `JSON.parse` rounds (or
 *   makes Infinity, which JSON.stringify writes as null); only integers within
 *   ±(2^53-1) in their shortest form pass;
 * - a byte-order mark, bytes that are not UTF-8, and nesting deeper than
 *   {@link MAX_DEPTH} (a guard for this parser's stack, far above what any
 *   synthesized stack uses).
 *
 * Why not `JSON.parse` plus a reviver, or a library: a reviver sees objects
 * after duplicates were already dropped, and the JSON parsers on npm that
 * report duplicates (e.g. `@humanwhocodes/momoa`, an AST parser) leave the
 * surrogate, NFC and number rules to the caller anyway; this recursive-descent
 * reader is the JSON grammar (RFC 8259) plus those rules, in one small file.
 *
 * Objects are created without a prototype, so a key such as `__proto__` is a
 * plain key, as it is for Terraform.
 */
import { ERROR_CODES, OicAccessError } from "../../contract/errors";

export const MAX_DEPTH = 64;

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export class StrictJsonError extends OicAccessError {
  readonly code = ERROR_CODES.configCheck;
  constructor(
    message: string,
    /** Byte offset in the text (UTF-16 code units), for the one-line reason. */
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Decodes UTF-8 bytes strictly (no BOM, no invalid sequence) and parses them. */
export function parseStrictJsonBytes(bytes: Uint8Array): JsonValue {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    throw new StrictJsonError("starts with a byte-order mark (Terraform refuses it: \"Invalid start of value\")", 0);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new StrictJsonError("is not valid UTF-8", 0);
  }
  return parseStrictJson(text);
}

export function parseStrictJson(text: string): JsonValue {
  const p = new Parser(text);
  p.space();
  const value = p.value(0);
  p.space();
  if (p.i !== text.length) p.fail("unexpected text after the JSON value");
  return value;
}

const HEX = /^[0-9a-fA-F]{4}$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

class Parser {
  i = 0;
  constructor(private readonly s: string) {}

  fail(message: string, at: number = this.i): never {
    throw new StrictJsonError(`${message} (at character ${at})`, at);
  }

  space(): void {
    while (this.i < this.s.length) {
      const c = this.s[this.i];
      if (c !== " " && c !== "\t" && c !== "\n" && c !== "\r") return;
      this.i++;
    }
  }

  value(depth: number): JsonValue {
    if (depth > MAX_DEPTH) this.fail(`nested deeper than ${MAX_DEPTH} levels`);
    const c = this.s[this.i];
    if (c === "{") return this.object(depth + 1);
    if (c === "[") return this.array(depth + 1);
    if (c === '"') return this.string();
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return this.number();
    for (const [word, v] of [["true", true], ["false", false], ["null", null]] as const) {
      if (this.s.startsWith(word, this.i)) {
        this.i += word.length;
        return v;
      }
    }
    return this.fail(c === undefined ? "unexpected end of the text" : `unexpected ${JSON.stringify(c)}: a JSON value must start with {, [, ", a digit, true, false or null`);
  }

  object(depth: number): JsonObject {
    const start = this.i;
    this.i++;
    const out = Object.create(null) as JsonObject;
    const seen = new Set<string>();
    this.space();
    if (this.s[this.i] === "}") {
      this.i++;
      return out;
    }
    for (;;) {
      this.space();
      if (this.s[this.i] !== '"') this.fail("expected a quoted key");
      const keyAt = this.i;
      const key = this.string();
      if (seen.has(key)) this.fail(`duplicate key ${JSON.stringify(key)} in the object at character ${start} (Terraform would read both)`, keyAt);
      seen.add(key);
      this.space();
      if (this.s[this.i] !== ":") this.fail('expected ":" after a key');
      this.i++;
      this.space();
      out[key] = this.value(depth);
      this.space();
      const c = this.s[this.i];
      this.i++;
      if (c === "}") return out;
      if (c !== ",") this.fail('expected "," or "}" in an object', this.i - 1);
    }
  }

  array(depth: number): JsonValue[] {
    this.i++;
    const out: JsonValue[] = [];
    this.space();
    if (this.s[this.i] === "]") {
      this.i++;
      return out;
    }
    for (;;) {
      this.space();
      out.push(this.value(depth));
      this.space();
      const c = this.s[this.i];
      this.i++;
      if (c === "]") return out;
      if (c !== ",") this.fail('expected "," or "]" in an array', this.i - 1);
    }
  }

  string(): string {
    const start = this.i;
    this.i++;
    let out = "";
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined) this.fail("unterminated string", start);
      if (c === '"') break;
      const code = c.charCodeAt(0);
      if (code < 0x20) this.fail("control character in a string (write it escaped)");
      if (c === "\\") {
        const e = this.s[this.i + 1];
        if (e === "u") {
          const hex = this.s.slice(this.i + 2, this.i + 6);
          if (!HEX.test(hex)) this.fail("\\u must be followed by four hex digits");
          out += String.fromCharCode(parseInt(hex, 16));
          this.i += 6;
        } else if (e !== undefined && e in ESCAPES) {
          out += ESCAPES[e];
          this.i += 2;
        } else {
          this.fail(`invalid escape \\${e ?? ""}`);
        }
        continue;
      }
      out += c;
      this.i++;
    }
    this.i++;
    if (LONE_SURROGATE.test(out)) this.fail("string holds a lone UTF-16 surrogate (Terraform reads U+FFFD instead)", start);
    if (out.normalize("NFC") !== out) this.fail("string is not in Unicode NFC form (Terraform normalizes it, so it would read another text)", start);
    return out;
  }

  number(): number {
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.s);
    if (!m || m.index !== this.i) this.fail("invalid number");
    const text = m[0];
    this.i += text.length;
    const n = Number(text);
    if (!Number.isSafeInteger(n) || String(n) !== text) {
      this.fail(`number ${text.slice(0, 40)} is not an integer JavaScript holds exactly in its shortest form (Terraform keeps full precision)`, this.i - text.length);
    }
    return n;
  }
}

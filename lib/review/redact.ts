/**
 * Redaction of secret-bearing values before anything from a plan is shown.
 *
 * Two independent guards, because one mistake here publishes a client
 * secret in a pull request:
 * 1. values are masked structurally (attribute name on our deny list, or
 *    marked in before_sensitive / after_sensitive / sensitive_values);
 * 2. every secret value found in the plan is collected, and the finished
 *    text is scrubbed of any occurrence of it.
 */

import { MAX_NESTING, nestingError } from "./load-input";

export const REDACTED = "[redacted]";

/**
 * Attribute names that carry secrets in the OCI resources we use, whether or
 * not the provider marks them sensitive (`client_secret` is not marked).
 */
export const SECRET_ATTRIBUTES: ReadonlySet<string> = new Set([
  "client_secret",
  "hashed_client_secret",
  "key_store_password",
  "idcs_at",
  "access_token",
  "refresh_token",
  "secret_key",
  "client_app_secret",
  "private_key",
  "private_key_password",
  "pass_phrase",
  "password",
]);

/**
 * How a collected secret value is scrubbed from everything else:
 * - {@link MIN_SUBSTRING_SECRET} characters or more: every occurrence, also
 *   inside longer strings and object keys (`https://x/cb?s=<secret>`);
 * - {@link MIN_EXACT_SECRET} to MIN_SUBSTRING_SECRET - 1 characters: only a
 *   whole string value or key equal to it (a 5-character value as a
 *   substring would hit ordinary words, numbers and URLs everywhere);
 * - shorter: not scrubbed elsewhere (`true`, `443`, `0` marked sensitive
 *   would redact half the plan, and carry nothing worth hiding).
 * Where the value itself is marked sensitive or sits under a secret-bearing
 * name it is always redacted, whatever its length.
 */
export const MIN_SUBSTRING_SECRET = 8;
export const MIN_EXACT_SECRET = 4;

const PRIVATE_KEY_PEM = /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g;
const HAS_PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

function guard(depth: number): void {
  if (depth > MAX_NESTING) throw nestingError(undefined);
}

/**
 * A copy of `value` with secrets replaced by {@link REDACTED}: `mask` is the
 * matching before_sensitive / after_sensitive / sensitive_values tree
 * (`true` where the value is sensitive).
 */
export function redactValue(value: unknown, mask?: unknown, depth = 0): unknown {
  guard(depth);
  if (mask === true) return isEmpty(value) ? value : REDACTED;
  if (Array.isArray(value)) {
    const masks = Array.isArray(mask) ? mask : [];
    return value.map((item, i) => redactValue(item, masks[i], depth + 1));
  }
  if (isRecord(value)) {
    const masks = isRecord(mask) ? mask : {};
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      out[key] = SECRET_ATTRIBUTES.has(key) && !isEmpty(item) ? REDACTED : redactValue(item, masks[key], depth + 1);
    }
    return out;
  }
  if (typeof value === "string" && HAS_PRIVATE_KEY.test(value)) return REDACTED;
  return value;
}

/** Every secret value in `value` (by attribute name or mask), as strings, added to `into`. */
export function collectSecrets(value: unknown, mask: unknown, into: Set<string>, underSecret = false, depth = 0): void {
  guard(depth);
  if (underSecret || mask === true) {
    collectLeaves(value, into, depth);
    return;
  }
  if (Array.isArray(value)) {
    const masks = Array.isArray(mask) ? mask : [];
    for (let i = 0; i < value.length; i++) collectSecrets(value[i], masks[i], into, false, depth + 1);
    return;
  }
  if (isRecord(value)) {
    const masks = isRecord(mask) ? mask : {};
    for (const [key, item] of Object.entries(value)) {
      collectSecrets(item, masks[key], into, SECRET_ATTRIBUTES.has(key), depth + 1);
    }
  }
}

function collectLeaves(value: unknown, into: Set<string>, depth: number): void {
  guard(depth);
  if (typeof value === "string" || typeof value === "number") {
    const s = String(value);
    if (s.length >= MIN_EXACT_SECRET) into.add(s);
  } else if (Array.isArray(value)) {
    for (const v of value) collectLeaves(v, into, depth + 1);
  } else if (isRecord(value)) {
    for (const v of Object.values(value)) collectLeaves(v, into, depth + 1);
  }
}

/**
 * Where a secret-bearing attribute holds a value that is NOT marked
 * sensitive (so `terraform plan` prints it): the attribute paths, e.g.
 * `client_secret`.
 */
export function findClearSecrets(value: unknown, mask: unknown, path = "", found: string[] = [], depth = 0): string[] {
  guard(depth);
  if (mask === true) return found;
  if (Array.isArray(value)) {
    const masks = Array.isArray(mask) ? mask : [];
    for (let i = 0; i < value.length; i++) findClearSecrets(value[i], masks[i], `${path}[${i}]`, found, depth + 1);
  } else if (isRecord(value)) {
    const masks = isRecord(mask) ? mask : {};
    for (const [key, item] of Object.entries(value)) {
      const here = path ? `${path}.${key}` : key;
      if (SECRET_ATTRIBUTES.has(key) && !isEmpty(item) && masks[key] !== true) found.push(here);
      else findClearSecrets(item, masks[key], here, found, depth + 1);
    }
  }
  return found;
}

/**
 * All occurrences of many strings in one pass (Aho-Corasick): building
 * takes time linear in the total length of the patterns, a scan linear in
 * the text. Patterns are matched on UTF-16 code units, exactly.
 */
export class MultiMatcher {
  /** Goto function: key `state * 65536 + code unit` -> state. */
  private readonly edges = new Map<number, number>();
  /** Failure link of each state. */
  private readonly fail: Int32Array;
  /** Length of the longest pattern that ends in each state (0: none). */
  private readonly longest: Int32Array;
  /** Code units that start some pattern: lets the scan skip the rest at the root cheaply. */
  private readonly starts = new Uint8Array(65536);
  readonly patterns: number;

  constructor(patterns: Iterable<string>) {
    const depth: number[] = [0];
    const firstChild: number[] = [-1];
    const sibling: number[] = [-1];
    const unit: number[] = [0];
    const terminal: number[] = [0];
    let count = 0;
    for (const p of patterns) {
      if (p.length === 0) continue;
      count++;
      let state = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        const key = state * 65536 + c;
        let next = this.edges.get(key);
        if (next === undefined) {
          next = depth.length;
          depth.push(depth[state]! + 1);
          firstChild.push(-1);
          sibling.push(firstChild[state]!);
          firstChild[state] = next;
          unit.push(c);
          terminal.push(0);
          this.edges.set(key, next);
        }
        state = next;
      }
      terminal[state] = p.length;
      this.starts[p.charCodeAt(0)] = 1;
    }
    this.patterns = count;
    const n = depth.length;
    this.fail = new Int32Array(n);
    this.longest = new Int32Array(n);
    // Breadth first, so that a state's failure target (shallower) is complete before it.
    const queue = new Int32Array(n);
    let head = 0;
    let tail = 0;
    for (let child = firstChild[0]!; child !== -1; child = sibling[child]!) {
      this.fail[child] = 0;
      this.longest[child] = terminal[child]!;
      queue[tail++] = child;
    }
    while (head < tail) {
      const state = queue[head++]!;
      for (let child = firstChild[state]!; child !== -1; child = sibling[child]!) {
        const c = unit[child]!;
        let f = this.fail[state]!;
        let target = this.edges.get(f * 65536 + c);
        while (target === undefined && f !== 0) {
          f = this.fail[f]!;
          target = this.edges.get(f * 65536 + c);
        }
        this.fail[child] = target ?? 0;
        this.longest[child] = terminal[child]! || this.longest[this.fail[child]!]!;
        queue[tail++] = child;
      }
    }
  }

  /**
   * The text with every stretch covered by some pattern replaced by
   * `replacement` (overlapping or adjacent occurrences become one
   * replacement, so no fragment of either survives).
   */
  replaceAll(text: string, replacement: string): string {
    if (this.patterns === 0) return text;
    const starts: number[] = [];
    const ends: number[] = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (state === 0 && this.starts[c] === 0) continue;
      let next = this.edges.get(state * 65536 + c);
      while (next === undefined && state !== 0) {
        state = this.fail[state]!;
        next = this.edges.get(state * 65536 + c);
      }
      state = next ?? 0;
      const length = this.longest[state]!;
      if (length === 0) continue;
      // The longest match ending here covers every shorter one ending here.
      let start = i - length + 1;
      while (ends.length && start <= ends[ends.length - 1]! + 1) {
        start = Math.min(start, starts.pop()!);
        ends.pop();
      }
      starts.push(start);
      ends.push(i);
    }
    if (!starts.length) return text;
    let out = "";
    let from = 0;
    for (let k = 0; k < starts.length; k++) {
      out += text.slice(from, starts[k]) + replacement;
      from = ends[k]! + 1;
    }
    return out + text.slice(from);
  }
}

/**
 * Removes collected secret values from strings and from whole JSON-like
 * values (keys included), in time linear in the input; see
 * {@link MIN_SUBSTRING_SECRET} for how short values are treated.
 */
export class SecretScrubber {
  private readonly matcher: MultiMatcher;
  private readonly exact: ReadonlySet<string>;

  constructor(secrets: Iterable<string>, variants: (secret: string) => readonly string[] = () => []) {
    const long = new Set<string>();
    const exact = new Set<string>();
    for (const secret of secrets) {
      if (secret.length >= MIN_SUBSTRING_SECRET) {
        long.add(secret);
        for (const v of variants(secret)) long.add(v);
      } else if (secret.length >= MIN_EXACT_SECRET) exact.add(secret);
    }
    this.matcher = new MultiMatcher(long);
    this.exact = exact;
  }

  /** One string: PEM private keys, long secrets anywhere, short secrets when they are the whole string. */
  text(s: string): string {
    if (this.exact.has(s)) return REDACTED;
    const out = this.matcher.replaceAll(s, REDACTED);
    return out.includes("PRIVATE KEY-----") ? out.replace(PRIVATE_KEY_PEM, REDACTED) : out;
  }

  /** A copy of a JSON-like value with every string and key scrubbed (keys that collide get a suffix). */
  value(v: unknown, depth = 0): unknown {
    guard(depth);
    if (typeof v === "string") return this.text(v);
    if (typeof v === "number") return this.text(String(v)) !== String(v) ? REDACTED : v;
    if (Array.isArray(v)) return v.map((item) => this.value(item, depth + 1));
    if (isRecord(v)) {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(v)) {
        let k = this.text(key);
        for (let n = 2; k !== key && k in out; n++) k = `${this.text(key)} (${n})`;
        out[k] = this.value(item, depth + 1);
      }
      return out;
    }
    return v;
  }
}

/** The text with every known secret value and any PEM private key replaced; linear in text and secrets. */
export function scrubText(text: string, secrets: Iterable<string>): string {
  return new SecretScrubber(secrets).text(text);
}

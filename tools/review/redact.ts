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
 * (`true` where the value is sensitive). With `scrub`, every other string and
 * key is scrubbed of known secret values in the same walk.
 */
export function redactValue(value: unknown, mask?: unknown, scrub?: SecretScrubber): unknown {
  return redactWalk(value, mask, scrub, 0);
}

function redactWalk(value: unknown, mask: unknown, scrub: SecretScrubber | undefined, depth: number): unknown {
  guard(depth);
  if (mask === true) return isEmpty(value) ? value : REDACTED;
  if (Array.isArray(value)) {
    const masks = Array.isArray(mask) ? mask : [];
    return value.map((item, i) => redactWalk(item, masks[i], scrub, depth + 1));
  }
  if (isRecord(value)) {
    const masks = isRecord(mask) ? mask : {};
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const redacted = SECRET_ATTRIBUTES.has(key) && !isEmpty(item) ? REDACTED : redactWalk(item, masks[key], scrub, depth + 1);
      if (scrub) scrub.setKey(out, key, redacted);
      else out[key] = redacted;
    }
    return out;
  }
  if (typeof value === "string") {
    if (HAS_PRIVATE_KEY.test(value)) return REDACTED;
    return scrub ? scrub.text(value) : value;
  }
  return scrub ? scrub.value(value, depth) : value;
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
 * the text. Patterns are matched on UTF-16 code units, exactly. Transitions
 * live in typed arrays (a direct table for the root, an open-addressing hash
 * table for the rest), so that tens of thousands of secrets cost no garbage.
 */
export class MultiMatcher {
  /** Root transitions by code unit (0: none; the root is never a target). */
  private readonly root = new Int32Array(65536);
  /** Hash table of the other transitions: (state, code unit) -> state; keyState -1 = empty slot. */
  private readonly keyState: Int32Array;
  private readonly keyUnit: Uint16Array;
  private readonly target: Int32Array;
  private readonly mask: number;
  /** Failure link of each state. */
  private readonly fail: Int32Array;
  /** Length of the longest pattern that ends in each state (0: none). */
  private readonly longest: Int32Array;
  readonly patterns: number;

  constructor(patterns: Iterable<string>) {
    const list = [...new Set(patterns)].filter((p) => p.length > 0);
    this.patterns = list.length;
    let units = 0;
    for (const p of list) units += p.length;
    const states = units + 1;
    let capacity = 16;
    while (capacity < states * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.keyState = new Int32Array(capacity).fill(-1);
    this.keyUnit = new Uint16Array(capacity);
    this.target = new Int32Array(capacity);
    this.fail = new Int32Array(states);
    this.longest = new Int32Array(states);
    const terminal = new Int32Array(states);
    // Children as linked lists, for the breadth-first pass.
    const firstChild = new Int32Array(states).fill(-1);
    const sibling = new Int32Array(states).fill(-1);
    const unit = new Uint16Array(states);
    let count = 1;
    for (const p of list) {
      let state = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        let next = this.step(state, c);
        if (next === 0) {
          next = count++;
          sibling[next] = firstChild[state]!;
          firstChild[state] = next;
          unit[next] = c;
          if (state === 0) this.root[c] = next;
          else this.insert(state, c, next);
        }
        state = next;
      }
      terminal[state] = p.length;
    }
    // Breadth first, so that a state's failure target (shallower) is complete before it.
    const queue = new Int32Array(count);
    let head = 0;
    let tail = 0;
    for (let child = firstChild[0]!; child !== -1; child = sibling[child]!) {
      this.longest[child] = terminal[child]!;
      queue[tail++] = child;
    }
    while (head < tail) {
      const state = queue[head++]!;
      for (let child = firstChild[state]!; child !== -1; child = sibling[child]!) {
        const f = this.follow(this.fail[state]!, unit[child]!);
        this.fail[child] = f;
        this.longest[child] = terminal[child]! || this.longest[f]!;
        queue[tail++] = child;
      }
    }
  }

  private slot(state: number, c: number): number {
    return (Math.imul(state, 0x9e3779b1) ^ Math.imul(c + 1, 0x85ebca6b)) & this.mask;
  }

  private insert(state: number, c: number, next: number): void {
    let i = this.slot(state, c);
    while (this.keyState[i] !== -1) i = (i + 1) & this.mask;
    this.keyState[i] = state;
    this.keyUnit[i] = c;
    this.target[i] = next;
  }

  /** The transition from `state` on `c`, or 0 when there is none. */
  private step(state: number, c: number): number {
    if (state === 0) return this.root[c]!;
    for (let i = this.slot(state, c); ; i = (i + 1) & this.mask) {
      const k = this.keyState[i]!;
      if (k === -1) return 0;
      if (k === state && this.keyUnit[i] === c) return this.target[i]!;
    }
  }

  /** The state after reading `c` in `state`, following failure links. */
  private follow(state: number, c: number): number {
    for (;;) {
      const next = this.step(state, c);
      if (next !== 0 || state === 0) return next;
      state = this.fail[state]!;
    }
  }

  /**
   * The text with every stretch covered by some pattern replaced by
   * `replacement` (overlapping or adjacent occurrences become one
   * replacement, so no fragment of either survives).
   */
  replaceAll(text: string, replacement: string): string {
    if (this.patterns === 0) return text;
    let starts: number[] | undefined;
    let ends: number[] | undefined;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      state = state === 0 ? this.root[c]! : this.follow(state, c);
      if (state === 0) continue;
      const length = this.longest[state]!;
      if (length === 0) continue;
      starts ??= [];
      ends ??= [];
      // The longest match ending here covers every shorter one ending here.
      let start = i - length + 1;
      while (ends.length && start <= ends[ends.length - 1]! + 1) {
        start = Math.min(start, starts.pop()!);
        ends.pop();
      }
      starts.push(start);
      ends.push(i);
    }
    if (!starts || !ends) return text;
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
      for (const [key, item] of Object.entries(v)) this.setKey(out, key, this.value(item, depth + 1));
      return out;
    }
    return v;
  }

  /** `out[key] = item` with the key scrubbed; a scrubbed key that is taken already gets a suffix. */
  setKey(out: Record<string, unknown>, key: string, item: unknown): void {
    const scrubbed = this.text(key);
    let k = scrubbed;
    for (let n = 2; k !== key && Object.hasOwn(out, k); n++) k = `${scrubbed} (${n})`;
    out[k] = item;
  }
}

/** The text with every known secret value and any PEM private key replaced; linear in text and secrets. */
export function scrubText(text: string, secrets: Iterable<string>): string {
  return new SecretScrubber(secrets).text(text);
}

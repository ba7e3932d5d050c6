/**
 * Terraform's value model (go-cty), just enough of it for a test double:
 * type constraints as they appear in the schema JSON, values as plain JS
 * data plus two markers (an unknown value, a dynamically typed value).
 */

/** A cty type in its JSON form: `"string"`, `["list","string"]`, `["object",{...}]`, ... */
export type CtyType =
  | "string"
  | "number"
  | "bool"
  | "dynamic"
  | readonly ["list" | "set" | "map", CtyType]
  | readonly ["object", Readonly<Record<string, CtyType>>]
  | readonly ["tuple", readonly CtyType[]];

/**
 * A value not known until apply. `ext` keeps the msgpack extension that
 * carried it (code 0, or 12 with refinements) so that it is echoed back as
 * received: a provider must not drop refinements it was given.
 */
export class Unknown {
  constructor(readonly ext?: { readonly type: number; readonly data: Uint8Array }) {}
}

/** A value of a `"dynamic"` attribute: its concrete type travels with it. */
export class Dynamic {
  constructor(
    readonly type: CtyType,
    readonly value: Value,
  ) {}
}

export type Value = null | string | number | boolean | Unknown | Dynamic | Value[] | { [key: string]: Value };
export type ObjectValue = { [key: string]: Value };

export const UNKNOWN = new Unknown();

export function isObject(v: Value): v is ObjectValue {
  return v !== null && typeof v === "object" && !Array.isArray(v) && !(v instanceof Unknown) && !(v instanceof Dynamic);
}

export function isUnknown(v: Value): v is Unknown {
  return v instanceof Unknown;
}

/** True when no part of the value is unknown. */
export function isWhollyKnown(v: Value): boolean {
  if (v instanceof Unknown) return false;
  if (v instanceof Dynamic) return isWhollyKnown(v.value);
  if (Array.isArray(v)) return v.every(isWhollyKnown);
  if (isObject(v)) return Object.values(v).every(isWhollyKnown);
  return true;
}

export function kindOf(t: CtyType): string {
  return typeof t === "string" ? t : t[0];
}

/** Structural equality; an unknown equals nothing (not even another unknown). */
export function valuesEqual(a: Value, b: Value): boolean {
  if (a instanceof Unknown || b instanceof Unknown) return false;
  if (a instanceof Dynamic || b instanceof Dynamic) {
    return a instanceof Dynamic && b instanceof Dynamic && JSON.stringify(a.type) === JSON.stringify(b.type) && valuesEqual(a.value, b.value);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => valuesEqual(x, b[i]));
  }
  if (isObject(a) || isObject(b)) {
    if (!isObject(a) || !isObject(b)) return false;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => valuesEqual(a[k] ?? null, b[k] ?? null));
  }
  return a === b;
}

/** Set equality ignores order (cty sets are unordered). */
export function setsEqual(a: Value, b: Value): boolean {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return valuesEqual(a, b);
  return a.every((x) => b.some((y) => valuesEqual(x, y)));
}

/** A stable text form of a known value (used to seed synthetic values). */
export function canonicalJson(v: Value): string {
  if (v instanceof Unknown) return '"<unknown>"';
  if (v instanceof Dynamic) return canonicalJson(v.value);
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`;
  if (isObject(v)) {
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`).join(",")}}`;
  }
  return JSON.stringify(v);
}

/**
 * Converts loose JSON (a world file, a JSON state) to a value of type `t`:
 * object attributes the data lacks become null, extra ones are dropped,
 * scalars are converted the way Terraform converts them.
 */
export function conform(t: CtyType, v: unknown): Value {
  if (v === null || v === undefined) return null;
  if (v instanceof Unknown) return v;
  if (t === "string") return typeof v === "string" ? v : typeof v === "object" ? JSON.stringify(v) : String(v);
  if (t === "number") return typeof v === "number" ? v : Number(v);
  if (t === "bool") return typeof v === "boolean" ? v : v === "true";
  if (t === "dynamic") return v instanceof Dynamic ? v : new Dynamic(impliedType(v), v as Value);
  const [kind, arg] = t;
  if (kind === "list" || kind === "set") return Array.isArray(v) ? v.map((x) => conform(arg, x)) : [conform(arg, v)];
  if (kind === "tuple") return (arg as readonly CtyType[]).map((et, i) => conform(et, Array.isArray(v) ? v[i] : null));
  const src = (typeof v === "object" ? v : {}) as Record<string, unknown>;
  if (kind === "map") return Object.fromEntries(Object.entries(src).map(([k, x]) => [k, conform(arg as CtyType, x)]));
  const attrs = arg as Readonly<Record<string, CtyType>>;
  return Object.fromEntries(Object.entries(attrs).map(([k, at]) => [k, conform(at, src[k])]));
}

/** The type Terraform would infer for a JSON value (for dynamic attributes). */
export function impliedType(v: unknown): CtyType {
  if (typeof v === "string") return "string";
  if (typeof v === "number") return "number";
  if (typeof v === "boolean") return "bool";
  if (Array.isArray(v)) return ["tuple", v.map(impliedType)];
  if (v && typeof v === "object") return ["object", Object.fromEntries(Object.entries(v).map(([k, x]) => [k, impliedType(x)]))];
  return "dynamic";
}

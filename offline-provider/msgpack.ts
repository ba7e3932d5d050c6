/**
 * DynamicValue <-> Value, per Terraform's wire format
 * (docs/plugin-protocol/object-wire-format.md): objects and maps are msgpack
 * maps, lists/sets/tuples arrays, an unknown is any extension value (code 0
 * plain, code 12 refined), a "dynamic" value is [type JSON bytes, value].
 * Decoding is type-directed because only the type says which is which.
 */
import { decode, encode, ExtData } from "@msgpack/msgpack";
import { type CtyType, Dynamic, type Value, Unknown, isObject, conform, impliedType } from "./cty";
import { CodedError, ERROR_CODES } from "../contract/errors";

export interface WireDynamicValue {
  msgpack?: Uint8Array | Buffer;
  json?: Uint8Array | Buffer;
}

/** Decodes a DynamicValue (msgpack preferred, JSON as the protocol's fallback). */
export function decodeDynamic(t: CtyType, dv: WireDynamicValue | null | undefined): Value {
  if (dv?.msgpack && dv.msgpack.length > 0) return fromWire(t, decode(dv.msgpack));
  if (dv?.json && dv.json.length > 0) return conform(t, JSON.parse(Buffer.from(dv.json).toString("utf8")));
  return null;
}

export function encodeDynamic(t: CtyType, v: Value): { msgpack: Buffer } {
  return { msgpack: Buffer.from(encode(toWire(t, v))) };
}

function fromWire(t: CtyType, raw: unknown): Value {
  if (raw === null || raw === undefined) return null;
  if (raw instanceof ExtData) return new Unknown({ type: raw.type, data: raw.data instanceof Uint8Array ? raw.data : new Uint8Array() });
  if (t === "dynamic") return fromWireDynamic(raw);
  if (typeof t === "string") return fromWireScalar(t, raw);
  const [kind, arg] = t;
  if (kind === "list" || kind === "set") return (raw as unknown[]).map((x) => fromWire(arg, x));
  if (kind === "tuple") return (raw as unknown[]).map((x, i) => fromWire((arg as readonly CtyType[])[i] ?? "dynamic", x));
  const src = raw as Record<string, unknown>;
  if (kind === "map") return Object.fromEntries(Object.entries(src).map(([k, x]) => [k, fromWire(arg as CtyType, x)]));
  const attrs = arg as Readonly<Record<string, CtyType>>;
  return Object.fromEntries(Object.entries(attrs).map(([k, at]) => [k, fromWire(at, src[k])]));
}

function fromWireScalar(t: "string" | "number" | "bool", raw: unknown): Value {
  // cty sends numbers that do not fit a float64 as decimal strings.
  if (t === "number" && typeof raw === "string") return Number(raw);
  if (typeof raw === "bigint") return Number(raw);
  return raw as Value;
}

function fromWireDynamic(raw: unknown): Value {
  const [typeJson, inner] = raw as [Uint8Array, unknown];
  const type = JSON.parse(Buffer.from(typeJson).toString("utf8")) as CtyType;
  return new Dynamic(type, fromWire(type, inner));
}

function toWire(t: CtyType, v: Value): unknown {
  if (v === null) return null;
  if (v instanceof Unknown) return new ExtData(v.ext?.type ?? 0, v.ext?.data ?? new Uint8Array([0]));
  if (v instanceof Dynamic) return [Buffer.from(JSON.stringify(v.type)), toWire(v.type, v.value)];
  if (t === "dynamic") return toWire("dynamic", new Dynamic(impliedType(v), v));
  if (typeof t === "string") return v;
  const [kind, arg] = t;
  if (Array.isArray(v)) {
    return kind === "tuple" ? v.map((x, i) => toWire((arg as readonly CtyType[])[i] ?? "dynamic", x)) : v.map((x) => toWire(arg as CtyType, x));
  }
  if (!isObject(v)) throw new CodedError(ERROR_CODES.offlineProvider, `value ${String(v)} does not have type ${JSON.stringify(t)}`);
  if (kind === "map") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toWire(arg as CtyType, x)]));
  const attrs = arg as Readonly<Record<string, CtyType>>;
  return Object.fromEntries(Object.entries(attrs).map(([k, at]) => [k, toWire(at, v[k] ?? null)]));
}

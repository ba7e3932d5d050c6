/**
 * Values for what the real service would decide: every unknown left in a
 * planned state is replaced by a stable synthetic value of the right type.
 *
 * Deterministic: a value is derived from sha256(resource type, the
 * resource's configuration in canonical form, attribute path). Terraform
 * addresses are not part of it, so renaming a resource in the stack does not
 * change its ids, and regenerated fixtures are stable. Two resources of one
 * type with identical configuration get identical ids (the real service would
 * refuse such a duplicate anyway).
 */
import { createHash } from "node:crypto";
import { type CtyType, Dynamic, type ObjectValue, Unknown, type Value, isObject } from "./cty";
import type { JsonBlock } from "./schema";

export interface SynthContext {
  readonly typeName: string;
  /** Canonical JSON of the resource's configuration (the seed). */
  readonly seed: string;
  readonly region: string;
}

export const SYNTHETIC_TIME = "2025-01-01T00:00:00.000Z";

export function digest(ctx: SynthContext, path: readonly string[]): string {
  return createHash("sha256").update(`${ctx.typeName}\n${ctx.seed}\n${path.join(".")}`).digest("hex");
}

/** Replaces every unknown in a block value (attributes and nested blocks, at any depth). */
export function fillUnknowns(ctx: SynthContext, block: JsonBlock, value: ObjectValue, path: readonly string[] = []): ObjectValue {
  const out: ObjectValue = { ...value };
  for (const [name, attr] of Object.entries(block.attributes ?? {})) {
    out[name] = fillValue(ctx, attr.type ?? "dynamic", out[name] ?? null, [...path, name]);
  }
  for (const [name, nb] of Object.entries(block.block_types ?? {})) {
    const v = out[name] ?? null;
    if (Array.isArray(v)) out[name] = v.map((e, i) => (isObject(e) ? fillUnknowns(ctx, nb.block, e, [...path, name, String(i)]) : e));
    else if (isObject(v) && nb.nesting_mode === "map") out[name] = Object.fromEntries(Object.entries(v).map(([k, e]) => [k, isObject(e) ? fillUnknowns(ctx, nb.block, e, [...path, name, k]) : e]));
    else if (isObject(v)) out[name] = fillUnknowns(ctx, nb.block, v, [...path, name]);
  }
  return out;
}

function fillValue(ctx: SynthContext, t: CtyType, v: Value, path: string[]): Value {
  if (v instanceof Unknown) return synthesize(ctx, t, path);
  if (v === null || typeof v !== "object" || v instanceof Dynamic || typeof t === "string") return v;
  const [kind, arg] = t;
  if (Array.isArray(v)) return v.map((e, i) => fillValue(ctx, kind === "tuple" ? (arg as readonly CtyType[])[i] : (arg as CtyType), e, [...path, String(i)]));
  if (kind === "map") return Object.fromEntries(Object.entries(v).map(([k, e]) => [k, fillValue(ctx, arg as CtyType, e, [...path, k])]));
  const attrs = arg as Readonly<Record<string, CtyType>>;
  return Object.fromEntries(Object.entries(attrs).map(([k, at]) => [k, fillValue(ctx, at, v[k] ?? null, [...path, k])]));
}

/** A synthetic value of type `t` for the attribute at `path`. */
export function synthesize(ctx: SynthContext, t: CtyType, path: readonly string[]): Value {
  const name = [...path].reverse().find((p) => !/^\d+$/.test(p)) ?? "";
  if (t === "string") return syntheticString(ctx, name, path);
  if (t === "number") return NUMBERS[name] ?? 0;
  if (t === "bool") return BOOLS[name] ?? false;
  if (t === "dynamic") return null;
  const [kind, arg] = t;
  if (kind === "object") {
    const attrs = arg as Readonly<Record<string, CtyType>>;
    return Object.fromEntries(Object.entries(attrs).map(([k, at]) => [k, synthesize(ctx, at, [...path, k])]));
  }
  if (kind === "tuple") return (arg as readonly CtyType[]).map((et, i) => synthesize(ctx, et, [...path, String(i)]));
  // Unknown collections of computed data: empty (nothing sensible to invent).
  return kind === "map" ? {} : [];
}

const NUMBERS: Readonly<Record<string, number>> = { access_token_expiry: 3600, refresh_token_expiry: 604800, total_results: 0 };
const BOOLS: Readonly<Record<string, boolean>> = { is_fulfilled: true, is_primary: true };

/** OCID resource kinds of the resource types we declare (ocid1.<kind>.oc1..<unique>). */
const OCID_KINDS: Readonly<Record<string, string>> = {
  oci_kms_vault: "vault",
  oci_kms_key: "key",
  oci_kms_key_version: "keyversion",
  oci_functions_application: "fnapp",
  oci_functions_function: "fnfunc",
  oci_identity_policy: "policy",
  oci_identity_dynamic_group: "dynamicgroup",
  oci_logging_log: "log",
  oci_logging_log_group: "loggroup",
  oci_vault_secret: "vaultsecret",
  oci_artifacts_container_repository: "containerrepo",
  oci_integration_integration_instance: "integrationinstance",
};

/** ocid-valued attribute names (other than `id`) and the kind they name. */
const OCID_ATTRIBUTES: Readonly<Record<string, string>> = {
  compartment_id: "compartment",
  compartment_ocid: "compartment",
  tenancy_ocid: "tenancy",
  domain_ocid: "domain",
  domain_id: "domain",
  vault_id: "vault",
  key_id: "key",
  current_key_version: "keyversion",
  key_version_id: "keyversion",
  application_id: "fnapp",
};

/** Kinds whose OCIDs have no region part (ocid1.<kind>.oc1..<unique>). */
const GLOBAL_KINDS = new Set(["tenancy", "compartment", "policy", "dynamicgroup"]);

export function ocid(kind: string, hex: string, region?: string): string {
  // OCIDs are lower-case base32-ish; hex is a fine stand-in of the same alphabet subset.
  return `ocid1.${kind}.oc1.${region ? regionKey(region) : ""}.aaaaaaaa${hex.slice(0, 52)}`;
}

function regionKey(region: string): string {
  return { "us-ashburn-1": "iad", "us-phoenix-1": "phx", "eu-frankfurt-1": "fra", "uk-london-1": "lhr" }[region] ?? region;
}

/** A GUID-like id as identity domains use (32 hex digits). */
export function idcsId(hex: string): string {
  return hex.slice(0, 32);
}

function isIdentityDomainType(typeName: string): boolean {
  return typeName.startsWith("oci_identity_domains_");
}

function syntheticString(ctx: SynthContext, name: string, path: readonly string[]): string {
  const hex = digest(ctx, path);
  const special = SPECIAL_STRINGS[name]?.(ctx, hex);
  if (special !== undefined) return special;
  if (name === "id" || name === "ocid") return idString(ctx, hex, path.length === 1 || name === "ocid");
  if (OCID_ATTRIBUTES[name]) return ocid(OCID_ATTRIBUTES[name], hex, GLOBAL_KINDS.has(OCID_ATTRIBUTES[name]) ? undefined : ctx.region);
  if (/^time_|_date$|^created$|^last_modified$/.test(name)) return SYNTHETIC_TIME;
  if (/_url$|_uri$|^ref$|^location$/.test(name)) return `https://offline.invalid/${ctx.typeName}/${hex.slice(0, 12)}`;
  if (name.endsWith("_id") && isIdentityDomainType(ctx.typeName)) return idcsId(hex);
  return `${name}-${hex.slice(0, 12)}`;
}

function idString(ctx: SynthContext, hex: string, topLevel: boolean): string {
  if (isIdentityDomainType(ctx.typeName) || !topLevel) return idcsId(hex);
  const kind = OCID_KINDS[ctx.typeName] ?? ctx.typeName.replace(/^oci_/, "").replace(/_/g, "");
  return ocid(kind, hex, GLOBAL_KINDS.has(kind) ? undefined : ctx.region);
}

const SPECIAL_STRINGS: Readonly<Record<string, (ctx: SynthContext, hex: string) => string | undefined>> = {
  // A vault's two endpoints share its prefix, as real ones do.
  management_endpoint: (ctx) => `https://${digest(ctx, ["endpoints"]).slice(0, 12)}-management.kms.${ctx.region}.oraclecloud.com`,
  crypto_endpoint: (ctx) => `https://${digest(ctx, ["endpoints"]).slice(0, 12)}-crypto.kms.${ctx.region}.oraclecloud.com`,
  invoke_endpoint: (ctx, hex) => `https://${hex.slice(0, 12)}.${ctx.region}.functions.oci.oraclecloud.com`,
  client_secret: (_ctx, hex) => `idcscs-${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`,
  hashed_client_secret: (_ctx, hex) => hex,
  state: (ctx) => (ctx.typeName === "oci_kms_key" || ctx.typeName === "oci_kms_key_version" ? "ENABLED" : "ACTIVE"),
  shape: (ctx) => (ctx.typeName.startsWith("oci_functions_") ? "GENERIC_X86" : undefined),
};

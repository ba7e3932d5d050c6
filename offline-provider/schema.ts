/**
 * The provider schema in the `terraform providers schema -json` format
 * (provider/oci-schema.json), and what the protocol code derives from it:
 * the object type a block's values have, and a walk over attributes.
 */
import type { CtyType, Value } from "./cty";
import { conform, isObject } from "./cty";
import { CodedError, ERROR_CODES } from "../contract/errors";

export interface JsonAttribute {
  readonly type?: CtyType;
  readonly description?: string;
  readonly description_kind?: "plain" | "markdown";
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
  readonly deprecated?: boolean;
}

export type NestingMode = "single" | "list" | "set" | "map" | "group";

export interface JsonNestedBlock {
  readonly nesting_mode: NestingMode;
  readonly block: JsonBlock;
  readonly min_items?: number;
  readonly max_items?: number;
}

export interface JsonBlock {
  readonly attributes?: Readonly<Record<string, JsonAttribute>>;
  readonly block_types?: Readonly<Record<string, JsonNestedBlock>>;
  readonly description?: string;
  readonly description_kind?: "plain" | "markdown";
  readonly deprecated?: boolean;
}

export interface JsonSchema {
  readonly version: number;
  readonly block: JsonBlock;
}

export interface ProviderSchema {
  readonly provider: JsonSchema;
  readonly resource_schemas: Readonly<Record<string, JsonSchema>>;
  readonly data_source_schemas: Readonly<Record<string, JsonSchema>>;
}

export interface SchemaFile {
  readonly format_version: string;
  readonly provider_schemas: Readonly<Record<string, ProviderSchema>>;
}

export const OCI_PROVIDER_ADDRESS = "registry.terraform.io/oracle/oci";

export function ociSchema(file: SchemaFile): ProviderSchema {
  const schema = file.provider_schemas[OCI_PROVIDER_ADDRESS];
  if (!schema) throw new CodedError(ERROR_CODES.offlineProvider, `schema file has no ${OCI_PROVIDER_ADDRESS}`);
  return schema;
}

const typeCache = new WeakMap<JsonBlock, CtyType>();

/** The object type of a block's value (what msgpack values of it decode to). */
export function blockType(block: JsonBlock): CtyType {
  const cached = typeCache.get(block);
  if (cached) return cached;
  const attrs: Record<string, CtyType> = {};
  for (const [name, a] of Object.entries(block.attributes ?? {})) attrs[name] = a.type ?? "dynamic";
  for (const [name, nb] of Object.entries(block.block_types ?? {})) attrs[name] = nestedType(nb);
  const t: CtyType = ["object", attrs];
  typeCache.set(block, t);
  return t;
}

function nestedType(nb: JsonNestedBlock): CtyType {
  const inner = blockType(nb.block);
  switch (nb.nesting_mode) {
    case "single":
    case "group":
      return inner;
    case "list":
      return ["list", inner];
    case "set":
      return ["set", inner];
    case "map":
      return ["map", inner];
  }
}

/** Converts JSON (state, world) to a block value: every attribute and block present. */
export function conformBlock(block: JsonBlock, v: unknown): Value {
  const value = conform(blockType(block), v);
  return isObject(value) ? withEmptyBlocks(block, value) : value;
}

/** Absent list/set/map blocks are empty collections, not null, in Terraform's values. */
function withEmptyBlocks(block: JsonBlock, v: Record<string, Value>): Value {
  for (const [name, nb] of Object.entries(block.block_types ?? {})) {
    const cur = v[name];
    if (nb.nesting_mode === "list" || nb.nesting_mode === "set") {
      v[name] = Array.isArray(cur) ? cur.map((e) => (isObject(e) ? withEmptyBlocks(nb.block, e) : e)) : [];
    } else if (nb.nesting_mode === "map") {
      v[name] = isObject(cur) ? cur : {};
    } else if (isObject(cur)) {
      v[name] = withEmptyBlocks(nb.block, cur);
    }
  }
  return v;
}

/** Names of a block's arguments: attributes a configuration may set, and nested blocks. */
export function argumentNames(block: JsonBlock): string[] {
  const attrs = Object.entries(block.attributes ?? {})
    .filter(([, a]) => a.required || a.optional)
    .map(([n]) => n);
  return [...attrs, ...Object.keys(block.block_types ?? {})];
}

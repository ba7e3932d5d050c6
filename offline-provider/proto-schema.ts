/** The JSON schema (terraform providers schema -json) as protocol 5 Schema messages. */
import type { JsonAttribute, JsonBlock, JsonNestedBlock, JsonSchema } from "./schema";

export interface ProtoAttribute {
  name: string;
  type: Buffer;
  description: string;
  description_kind: "PLAIN" | "MARKDOWN";
  required: boolean;
  optional: boolean;
  computed: boolean;
  sensitive: boolean;
  deprecated: boolean;
}

export interface ProtoNestedBlock {
  type_name: string;
  block: ProtoBlock;
  nesting: "SINGLE" | "LIST" | "SET" | "MAP" | "GROUP";
  min_items: number;
  max_items: number;
}

export interface ProtoBlock {
  version: number;
  attributes: ProtoAttribute[];
  block_types: ProtoNestedBlock[];
  description: string;
  description_kind: "PLAIN" | "MARKDOWN";
  deprecated: boolean;
}

export interface ProtoSchema {
  version: number;
  block: ProtoBlock;
}

export function toProtoSchema(schema: JsonSchema): ProtoSchema {
  return { version: schema.version, block: toProtoBlock(schema.block, schema.version) };
}

function kind(k: "plain" | "markdown" | undefined): "PLAIN" | "MARKDOWN" {
  return k === "markdown" ? "MARKDOWN" : "PLAIN";
}

function toProtoBlock(block: JsonBlock, version = 0): ProtoBlock {
  return {
    version,
    attributes: Object.entries(block.attributes ?? {}).map(([name, a]) => toProtoAttribute(name, a)),
    block_types: Object.entries(block.block_types ?? {}).map(([name, nb]) => toProtoNested(name, nb)),
    description: block.description ?? "",
    description_kind: kind(block.description_kind),
    deprecated: block.deprecated ?? false,
  };
}

function toProtoAttribute(name: string, a: JsonAttribute): ProtoAttribute {
  return {
    name,
    type: Buffer.from(JSON.stringify(a.type ?? "dynamic")),
    description: a.description ?? "",
    description_kind: kind(a.description_kind),
    required: a.required ?? false,
    optional: a.optional ?? false,
    computed: a.computed ?? false,
    sensitive: a.sensitive ?? false,
    deprecated: a.deprecated ?? false,
  };
}

function toProtoNested(name: string, nb: JsonNestedBlock): ProtoNestedBlock {
  return {
    type_name: name,
    block: toProtoBlock(nb.block),
    nesting: nb.nesting_mode.toUpperCase() as ProtoNestedBlock["nesting"],
    min_items: nb.min_items ?? 0,
    max_items: nb.max_items ?? 0,
  };
}

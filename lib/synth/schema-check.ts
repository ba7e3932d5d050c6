/**
 * Checks a synthesized stack against the provider schema, since no provider
 * can be downloaded here to run `terraform validate`: known resource and
 * attribute names, required attributes and blocks present, block nesting and
 * shapes, value types, and no computed-only attribute set.
 */

/** Terraform's type expressions in `terraform providers schema -json`. */
type SchemaType = string | [string, SchemaType] | ["object", Record<string, SchemaType>];

interface SchemaAttribute {
  readonly type?: SchemaType;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
}
interface SchemaBlock {
  readonly attributes?: Record<string, SchemaAttribute>;
  readonly block_types?: Record<string, { readonly nesting_mode: string; readonly min_items?: number; readonly max_items?: number; readonly block: SchemaBlock }>;
}
export interface ProviderSchema {
  readonly provider_schemas: Record<
    string,
    {
      readonly provider: { readonly block: SchemaBlock };
      readonly resource_schemas: Record<string, { readonly block: SchemaBlock }>;
      readonly data_source_schemas: Record<string, { readonly block: SchemaBlock }>;
    }
  >;
}

/** Terraform meta-arguments, valid on every resource or data source. */
const META = new Set(["//", "alias", "count", "for_each", "depends_on", "provider", "lifecycle", "provisioner", "connection"]);

const isReference = (v: unknown) => typeof v === "string" && v.includes("${");

function typeProblem(value: unknown, type: SchemaType | undefined, where: string): string[] {
  if (type === undefined || isReference(value)) return [];
  if (type === "string") return typeof value === "string" ? [] : [`${where}: expected a string, got ${JSON.stringify(value)}`];
  if (type === "number") return typeof value === "number" ? [] : [`${where}: expected a number, got ${JSON.stringify(value)}`];
  if (type === "bool") return typeof value === "boolean" ? [] : [`${where}: expected a bool, got ${JSON.stringify(value)}`];
  if (type === "dynamic") return [];
  const [kind, inner] = type as [string, SchemaType | Record<string, SchemaType>];
  if (kind === "list" || kind === "set") {
    if (!Array.isArray(value)) return [`${where}: expected a ${kind}, got ${JSON.stringify(value)}`];
    return value.flatMap((v, i) => typeProblem(v, inner as SchemaType, `${where}[${i}]`));
  }
  if (kind === "map") {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return [`${where}: expected a map, got ${JSON.stringify(value)}`];
    return Object.entries(value).flatMap(([k, v]) => typeProblem(v, inner as SchemaType, `${where}.${k}`));
  }
  if (kind === "object") {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return [`${where}: expected an object, got ${JSON.stringify(value)}`];
    const fields = inner as Record<string, SchemaType>;
    return Object.entries(value).flatMap(([k, v]) => (k in fields ? typeProblem(v, fields[k], `${where}.${k}`) : [`${where}.${k}: not a field of this object`]));
  }
  return [];
}

function checkBlock(body: Record<string, unknown>, schema: SchemaBlock, where: string, topLevel: boolean): string[] {
  const problems: string[] = [];
  const attrs = schema.attributes ?? {};
  const blocks = schema.block_types ?? {};
  for (const [key, value] of Object.entries(body)) {
    if (topLevel && META.has(key)) continue;
    const attr = attrs[key];
    if (attr) {
      if (attr.computed && !attr.optional && !attr.required) problems.push(`${where}.${key}: is computed by the provider and cannot be set`);
      problems.push(...typeProblem(value, attr.type, `${where}.${key}`));
      continue;
    }
    const block = blocks[key];
    if (!block) {
      problems.push(`${where}.${key}: unknown attribute or block`);
      continue;
    }
    if (isReference(value)) continue;
    const items = Array.isArray(value) ? value : [value];
    if (block.nesting_mode === "single" && Array.isArray(value)) problems.push(`${where}.${key}: a single block, not a list`);
    if (block.max_items !== undefined && items.length > block.max_items) problems.push(`${where}.${key}: at most ${block.max_items} block(s), got ${items.length}`);
    items.forEach((item, i) => {
      const at = items.length > 1 ? `${where}.${key}[${i}]` : `${where}.${key}`;
      if (typeof item !== "object" || item === null) problems.push(`${at}: expected a block (object), got ${JSON.stringify(item)}`);
      else problems.push(...checkBlock(item as Record<string, unknown>, block.block, at, false));
    });
  }
  for (const [key, attr] of Object.entries(attrs)) {
    if (attr.required && !(key in body)) problems.push(`${where}.${key}: required attribute missing`);
  }
  for (const [key, block] of Object.entries(blocks)) {
    const value = body[key];
    const count = value === undefined ? 0 : Array.isArray(value) ? value.length : 1;
    if ((block.min_items ?? 0) > count) problems.push(`${where}.${key}: required block missing (at least ${block.min_items})`);
  }
  return problems;
}

/** Every problem of a synthesized stack (`cdk.tf.json` parsed) against the schema; empty when it conforms. */
export function checkAgainstSchema(stack: Record<string, unknown>, schema: ProviderSchema, providerSource = "registry.terraform.io/oracle/oci"): string[] {
  const provider = schema.provider_schemas[providerSource];
  if (!provider) return [`the schema has no provider ${providerSource}`];
  const problems: string[] = [];
  const sections: [string, Record<string, { readonly block: SchemaBlock }>, string][] = [
    ["resource", provider.resource_schemas, ""],
    ["data", provider.data_source_schemas, "data."],
  ];
  for (const [section, schemas, prefix] of sections) {
    const byType = (stack[section] ?? {}) as Record<string, Record<string, Record<string, unknown>>>;
    for (const [type, instances] of Object.entries(byType)) {
      const s = schemas[type];
      if (!s) {
        problems.push(`${prefix}${type}: not a ${section === "data" ? "data source" : "resource"} of the provider`);
        continue;
      }
      for (const [name, body] of Object.entries(instances)) problems.push(...checkBlock(body, s.block, `${prefix}${type}.${name}`, true));
    }
  }
  const providers = (stack.provider ?? {}) as Record<string, Record<string, unknown>[]>;
  for (const config of providers.oci ?? []) problems.push(...checkBlock(config, provider.provider.block, "provider.oci", true));
  return problems;
}

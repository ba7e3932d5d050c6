/**
 * ReadDataSource: the world file first, then synthetic answers.
 *
 * - Identity-domain list data sources (app roles, users, groups, apps,
 *   certificates) apply their SCIM filter to the world's items; with no
 *   world items of that kind they answer one synthetic item built from the
 *   filter's `eq` clauses (so `displayName eq "ServiceInvoker"` finds one
 *   ServiceInvoker role), or nothing when the filter has none.
 * - Other data sources: the world entry matching the given arguments, else
 *   plausible synthetic values (an integration instance gets a consistent
 *   instance URL, audience and IAM app id; computed lists are empty).
 */
import { type CtyType, type ObjectValue, type Value, canonicalJson, conform, isObject } from "./cty";
import { type Diagnostic, error } from "./diagnostics";
import { unknownComputed } from "./plan";
import { type JsonSchema, conformBlock } from "./schema";
import { type Filter, matches, parseFilter, requiredEqualities, snakeCase } from "./scim-filter";
import { type SynthContext, digest, fillUnknowns, idcsId, synthesize } from "./synthetic";
import type { World, WorldObject } from "./world";

export interface ReadInput {
  readonly typeName: string;
  readonly schema: JsonSchema;
  readonly config: ObjectValue;
  readonly world: World;
  readonly region: string;
}

export interface ReadResult {
  readonly state: Value;
  readonly diagnostics: Diagnostic[];
}

/** The SCIM list data sources: which argument holds the filter, which attribute the items. */
export const SCIM_LISTS: Readonly<Record<string, { filter: string; list: string }>> = {
  oci_identity_domains_app_roles: { filter: "app_role_filter", list: "app_roles" },
  oci_identity_domains_users: { filter: "user_filter", list: "users" },
  oci_identity_domains_groups: { filter: "group_filter", list: "groups" },
  oci_identity_domains_apps: { filter: "app_filter", list: "apps" },
  oci_identity_domains_oauth_client_certificates: { filter: "oauth_client_certificate_filter", list: "oauth_client_certificates" },
};

export function readDataSource(input: ReadInput): ReadResult {
  const ctx: SynthContext = { typeName: input.typeName, seed: canonicalJson(input.config), region: input.region };
  try {
    const found = SCIM_LISTS[input.typeName] ? readScimList(input, ctx) : readSingle(input, ctx);
    if ("diagnostics" in found) return found;
    return { state: completeWithSynthetic(input, ctx, found.value), diagnostics: [] };
  } catch (err) {
    return { state: null, diagnostics: [error("Offline provider could not answer the data source", `${input.typeName}: ${err instanceof Error ? err.message : String(err)}`)] };
  }
}

/** Config plus found attributes, then every computed attribute still null gets a synthetic value. */
function completeWithSynthetic(input: ReadInput, ctx: SynthContext, found: WorldObject): Value {
  const merged = { ...found, ...definedArguments(input.config) };
  const value = conformBlock(input.schema.block, merged);
  if (!isObject(value)) return value;
  return fillUnknowns(ctx, input.schema.block, unknownComputed(input.schema.block, value));
}

function definedArguments(config: ObjectValue): ObjectValue {
  return Object.fromEntries(Object.entries(config).filter(([, v]) => v !== null));
}

function readSingle(input: ReadInput, ctx: SynthContext): { value: WorldObject } | ReadResult {
  const entries = input.world.dataSources?.[input.typeName];
  if (entries) {
    const given = Object.entries(definedArguments(input.config));
    const hit = entries.find((e) => given.every(([k, v]) => !(k in e) || canonicalJson(conform(typeOf(input, k), e[k])) === canonicalJson(v)));
    if (!hit) {
      const detail = `${input.typeName} with ${given.map(([k, v]) => `${k} = ${canonicalJson(v)}`).join(", ")} is not in the world file`;
      return { state: null, diagnostics: [error("404-NotAuthorizedOrNotFound (offline provider)", detail)] };
    }
    return { value: hit };
  }
  return { value: SYNTHETIC_SINGLES[input.typeName]?.(input, ctx) ?? {} };
}

function typeOf(input: ReadInput, attr: string): CtyType {
  return input.schema.block.attributes?.[attr]?.type ?? "dynamic";
}

function readScimList(input: ReadInput, ctx: SynthContext): { value: WorldObject } {
  const { filter: filterArg, list } = SCIM_LISTS[input.typeName];
  const text = input.config[filterArg];
  const filter = typeof text === "string" && text.trim() ? parseFilter(text) : undefined;
  const worldItems = input.world.scim?.[input.typeName];
  const endpoint = input.config.idcs_endpoint;
  const items = worldItems
    ? worldItems.filter((it) => (it.idcs_endpoint === undefined || it.idcs_endpoint === endpoint) && (!filter || matches(filter, it)))
    : syntheticItems(input, ctx, list, filter);
  return {
    value: { [list]: items, total_results: items.length, items_per_page: items.length, start_index: input.config.start_index ?? 1, schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"] },
  };
}

function syntheticItems(input: ReadInput, ctx: SynthContext, list: string, filter: Filter | undefined): Value[] {
  const equalities = filter ? requiredEqualities(filter) : [];
  if (equalities.length === 0) return [];
  const listType = typeOf(input, list);
  const elementType: CtyType = Array.isArray(listType) ? (listType[1] as CtyType) : "dynamic";
  let item = synthesize(ctx, elementType, [list, "0"]);
  for (const eq of equalities) item = setAt(elementType, item, eq.path.map(snakeCase), eq.value);
  if (isObject(item) && "idcs_endpoint" in item) item.idcs_endpoint = input.config.idcs_endpoint ?? null;
  return [item];
}

/** Sets the attribute at a SCIM path inside a synthetic item (a list of objects gets one element). */
function setAt(t: CtyType, v: Value, path: readonly string[], value: string | number | boolean | null): Value {
  if (path.length === 0) return value;
  if (!Array.isArray(t) || (!isObject(v) && !Array.isArray(v))) return v;
  if (t[0] === "list" || t[0] === "set") {
    const first = Array.isArray(v) && v.length > 0 ? v[0] : conform(t[1] as CtyType, {});
    return [setAt(t[1] as CtyType, first, path, value)];
  }
  if (t[0] !== "object" || !isObject(v)) return v;
  const attrs = t[1] as Readonly<Record<string, CtyType>>;
  const [head, ...rest] = path;
  if (!(head in attrs)) return v;
  return { ...v, [head]: setAt(attrs[head], v[head] ?? null, rest, value) };
}

/** Synthetic answers for single-object data sources that need more than generic values. */
const SYNTHETIC_SINGLES: Readonly<Record<string, (input: ReadInput, ctx: SynthContext) => WorldObject>> = {
  oci_integration_integration_instance: (input, ctx) => {
    const hex = digest(ctx, ["instance"]);
    const host = `oic-${hex.slice(0, 8)}-ia.integration.${input.region}.ocp.oraclecloud.com`;
    const appId = idcsId(digest(ctx, ["idcs_app_id"]));
    return {
      id: input.config.integration_instance_id,
      display_name: `oic-${hex.slice(0, 8)}`,
      instance_url: `https://${host}`,
      instance_design_time_url: `https://design.${host}`,
      state: "ACTIVE",
      idcs_info: [
        {
          idcs_app_id: appId,
          idcs_app_name: `OIC_${hex.slice(0, 8).toUpperCase()}_APPID`,
          idcs_app_display_name: `oic-${hex.slice(0, 8)}`,
          idcs_app_location_url: `https://idcs-${hex.slice(32, 64)}.identity.oraclecloud.com/admin/v1/Apps/${appId}`,
          instance_primary_audience_url: `https://${host}:443`,
        },
      ],
    };
  },
};

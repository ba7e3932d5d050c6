/**
 * The tfplugin5 Provider service of the offline OCI provider: requests and
 * responses as @grpc/proto-loader objects (snake_case fields, enums as
 * strings), the behaviour in plan.ts, synthetic.ts, data-sources.ts.
 */
import { type ObjectValue, type Value, canonicalJson, isObject } from "./cty";
import { readDataSource } from "./data-sources";
import { type AttributePath, type Diagnostic, error } from "./diagnostics";
import { type WireDynamicValue, decodeDynamic, encodeDynamic } from "./msgpack";
import { planResourceChange } from "./plan";
import { type ProtoSchema, toProtoSchema } from "./proto-schema";
import { readResource } from "./read";
import { RemoteStore, plainJson } from "./remote";
import { type JsonSchema, type ProviderSchema, blockType, conformBlock } from "./schema";
import { serverDerived } from "./server-derived";
import { fillUnknowns } from "./synthetic";
import { validateConfig } from "./validate";
import type { World, WorldObject } from "./world";

type DV = WireDynamicValue | null | undefined;
type Diags = { diagnostics: Diagnostic[] };

export interface PlanRequest {
  type_name: string;
  prior_state?: DV;
  proposed_new_state?: DV;
  config?: DV;
  prior_private?: Buffer;
}

export interface ApplyRequest {
  type_name: string;
  prior_state?: DV;
  planned_state?: DV;
  config?: DV;
  planned_private?: Buffer;
}

const DEFAULT_REGION = "us-ashburn-1";

/** Connections remembered at most (a provider attached for a whole test file serves a few hundred). */
const MAX_CONNECTIONS = 1000;

export class OfflineProvider {
  /** The configured region per connection (one Terraform provider instance each); see server.ts. */
  private readonly regions = new Map<string, string>();
  private schemaResponse?: Record<string, unknown>;

  private readonly remote: RemoteStore;

  constructor(
    private readonly schema: ProviderSchema,
    private readonly world: World,
    /** The service's objects (remote.ts); in memory when not given. */
    remoteFile?: string,
  ) {
    this.remote = new RemoteStore(world, remoteFile);
  }

  getMetadata(): Record<string, unknown> {
    return {
      server_capabilities: { plan_destroy: true },
      diagnostics: [],
      resources: Object.keys(this.schema.resource_schemas).map((type_name) => ({ type_name })),
      data_sources: Object.keys(this.schema.data_source_schemas).map((type_name) => ({ type_name })),
    };
  }

  getSchema(): Record<string, unknown> {
    const convert = (m: Readonly<Record<string, JsonSchema>>): Record<string, ProtoSchema> => Object.fromEntries(Object.entries(m).map(([k, s]) => [k, toProtoSchema(s)]));
    this.schemaResponse ??= {
      provider: toProtoSchema(this.schema.provider),
      resource_schemas: convert(this.schema.resource_schemas),
      data_source_schemas: convert(this.schema.data_source_schemas),
      diagnostics: [],
      // plan_destroy: Terraform asks us to plan destroys too (we agree with a null plan).
      server_capabilities: { plan_destroy: true },
    };
    return this.schemaResponse;
  }

  prepareProviderConfig(req: { config?: DV }): Record<string, unknown> {
    return { prepared_config: req.config, diagnostics: [] };
  }

  configure(req: { config?: DV }, connection = ""): Diags {
    const config = decodeDynamic(blockType(this.schema.provider.block), req.config);
    if (isObject(config) && typeof config.region === "string") {
      if (this.regions.size >= MAX_CONNECTIONS) this.regions.delete(this.regions.keys().next().value!);
      this.regions.set(connection, config.region);
    }
    return { diagnostics: [] };
  }

  private region(connection: string): string {
    return this.regions.get(connection) ?? DEFAULT_REGION;
  }

  validateResourceTypeConfig(req: { type_name: string; config?: DV }): Diags {
    return this.validate(this.schema.resource_schemas, "resource", req);
  }

  validateDataSourceConfig(req: { type_name: string; config?: DV }): Diags {
    return this.validate(this.schema.data_source_schemas, "data source", req);
  }

  private validate(schemas: Readonly<Record<string, JsonSchema>>, what: string, req: { type_name: string; config?: DV }): Diags {
    const schema = schemas[req.type_name];
    if (!schema) return { diagnostics: [unsupported(what, req.type_name)] };
    return { diagnostics: validateConfig(schema.block, decodeDynamic(blockType(schema.block), req.config)) };
  }

  upgradeResourceState(req: { type_name: string; raw_state?: { json?: Buffer; flatmap?: Record<string, string> } }): Record<string, unknown> {
    const schema = this.schema.resource_schemas[req.type_name];
    if (!schema) return { diagnostics: [unsupported("resource", req.type_name)] };
    const json = req.raw_state?.json;
    if (!json || json.length === 0) {
      return { diagnostics: [error("Unsupported state format", "the offline provider reads JSON state only (no legacy flatmap)")] };
    }
    // Our schemas have one version: upgrading is re-reading the JSON with the current schema.
    const value = conformBlock(schema.block, JSON.parse(json.toString("utf8")));
    return { upgraded_state: encodeDynamic(blockType(schema.block), value), diagnostics: [] };
  }

  readResource(req: { type_name: string; current_state?: DV; private?: Buffer }): Record<string, unknown> {
    const schema = this.schema.resource_schemas[req.type_name];
    if (!schema) return { diagnostics: [unsupported("resource", req.type_name)] };
    const t = blockType(schema.block);
    const outcome = readResource(req.type_name, schema, decodeDynamic(t, req.current_state), this.remote);
    if ("diagnostics" in outcome) return { diagnostics: outcome.diagnostics };
    return { new_state: encodeDynamic(t, outcome.state), private: req.private, diagnostics: [] };
  }

  planResourceChange(req: PlanRequest): Record<string, unknown> {
    const schema = this.schema.resource_schemas[req.type_name];
    if (!schema) return { diagnostics: [unsupported("resource", req.type_name)] };
    const t = blockType(schema.block);
    const result = planResourceChange({
      typeName: req.type_name,
      schema,
      prior: decodeDynamic(t, req.prior_state),
      proposed: decodeDynamic(t, req.proposed_new_state),
    });
    const requires_replace: AttributePath[] = result.requiresReplace;
    return { planned_state: encodeDynamic(t, result.planned), requires_replace, planned_private: req.prior_private, diagnostics: [] };
  }

  applyResourceChange(req: ApplyRequest, connection = ""): Record<string, unknown> {
    const schema = this.schema.resource_schemas[req.type_name];
    if (!schema) return { diagnostics: [unsupported("resource", req.type_name)] };
    const t = blockType(schema.block);
    const planned = decodeDynamic(t, req.planned_state);
    if (!isObject(planned)) {
      const prior = decodeDynamic(t, req.prior_state);
      if (isObject(prior) && typeof prior.id === "string") this.remote.delete(req.type_name, prior.id);
      return { new_state: encodeDynamic(t, null), diagnostics: [] }; // destroy
    }
    const config = decodeDynamic(t, req.config);
    const ctx = { typeName: req.type_name, seed: canonicalJson(config), region: this.region(connection) };
    const applied = fillUnknowns(ctx, schema.block, serverDerived(req.type_name, planned));
    // What the service now holds: the next refresh reads this back.
    if (typeof applied.id === "string") this.remote.put(req.type_name, applied.id, plainJson(applied) as WorldObject);
    return { new_state: encodeDynamic(t, applied), private: req.planned_private, diagnostics: [] };
  }

  importResourceState(req: { type_name: string; id: string }): Record<string, unknown> {
    const schema = this.schema.resource_schemas[req.type_name];
    if (!schema) return { diagnostics: [unsupported("resource", req.type_name)] };
    // schema.ImportStatePassthrough, as every type of ours: the id as given; the read
    // Terraform calls next parses it (read.ts) and finds the object, or not.
    const state: Value = conformBlock(schema.block, { id: req.id });
    return { imported_resources: [{ type_name: req.type_name, state: encodeDynamic(blockType(schema.block), state) }], diagnostics: [] };
  }

  readDataSource(req: { type_name: string; config?: DV }, connection = ""): Record<string, unknown> {
    const schema = this.schema.data_source_schemas[req.type_name];
    if (!schema) return { diagnostics: [unsupported("data source", req.type_name)] };
    const t = blockType(schema.block);
    const config = decodeDynamic(t, req.config);
    const result = readDataSource({ typeName: req.type_name, schema, config: (isObject(config) ? config : {}) as ObjectValue, world: this.world, region: this.region(connection) });
    return { state: encodeDynamic(t, result.state), diagnostics: result.diagnostics };
  }
}

function unsupported(what: string, typeName: string): Diagnostic {
  return error(`Unsupported ${what} type`, `The offline OCI provider serves the committed schema subset (provider/oci-schema.json), which has no ${what} "${typeName}".`);
}

/**
 * The gRPC server of the plugin process: the tfplugin5 Provider service plus
 * what go-plugin's host side calls (health, stdio, controller, broker).
 */
import { join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";
import type { OfflineProvider } from "./provider";

export interface RpcStats {
  /** Milliseconds spent in handlers, and calls, per RPC. */
  readonly byRpc: Record<string, { calls: number; ms: number }>;
}

export interface ServerHooks {
  /** Called when Terraform asks the plugin to exit (GRPCController.Shutdown). */
  onShutdown(): void;
}

const LOADER_OPTIONS: protoLoader.Options = { keepCase: true, longs: Number, enums: String, defaults: false, arrays: true, oneofs: true };

type ServiceDefinition = grpc.ServiceDefinition;

function loadServices(protoDir: string): { provider: ServiceDefinition; health: ServiceDefinition; stdio: ServiceDefinition; controller: ServiceDefinition; broker: ServiceDefinition } {
  const load = (file: string): grpc.GrpcObject => grpc.loadPackageDefinition(protoLoader.loadSync(join(protoDir, file), LOADER_OPTIONS));
  const tf = load("tfplugin5.proto").tfplugin5 as grpc.GrpcObject;
  const plugin = load("go-plugin.proto").plugin as grpc.GrpcObject;
  const health = ((load("health.proto").grpc as grpc.GrpcObject).health as grpc.GrpcObject).v1 as grpc.GrpcObject;
  const service = (pkg: grpc.GrpcObject, name: string): ServiceDefinition => (pkg[name] as grpc.ServiceClientConstructor).service;
  return {
    provider: service(tf, "Provider"),
    health: service(health, "Health"),
    stdio: service(plugin, "GRPCStdio"),
    controller: service(plugin, "GRPCController"),
    broker: service(plugin, "GRPCBroker"),
  };
}

/**
 * A handler gets the request and the caller's connection: each provider
 * instance Terraform creates dials its own connection, and a provider
 * started once for many Terraform runs (TF_REATTACH_PROVIDERS, attach.ts)
 * keeps what Configure set per connection.
 */
type Handler = (req: never, connection: string) => unknown;

/** Wraps a synchronous handler: times it, and turns a thrown error into a gRPC error (never a crash). */
function unary(name: string, fn: Handler, stats: RpcStats): grpc.handleUnaryCall<unknown, unknown> {
  return (call, callback) => {
    const started = performance.now();
    try {
      callback(null, fn(call.request as never, call.getPeer()));
    } catch (err) {
      process.stderr.write(`offline-provider: ${name} failed: ${err instanceof Error ? err.stack : String(err)}\n`);
      callback({ code: grpc.status.INTERNAL, details: `offline provider ${name}: ${err instanceof Error ? err.message : String(err)}` });
    } finally {
      const s = (stats.byRpc[name] ??= { calls: 0, ms: 0 });
      s.calls++;
      s.ms += performance.now() - started;
    }
  };
}

function providerHandlers(p: OfflineProvider, stats: RpcStats, schemaBytes?: Buffer): grpc.UntypedServiceImplementation {
  const handlers: Record<string, Handler> = {
    GetMetadata: () => p.getMetadata(),
    GetSchema: () => schemaBytes ?? p.getSchema(),
    PrepareProviderConfig: (r) => p.prepareProviderConfig(r),
    ValidateResourceTypeConfig: (r) => p.validateResourceTypeConfig(r),
    ValidateDataSourceConfig: (r) => p.validateDataSourceConfig(r),
    UpgradeResourceState: (r) => p.upgradeResourceState(r),
    Configure: (r, c) => p.configure(r, c),
    ReadResource: (r) => p.readResource(r),
    PlanResourceChange: (r) => p.planResourceChange(r),
    ApplyResourceChange: (r, c) => p.applyResourceChange(r, c),
    ImportResourceState: (r) => p.importResourceState(r),
    ReadDataSource: (r, c) => p.readDataSource(r, c),
    GetFunctions: () => ({ diagnostics: [] }),
    Stop: () => ({ Error: "" }),
  };
  return Object.fromEntries(Object.entries(handlers).map(([name, fn]) => [name, unary(name, fn, stats)]));
}

/** Streams that Terraform opens and keeps open; we have nothing to send on them. */
function idleStreams(open: Set<grpc.ServerWritableStream<unknown, unknown> | grpc.ServerDuplexStream<unknown, unknown>>): { stdio: grpc.UntypedServiceImplementation; broker: grpc.UntypedServiceImplementation } {
  const keep = (call: grpc.ServerWritableStream<unknown, unknown> | grpc.ServerDuplexStream<unknown, unknown>): void => {
    open.add(call);
    call.on("cancelled", () => open.delete(call));
  };
  return {
    // Our own logs go to stderr, which go-plugin reads directly.
    stdio: { StreamStdio: (call: grpc.ServerWritableStream<unknown, unknown>) => keep(call) },
    broker: {
      StartStream: (call: grpc.ServerDuplexStream<unknown, unknown>) => {
        keep(call);
        call.on("data", () => undefined); // no brokered connections are offered
      },
    },
  };
}

/**
 * GetSchema's response is the same ~200 KB every time, and encoding it with
 * protobufjs took ~100 ms of every plugin start (Terraform starts the plugin
 * 2-4 times per command). install.ts serializes it once, next to the bundle;
 * a Buffer handed to this serializer goes out as is.
 */
function sendingPreserializedSchema(def: ServiceDefinition): ServiceDefinition {
  const method = def.GetSchema;
  return { ...def, GetSchema: { ...method, responseSerialize: (v: unknown) => (Buffer.isBuffer(v) ? v : method.responseSerialize(v)) } };
}

/** The serialized GetSchema response (what install.ts writes beside the bundle). */
export function serializedSchemaResponse(p: OfflineProvider, protoDir: string): Buffer {
  return loadServices(protoDir).provider.GetSchema.responseSerialize(p.getSchema());
}

export interface BuildOptions {
  readonly protoDir: string;
  readonly hooks: ServerHooks;
  readonly stats: RpcStats;
  /** The GetSchema response, serialized ahead of time. */
  readonly schemaBytes?: Buffer;
}

export function buildServer(p: OfflineProvider, o: BuildOptions): { server: grpc.Server; endStreams(): void } {
  const { hooks, stats } = o;
  const defs = loadServices(o.protoDir);
  const server = new grpc.Server();
  const open = new Set<grpc.ServerWritableStream<unknown, unknown> | grpc.ServerDuplexStream<unknown, unknown>>();
  const streams = idleStreams(open);
  server.addService(sendingPreserializedSchema(defs.provider), providerHandlers(p, stats, o.schemaBytes));
  server.addService(defs.health, { Check: (_call: unknown, cb: grpc.sendUnaryData<unknown>) => cb(null, { status: "SERVING" }) });
  server.addService(defs.stdio, streams.stdio);
  server.addService(defs.broker, streams.broker);
  server.addService(defs.controller, {
    Shutdown: (_call: unknown, cb: grpc.sendUnaryData<unknown>) => {
      cb(null, {});
      setImmediate(() => hooks.onShutdown());
    },
  });
  return { server, endStreams: () => open.forEach((c) => c.end()) };
}

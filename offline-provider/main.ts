/**
 * Entry point of the offline OCI provider plugin process (bundled by
 * install.ts to provider.cjs, with proto/ beside it). Terraform starts it,
 * reads the go-plugin handshake line from stdout, connects over mTLS and
 * speaks protocol 5. Or attach.ts starts it once, and Terraform connects to
 * it through TF_REATTACH_PROVIDERS (plain gRPC on loopback).
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import schemaFile from "../provider/oci-schema.json";
import { ATTACHED_ENV, MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE, PROTOCOL_VERSION, STATS_ENV, handshakeLine } from "./plugin-protocol";
import { OfflineProvider } from "./provider";
import { ociSchema, type SchemaFile } from "./schema";
import { type RpcStats, buildServer, serializedSchemaResponse } from "./server";
import { generateServerTls } from "./tls";
import { REMOTE_ENV } from "./remote";
import { WORLD_ENV, loadWorld } from "./world";


function refuseDirectRun(): never {
  process.stderr.write(
    "This binary is a plugin (the offline OCI provider test double). It is not meant to be executed directly;\n" +
      "Terraform runs it. See offline-provider/README.md.\n",
  );
  process.exit(1);
}

function checkProtocol(): void {
  const offered = (process.env.PLUGIN_PROTOCOL_VERSIONS ?? String(PROTOCOL_VERSION)).split(",").map((s) => s.trim());
  if (!offered.includes(String(PROTOCOL_VERSION))) {
    process.stderr.write(`offline-provider: Terraform offers plugin protocol ${offered.join(", ")}; this provider speaks ${PROTOCOL_VERSION} only\n`);
    process.exit(1);
  }
}

async function credentials(): Promise<{ creds: grpc.ServerCredentials; cert?: string }> {
  const clientCert = process.env.PLUGIN_CLIENT_CERT;
  if (!clientCert) return { creds: grpc.ServerCredentials.createInsecure() };
  const tls = generateServerTls();
  const creds = grpc.ServerCredentials.createSsl(Buffer.from(clientCert), [{ private_key: Buffer.from(tls.keyPem), cert_chain: Buffer.from(tls.certPem) }], true);
  return { creds, cert: tls.certForHandshake };
}

function bind(server: grpc.Server, creds: grpc.ServerCredentials): Promise<number> {
  return new Promise((resolve, reject) => server.bindAsync("127.0.0.1:0", creds, (err, port) => (err ? reject(err) : resolve(port))));
}

/** Milliseconds since the process started, at each start-up step (for OCI_OFFLINE_STATS). */
const marks: Record<string, number> = { loaded: performance.now() };

function writeStats(stats: RpcStats, startupMs: number): void {
  const file = process.env[STATS_ENV];
  if (!file) return;
  const rpcMs = Object.values(stats.byRpc).reduce((s, r) => s + r.ms, 0);
  appendFileSync(file, `${JSON.stringify({ pid: process.pid, startupMs, marks, rpcMs, lifetimeMs: performance.now(), byRpc: stats.byRpc })}\n`);
}

/** Beside the bundle: the protos, and the GetSchema response serialized at install time. */
const BUNDLE_DIR = dirname(process.argv[1]);
export const SCHEMA_RESPONSE_FILE = "schema-response.bin";

function newProvider(): OfflineProvider {
  return new OfflineProvider(ociSchema(schemaFile as unknown as SchemaFile), loadWorld(process.env[WORLD_ENV]), process.env[REMOTE_ENV]);
}

async function serve(): Promise<void> {
  if (process.env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) refuseDirectRun();
  checkProtocol();
  // go-plugin hosts forward Ctrl-C to the whole process group; the host decides when we stop.
  process.on("SIGINT", () => undefined);
  const provider = newProvider();
  const stats: RpcStats = { byRpc: {} };
  let startupMs = 0;
  const schemaFileOnDisk = join(BUNDLE_DIR, SCHEMA_RESPONSE_FILE);
  const schemaBytes = existsSync(schemaFileOnDisk) ? readFileSync(schemaFileOnDisk) : undefined;
  const attached = process.env[ATTACHED_ENV] === "1";
  const hooks = {
    onShutdown: () => {
      if (attached) return; // shared by many Terraform runs: only our starter stops us (stdin below)
      endStreams();
      writeStats(stats, startupMs);
      // Let the Shutdown reply (and any call in flight) reach Terraform, then exit; never hang.
      setTimeout(() => process.exit(0), 1000).unref();
      server.tryShutdown(() => process.exit(0));
    },
  };
  const { server, endStreams } = buildServer(provider, { protoDir: join(BUNDLE_DIR, "proto"), hooks, stats, schemaBytes });
  process.on("SIGTERM", () => {
    writeStats(stats, startupMs);
    process.exit(0);
  });
  if (attached) {
    process.stdin.on("end", () => {
      writeStats(stats, startupMs);
      process.exit(0);
    });
    process.stdin.resume();
  }
  marks.server = performance.now();
  const { creds, cert } = await credentials();
  marks.tls = performance.now();
  const port = await bind(server, creds);
  startupMs = performance.now();
  process.stdout.write(handshakeLine(port, cert));
}

async function main(): Promise<void> {
  // Run by install.ts once per bundle: not a plugin start, needs no cookie.
  if (process.argv[2] === "--write-schema-response") {
    writeFileSync(join(BUNDLE_DIR, SCHEMA_RESPONSE_FILE), serializedSchemaResponse(newProvider(), join(BUNDLE_DIR, "proto")));
    return;
  }
  await serve();
}

main().catch((err: unknown) => {
  process.stderr.write(`offline-provider: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});

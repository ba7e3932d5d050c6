// The plugin process as Terraform sees it: go-plugin handshake on stdout,
// mTLS with the certificate Terraform passes, health, schema, shutdown.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { X509Certificate } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";
import { attachOfflineProvider } from "../../offline-provider/attach";
import { MAGIC_COOKIE_VALUE } from "../../offline-provider/plugin-protocol";
import { generateServerTls, type ServerTls } from "../../offline-provider/tls";
import { installOfflineProvider, type OfflineProviderInstall } from "../../offline-provider/install";

const PROTO_DIR = join(process.cwd(), "offline-provider/proto");

function load(file: string, ...path: string[]): grpc.ServiceClientConstructor {
  let obj: any = grpc.loadPackageDefinition(protoLoader.loadSync(join(PROTO_DIR, file), { keepCase: true, longs: Number, enums: String, oneofs: true }));
  for (const p of path) obj = obj[p];
  return obj as grpc.ServiceClientConstructor;
}

function startPlugin(executable: string, env: Record<string, string>): { child: ChildProcess; line: Promise<string>; stderr: () => string } {
  const child = spawn(executable, [], { env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let err = "";
  child.stderr!.on("data", (b: Buffer) => (err += b.toString()));
  const line = new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (b: Buffer) => {
      out += b.toString();
      if (out.includes("\n")) resolve(out.split("\n")[0]);
    });
    child.on("exit", (code) => reject(new Error(`plugin exited ${code} before its handshake: ${err}`)));
  });
  line.catch(() => undefined);
  return { child, line, stderr: () => err };
}

function derToPem(b64: string): string {
  const der = Buffer.from(b64, "base64");
  return new X509Certificate(der).toString();
}

/** The provider as `terraform init` installs it (the launcher Terraform executes): these tests start it as Terraform would. */
let root: string;
let install: OfflineProviderInstall;
let client: ServerTls;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "oic-handshake-"));
  install = await installOfflineProvider(root);
  client = generateServerTls(); // CN=localhost, client+server auth: what Terraform's own certificate looks like
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("offline provider plugin process", () => {
  let plugin: ReturnType<typeof startPlugin>;
  let address = "";
  let serverCertPem = "";

  beforeAll(async () => {
    plugin = startPlugin(install.executable, { TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: "5,6", PLUGIN_CLIENT_CERT: client.certPem });
    const parts = (await plugin.line).split("|");
    expect(parts.slice(0, 3)).toEqual(["1", "5", "tcp"]);
    expect(parts[3]).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(parts[4]).toBe("grpc");
    expect(parts[5]).not.toMatch(/=$/); // go-plugin decodes base64 without padding
    address = parts[3];
    serverCertPem = derToPem(parts[5]);
  }, 30_000);

  afterAll(() => {
    if (plugin.child.exitCode === null) plugin.child.kill("SIGKILL");
  });

  const creds = (withClientCert: boolean): grpc.ChannelCredentials =>
    withClientCert ? grpc.credentials.createSsl(Buffer.from(serverCertPem), Buffer.from(client.keyPem), Buffer.from(client.certPem)) : grpc.credentials.createSsl(Buffer.from(serverCertPem));
  const options = { "grpc.ssl_target_name_override": "localhost" };

  it("announces a certificate for localhost with server and client auth", () => {
    const cert = new X509Certificate(serverCertPem);
    expect(cert.subjectAltName).toBe("DNS:localhost");
    expect(cert.checkHost("localhost")).toBe("localhost");
    expect(cert.ca).toBe(true);
    expect(cert.keyUsage).toEqual(expect.arrayContaining(["1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"]));
  });

  it("reports the plugin SERVING over mTLS", async () => {
    const Health = load("health.proto", "grpc", "health", "v1", "Health");
    const health = new Health(address, creds(true), options);
    const res = await new Promise<any>((resolve, reject) => health.Check({ service: "plugin" }, (e: Error | null, r: unknown) => (e ? reject(e) : resolve(r))));
    expect(res.status).toBe("SERVING");
    health.close();
  });

  it("refuses a client without Terraform's certificate", async () => {
    const Health = load("health.proto", "grpc", "health", "v1", "Health");
    const health = new Health(address, creds(false), options);
    const outcome = await new Promise<string>((resolve) => health.Check({ service: "plugin" }, { deadline: Date.now() + 5000 }, (e: grpc.ServiceError | null) => resolve(e ? "refused" : "served")));
    expect(outcome).toBe("refused");
    health.close();
  });

  it("serves the committed schema: 19 resources, 19 data sources", async () => {
    const Provider = load("tfplugin5.proto", "tfplugin5", "Provider");
    const provider = new Provider(address, creds(true), options);
    const res = await new Promise<any>((resolve, reject) => provider.GetSchema({}, (e: Error | null, r: unknown) => (e ? reject(e) : resolve(r))));
    expect(Object.keys(res.resource_schemas)).toHaveLength(19);
    expect(Object.keys(res.data_source_schemas)).toHaveLength(19);
    const app = res.resource_schemas.oci_identity_domains_app.block;
    expect(JSON.parse(Buffer.from(app.attributes.find((a: any) => a.name === "allowed_grants").type).toString())).toEqual(["set", "string"]);
    expect(app.block_types.find((b: any) => b.type_name === "based_on_template")).toMatchObject({ nesting: "LIST", min_items: 1, max_items: 1 });
    provider.close();
  });

  it("exits when the controller asks it to", async () => {
    const Controller = load("go-plugin.proto", "plugin", "GRPCController");
    const controller = new Controller(address, creds(true), options);
    await new Promise<void>((resolve, reject) => controller.Shutdown({}, (e: Error | null) => (e ? reject(e) : resolve())));
    const [code] = await once(plugin.child, "exit");
    expect(code).toBe(0);
    controller.close();
  });
});

describe("offline provider started by hand", () => {
  it("refuses to run without Terraform's magic cookie", async () => {
    const plugin = startPlugin(install.executable, {});
    const [code] = await once(plugin.child, "exit");
    expect(code).toBe(1);
    expect(plugin.stderr()).toContain("This binary is a plugin");
  });

  it("refuses a host that does not offer protocol 5", async () => {
    const plugin = startPlugin(install.executable, { TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: "6" });
    const [code] = await once(plugin.child, "exit");
    expect(code).toBe(1);
    expect(plugin.stderr()).toContain("speaks 5 only");
  });
});

describe("offline provider attached (started once, Terraform connects through TF_REATTACH_PROVIDERS)", () => {
  it("names itself to Terraform, serves plain gRPC on loopback, outlives a Shutdown, and stops on close()", async () => {
    const attached = await attachOfflineProvider(join(root, "attached"));
    try {
      const reattach = JSON.parse(attached.env.TF_REATTACH_PROVIDERS!);
      expect(reattach).toEqual({
        "registry.terraform.io/oracle/oci": { Protocol: "grpc", ProtocolVersion: 5, Pid: attached.pid, Test: true, Addr: { Network: "tcp", String: attached.address } },
      });
      expect(attached.address).toMatch(/^127\.0\.0\.1:\d+$/);
      const insecure = grpc.credentials.createInsecure();
      const Controller = load("go-plugin.proto", "plugin", "GRPCController");
      const controller = new Controller(attached.address, insecure);
      await new Promise<void>((resolve, reject) => controller.Shutdown({}, (e: Error | null) => (e ? reject(e) : resolve())));
      controller.close();
      await new Promise((r) => setTimeout(r, 300));
      const Health = load("health.proto", "grpc", "health", "v1", "Health");
      const health = new Health(attached.address, insecure);
      const res = await new Promise<any>((resolve, reject) => health.Check({ service: "plugin" }, (e: Error | null, r: unknown) => (e ? reject(e) : resolve(r))));
      health.close();
      expect(res.status).toBe("SERVING");
    } finally {
      await attached.close();
    }
    expect(() => process.kill(attached.pid, 0)).toThrow(); // gone
  }, 60_000);

  it("stops when its starter exits without close(): npm run sandbox interrupted (Ctrl-C) leaves no provider behind", async () => {
    // A starter as npm run sandbox is one (sandbox/rehearsal/command.ts): attaches, and on SIGINT exits at once (130) without closing anything.
    const { build } = await import("esbuild");
    // Inside the project: the bundle resolves esbuild (external) from its node_modules.
    mkdirSync(join(process.cwd(), ".oic-access"), { recursive: true });
    const scratch = mkdtempSync(join(process.cwd(), ".oic-access", "starter-"));
    const entry = join(scratch, "starter.ts");
    writeFileSync(
      entry,
      `import { attachOfflineProvider } from ${JSON.stringify(join(process.cwd(), "offline-provider/attach"))};\n` +
        `const p = await attachOfflineProvider(${JSON.stringify(join(root, "starter"))});\n` +
        `process.once("SIGINT", () => process.exit(130));\n` +
        `setInterval(() => undefined, 1000);\n` +
        `console.log(p.pid);\n`,
    );
    const bundle = join(scratch, "starter.mjs");
    await build({ entryPoints: [entry], outfile: bundle, bundle: true, platform: "node", format: "esm", external: ["esbuild"], logLevel: "error" });
    rmSync(entry);
    const starter = spawn(process.execPath, [bundle], { cwd: process.cwd(), stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    starter.stderr!.on("data", (b: Buffer) => (stderr += b.toString()));
    const pid = await new Promise<number>((resolve, reject) => {
      starter.stdout!.once("data", (b: Buffer) => resolve(Number(b.toString().trim())));
      starter.once("exit", (code) => reject(new Error(`the starter exited (${code}) before attaching: ${stderr}`)));
    }).finally(() => rmSync(scratch, { recursive: true, force: true }));
    expect(process.kill(pid, 0)).toBe(true); // the provider runs
    starter.kill("SIGINT");
    expect(await once(starter, "exit")).toEqual([130, null]);
    const gone = async (): Promise<boolean> => {
      for (let i = 0; i < 50; i++) {
        try {
          process.kill(pid, 0);
        } catch {
          return true;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      return false;
    };
    expect(await gone()).toBe(true);
  }, 60_000);
});

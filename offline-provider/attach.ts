/**
 * The offline provider started once and shared by many Terraform runs.
 *
 * Terraform normally starts a provider plugin itself, two or more times per
 * command (validate, plan and apply each start it again; ~0.5 s of Node.js
 * start-up and schema loading every time). With TF_REATTACH_PROVIDERS,
 * Terraform's documented mechanism for debugging providers, it instead
 * connects to a plugin that is already running: we start the bundle with the
 * go-plugin handshake ourselves, read its address, and hand Terraform
 * `{ "registry.terraform.io/oracle/oci": { Protocol, ProtocolVersion, Pid,
 * Test: true, Addr } }`. `Test: true` tells go-plugin the host does not own
 * the process (it does not stop it after a run). The connection is plain
 * gRPC on loopback, without go-plugin's AutoMTLS (Terraform enables that for
 * the plugins it starts only).
 *
 * Terraform skips installing an attached provider (`init` writes no lock
 * file and starts nothing), so the CLI config below points provider
 * installation at an empty mirror: nothing is ever fetched.
 *
 * The world (OCI_OFFLINE_WORLD) is read once at start: one attached provider
 * per world. What Configure sets (the region) is kept per connection, so
 * concurrent runs of different stacks do not mix. What applies write goes to
 * the service file (OCI_OFFLINE_REMOTE, remote.ts), as with an installed
 * provider: a test injects drift or a deletion there between two runs.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { BUNDLE, buildOfflineProvider, offlineCliConfig } from "./install";
import type { InstallOptions } from "./install";
import { REMOTE_ENV } from "./remote";
import { ATTACHED_ENV, MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE, PROTOCOL_VERSION, STATS_ENV } from "./plugin-protocol";
import { WORLD_ENV } from "./world";
import { CodedError, ERROR_CODES } from "../contract/errors";

export const PROVIDER_ADDRESS = "registry.terraform.io/oracle/oci";

export interface AttachedProvider {
  /** Environment to run terraform with (merge over process.env): TF_REATTACH_PROVIDERS and a no-network CLI config. */
  readonly env: Readonly<Record<string, string>>;
  readonly pid: number;
  /** host:port the plugin listens on (loopback). */
  readonly address: string;
  /** The offline service's objects (OCI_OFFLINE_REMOTE): what applies wrote, where drift is injected (remote.ts injectDrift/injectDeletion). */
  readonly remoteFile: string;
  /** Stops the plugin (it appends its stats line, when asked for, on the way out). */
  close(): Promise<void>;
}

const HANDSHAKE_TIMEOUT_MS = 30_000;

function handshake(child: ChildProcess, stderr: () => string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let out = "";
    const fail = (why: string): void => {
      clearTimeout(timer);
      reject(new CodedError(ERROR_CODES.offlineProvider, `offline provider: ${why} before its handshake line${stderr() ? `:\n${stderr()}` : ""}`));
    };
    const timer = setTimeout(() => fail(`no answer in ${HANDSHAKE_TIMEOUT_MS / 1000} s`), HANDSHAKE_TIMEOUT_MS);
    child.stdout!.on("data", (b: Buffer) => {
      out += b.toString("utf8");
      const nl = out.indexOf("\n");
      if (nl < 0) return;
      clearTimeout(timer);
      resolvePromise(out.slice(0, nl));
    });
    child.once("exit", (code, signal) => fail(`exited (${code ?? signal})`));
    child.once("error", (e) => fail(e.message));
  });
}

/**
 * Starts the offline provider for Terraform runs whose scratch files live in
 * `workDir` (world.json, the CLI config, a HOME). Call close() when done; a
 * plugin whose starter dies exits too (its stdin closes).
 */
export async function attachOfflineProvider(workDir: string, options: InstallOptions = {}): Promise<AttachedProvider> {
  const root = resolve(workDir);
  mkdirSync(root, { recursive: true });
  const { dir } = await buildOfflineProvider(options.cacheDir);
  const pluginEnv: Record<string, string> = { [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: String(PROTOCOL_VERSION), [ATTACHED_ENV]: "1" };
  if (typeof options.world === "string") pluginEnv[WORLD_ENV] = resolve(options.world);
  else if (options.world) {
    pluginEnv[WORLD_ENV] = join(root, "world.json");
    writeFileSync(pluginEnv[WORLD_ENV], JSON.stringify(options.world, null, 2));
  }
  if (options.statsFile) pluginEnv[STATS_ENV] = resolve(options.statsFile);
  // A new provider is a new, empty cloud (plus the world's resources).
  const remoteFile = join(root, "remote-objects.json");
  rmSync(remoteFile, { force: true });
  pluginEnv[REMOTE_ENV] = remoteFile;
  const env: NodeJS.ProcessEnv = { ...process.env, ...pluginEnv };
  delete env.PLUGIN_CLIENT_CERT; // Terraform's certificate for the plugins it starts; ours serves plain gRPC on loopback
  const child = spawn(process.execPath, [join(dir, BUNDLE)], { env, stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (b: Buffer) => (stderr = (stderr + b.toString("utf8")).slice(-8000)));
  const line = await handshake(child, () => stderr);
  child.stdout!.resume(); // keep draining: a full pipe would block the plugin
  const [, protocolVersion, network, address, protocol] = line.split("|");
  if (network !== "tcp" || protocol !== "grpc" || !address) throw new CodedError(ERROR_CODES.offlineProvider, `offline provider: unexpected handshake line ${JSON.stringify(line)}`);
  // Not holding the test runner open: the plugin goes when its stdin closes.
  child.unref();
  for (const s of [child.stdin, child.stdout, child.stderr]) (s as unknown as { unref?: () => void } | null)?.unref?.();

  const emptyMirror = join(root, "no-provider-downloads");
  mkdirSync(emptyMirror, { recursive: true });
  const cliConfigFile = join(root, "terraform.rc");
  writeFileSync(cliConfigFile, offlineCliConfig(emptyMirror));
  const home = join(root, "home");
  mkdirSync(home, { recursive: true });
  const reattach = { [PROVIDER_ADDRESS]: { Protocol: protocol, ProtocolVersion: Number(protocolVersion), Pid: child.pid, Test: true, Addr: { Network: network, String: address } } };
  const terraformEnv = { TF_REATTACH_PROVIDERS: JSON.stringify(reattach), TF_CLI_CONFIG_FILE: cliConfigFile, HOME: home, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1", TF_INPUT: "0", TF_PLUGIN_CACHE_DIR: "" };

  return {
    env: terraformEnv,
    pid: child.pid!,
    address,
    remoteFile,
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, "exit");
      child.stdin!.end();
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

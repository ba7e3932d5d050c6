/**
 * Makes the offline OCI provider installable by `terraform init`: bundles
 * it with esbuild from its TypeScript (cached by content hash, so a second
 * run reuses the bundle), lays it out as a filesystem mirror in the unpacked
 * layout Terraform reads
 * (`registry.terraform.io/oracle/oci/7.27.0/<os>_<arch>/terraform-provider-oci_v7.27.0`,
 * a launcher that runs `node` on the bundle beside it), and writes a CLI
 * config whose provider_installation takes oracle/oci from that mirror only.
 * `terraform init` then installs it like a downloaded provider and records
 * it in .terraform.lock.hcl; no dev_overrides, no warning.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { STATS_ENV } from "./plugin-protocol";
import type { World } from "./world";
import { REMOTE_ENV } from "./remote";
import { WORLD_ENV } from "./world";
import { CodedError, ERROR_CODES } from "../contract/errors";

export const OCI_PROVIDER_VERSION = "7.27.0";
const SOURCE_DIR = "offline-provider";
/** The bundle's file name inside a build directory. */
export const BUNDLE = "provider.cjs";

export interface InstallOptions {
  /** The world: a file path, or an object written to <workDir>/world.json. */
  readonly world?: string | World;
  /** File the provider appends its start-up and per-RPC timings to (OCI_OFFLINE_STATS). */
  readonly statsFile?: string;
  /** Where bundles are cached. @default <project>/.oic-access/offline-provider */
  readonly cacheDir?: string;
}

export interface OfflineProviderInstall {
  /** Root of the filesystem mirror. */
  readonly mirrorDir: string;
  /** The launcher Terraform executes. */
  readonly executable: string;
  readonly cliConfigFile: string;
  /** Environment to run terraform with (merge over process.env). */
  readonly env: Record<string, string>;
  /** True when the bundle came from the cache. */
  readonly cached: boolean;
  /** The offline service's objects (OCI_OFFLINE_REMOTE): what applies wrote, where drift is injected (remote.ts). */
  readonly remoteFile: string;
}

/** The project root: where package.json and the provider's sources are (works from lib/ in jest and from dist/). */
export function projectRoot(start: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, SOURCE_DIR, "main.ts"))) return dir;
    if (dirname(dir) === dir) break;
  }
  if (existsSync(join(process.cwd(), SOURCE_DIR, "main.ts"))) return process.cwd();
  throw new CodedError(ERROR_CODES.offlineProvider, `offline provider: cannot find the project root (a directory with ${SOURCE_DIR}/main.ts) above ${start}`);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

/** Hash of everything that goes into the bundle: sources, protos, schema, esbuild's version. */
async function sourceHash(root: string): Promise<string> {
  const { version } = await import("esbuild");
  const h = createHash("sha256").update(`esbuild ${version}\nnode ${process.versions.node}\n`);
  for (const f of [...listFiles(join(root, SOURCE_DIR)), join(root, "provider/oci-schema.json")]) {
    if (f.endsWith(".md")) continue;
    h.update(`${f.slice(root.length)}\n`).update(readFileSync(f));
  }
  return h.digest("hex").slice(0, 16);
}

/** Builds (or reuses) the bundle; returns the directory holding provider.cjs and proto/. */
export async function buildOfflineProvider(cacheDir?: string): Promise<{ dir: string; cached: boolean }> {
  const root = projectRoot();
  const base = cacheDir ?? join(root, ".oic-access", "offline-provider");
  const dir = join(base, await sourceHash(root));
  if (existsSync(join(dir, BUNDLE))) return { dir, cached: true };
  mkdirSync(base, { recursive: true });
  // Build aside and rename into place: parallel jest workers may race here.
  const tmp = mkdtempSync(join(base, "build-"));
  const { build } = await import("esbuild");
  await build({
    entryPoints: [join(root, SOURCE_DIR, "main.ts")],
    outfile: join(tmp, BUNDLE),
    bundle: true,
    platform: "node",
    target: "node20",
    // CommonJS: grpc-js and protobufjs are CommonJS with dynamic requires of node builtins.
    format: "cjs",
    logLevel: "error",
    legalComments: "none",
  });
  cpSync(join(root, SOURCE_DIR, "proto"), join(tmp, "proto"), { recursive: true });
  execFileSync(process.execPath, [join(tmp, BUNDLE), "--write-schema-response"], { stdio: ["ignore", "ignore", "inherit"] });
  try {
    renameSync(tmp, dir);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another worker won the race
  }
  pruneOtherBuilds(base, dir);
  return { dir, cached: false };
}

/** Bundles of older sources are dead weight (~2 MB each): keep the current one only. */
function pruneOtherBuilds(base: string, keep: string): void {
  for (const name of readdirSync(base)) {
    if (/^[0-9a-f]{16}$/.test(name) && join(base, name) !== keep) rmSync(join(base, name), { recursive: true, force: true });
  }
}

export function terraformPlatform(): string {
  const arch = ({ x64: "amd64", arm64: "arm64", ia32: "386", arm: "arm" } as Record<string, string>)[process.arch] ?? process.arch;
  return `${process.platform}_${arch}`;
}

function layoutMirror(bundleDir: string, mirrorDir: string): string {
  const pkg = join(mirrorDir, "registry.terraform.io", "oracle", "oci", OCI_PROVIDER_VERSION, terraformPlatform());
  rmSync(pkg, { recursive: true, force: true });
  mkdirSync(pkg, { recursive: true });
  cpSync(bundleDir, pkg, { recursive: true });
  const executable = join(pkg, `terraform-provider-oci_v${OCI_PROVIDER_VERSION}`);
  // $0's directory: the package may be linked or copied into .terraform/providers.
  writeFileSync(executable, `#!/bin/sh\n# offline OCI provider (test double), see ${SOURCE_DIR}/README.md\nexec "${process.execPath}" "$(dirname "$0")/${BUNDLE}" "$@"\n`);
  chmodSync(executable, 0o755);
  return executable;
}

/** A CLI config under which Terraform installs oracle/oci from `mirrorDir` only and fetches nothing. */
export function offlineCliConfig(mirrorDir: string): string {
  return [
    "# Written by the offline provider's install.ts/attach.ts: oracle/oci comes from the offline mirror, nothing from the network.",
    "disable_checkpoint = true",
    "provider_installation {",
    "  filesystem_mirror {",
    `    path    = ${JSON.stringify(mirrorDir)}`,
    '    include = ["registry.terraform.io/oracle/oci"]',
    "  }",
    "}",
    "",
  ].join("\n");
}

/**
 * Installs the offline provider for Terraform runs in `workDir` (a mirror,
 * a CLI config, a HOME) and returns the environment to run terraform with.
 */
export async function installOfflineProvider(workDir: string, options: InstallOptions = {}): Promise<OfflineProviderInstall> {
  const root = resolve(workDir);
  const { dir, cached } = await buildOfflineProvider(options.cacheDir);
  const mirrorDir = join(root, "offline-mirror");
  const executable = layoutMirror(dir, mirrorDir);
  const cliConfigFile = join(root, "terraform.rc");
  writeFileSync(cliConfigFile, offlineCliConfig(mirrorDir));
  const home = join(root, "home");
  mkdirSync(home, { recursive: true });
  const env: Record<string, string> = { TF_CLI_CONFIG_FILE: cliConfigFile, HOME: home, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1", TF_INPUT: "0", TF_PLUGIN_CACHE_DIR: "" };
  if (typeof options.world === "string") env[WORLD_ENV] = resolve(options.world);
  else if (options.world) {
    env[WORLD_ENV] = join(root, "world.json");
    writeFileSync(env[WORLD_ENV], JSON.stringify(options.world, null, 2));
  }
  if (options.statsFile) env[STATS_ENV] = resolve(options.statsFile);
  // A new installation is a new, empty cloud (plus the world's resources).
  const remoteFile = join(root, "remote-objects.json");
  rmSync(remoteFile, { force: true });
  env[REMOTE_ENV] = remoteFile;
  return { mirrorDir, executable, cliConfigFile, env, cached, remoteFile };
}

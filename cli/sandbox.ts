/**
 * `npm run sandbox [-- <env>] [--json <file>]`: the deploy of one
 * environment rehearsed offline, no cloud account: the pipeline's own phases
 * through real Terraform with the offline OCI provider, the certificate
 * over a KMS stand-in, then the real smoke (flows A, B, C) against
 * stand-ins seeded from the Terraform state and outputs (sandbox/rehearsal).
 * Every file it writes is removed when it exits, Ctrl-C included.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UsageError } from "../lib/errors";
import { parseSandboxArgs, SANDBOX_USAGE } from "../sandbox/rehearsal/args";
import { rehearse } from "../sandbox/rehearsal/rehearsal";
import { withResourceManager } from "../sandbox/rehearsal/resource-manager-cloud";
import { ENVIRONMENTS } from "../stacks";
import { EXAMPLE_ENVIRONMENTS } from "../stacks/examples/native";

// The deployed environments, then the examples (not deployed: e.g. `native`, identity propagation signed by OIC).
const REHEARSABLE = [...ENVIRONMENTS, ...EXAMPLE_ENVIRONMENTS];

async function main(): Promise<number> {
  let args;
  try {
    args = parseSandboxArgs(process.argv.slice(2), REHEARSABLE.map((e) => e.name));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`sandbox: ${error.message}\n\n${error.usage ?? SANDBOX_USAGE}`);
    return error.exitCode;
  }
  if (args.help) {
    console.log(SANDBOX_USAGE);
    return 0;
  }
  const declared = REHEARSABLE.find((e) => e.name === args.env)!;
  const config = args.engine === "resource-manager" ? withResourceManager(declared) : args.engine === "terraform-cli" ? { ...declared, engine: "terraform-cli" as const } : declared;
  const work = mkdtempSync(join(tmpdir(), "oic-access-sandbox-"));
  const cleanup = () => rmSync(work, { recursive: true, force: true });
  const interrupted = () => {
    cleanup();
    process.exit(130);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  const started = performance.now();
  try {
    const engine = config.engine && config.engine !== "terraform-cli" ? "a loopback Resource Manager, driven through the OCI SDK, running Terraform with the offline OCI provider" : "Terraform with the offline OCI provider";
    console.log(`sandbox ${args.env}: rehearsing the deploy offline (${engine}; stand-ins on loopback)`);
    const result = await rehearse({ config, workDir: work, log: (l) => console.log(l), jsonReport: args.json });
    const total = performance.now() - started;
    const table = result.phases.map((p) => `${p.name} ${(p.ms / 1000).toFixed(1)} s`).join(", ");
    console.log(`sandbox ${args.env}: ${result.exitCode === 0 ? "PASS" : `FAIL (exit ${result.exitCode})`} in ${(total / 1000).toFixed(1)} s: ${table}`);
    return result.exitCode;
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? `sandbox: ${err.message}` : err);
    process.exit(1);
  },
);

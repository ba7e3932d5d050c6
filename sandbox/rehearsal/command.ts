/**
 * `npm run sandbox`'s body for runCommand (tools/command/run-command.ts):
 * the deploy of one environment rehearsed offline, no cloud account: the
 * pipeline's own phases through real Terraform with the offline OCI
 * provider, the certificate over a KMS stand-in, then the real smoke (flows
 * A, B, C) against stand-ins seeded from the Terraform state and outputs.
 * Every file it writes is removed when it exits, Ctrl-C included.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EnvironmentConfig } from "../../lib/config/environment";
import { EXIT } from "../../tools/command/exit-codes";
import { endProcess, type CommandIO } from "../../tools/command/run-command";
import { parseSandboxArgs } from "./args";
import { rehearse } from "./rehearsal";
import { withResourceManager } from "./resource-manager-cloud";

export { SANDBOX_USAGE } from "./args";

/** `rehearsable`: the deployed environments, then the examples (not deployed, e.g. `native`). */
export async function sandboxCommand(argv: readonly string[], io: CommandIO, rehearsable: readonly EnvironmentConfig[]): Promise<number> {
  const args = parseSandboxArgs(argv, rehearsable.map((e) => e.name));
  const declared = rehearsable.find((e) => e.name === args.env)!;
  const config = args.engine === "resource-manager" ? withResourceManager(declared) : args.engine === "terraform-cli" ? { ...declared, engine: "terraform-cli" as const } : declared;
  const work = mkdtempSync(join(tmpdir(), "oic-access-sandbox-"));
  const cleanup = () => rmSync(work, { recursive: true, force: true });
  // Ctrl-C mid-rehearsal: remove what was written, then end the process (the stand-ins and Terraform are its children or handles).
  const interrupted = () => {
    cleanup();
    void endProcess(EXIT.interrupted);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  const started = performance.now();
  try {
    const engine = config.engine && config.engine !== "terraform-cli" ? "a loopback Resource Manager, driven through the OCI SDK, running Terraform with the offline OCI provider" : "Terraform with the offline OCI provider";
    io.out(`sandbox ${args.env}: rehearsing the deploy offline (${engine}; stand-ins on loopback)`);
    const result = await rehearse({ config, workDir: work, log: io.out, jsonReport: args.json });
    const total = performance.now() - started;
    const table = result.phases.map((p) => `${p.name} ${(p.ms / 1000).toFixed(1)} s`).join(", ");
    io.out(`sandbox ${args.env}: ${result.exitCode === 0 ? "PASS" : `FAIL (exit ${result.exitCode})`} in ${(total / 1000).toFixed(1)} s: ${table}`);
    return result.exitCode;
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    cleanup();
  }
}

// The rehearsal of dev through each engine, warm (bundles reused): Terraform
// on the runner (terraform-cli) and the loopback Resource Manager driven
// through the OCI SDK (resource-manager), whose jobs run the same Terraform
// with the offline provider, each in a fresh directory with its own
// `terraform init`. The difference is what the job model costs offline
// (per-job init, polling every 100 ms, zip and upload), not what Resource
// Manager costs in OCI. Needs terraform on PATH.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EnvironmentConfig } from "../lib/config/environment";
import { rehearse } from "../sandbox/rehearsal/rehearsal";
import { withResourceManager } from "../sandbox/rehearsal/resource-manager-cloud";
import { dev } from "../stacks/dev";

async function run(label: string, config: EnvironmentConfig): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), "oic-bench-rm-"));
  try {
    const started = performance.now();
    const result = await rehearse({ config, workDir: work, log: () => undefined });
    const total = performance.now() - started;
    if (result.exitCode !== 0) throw new Error(`${label}: rehearsal failed (exit ${result.exitCode})`);
    console.log(`${label}: ${(total / 1000).toFixed(1)} s`);
    console.log(`  ${result.phases.map((p) => `${p.name} ${Math.round(p.ms)} ms`).join(" | ")}`);
    return total;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await run("warm-up (bundles)", dev);
const cli = await run("rehearsal dev, terraform-cli", dev);
const rm = await run("rehearsal dev, resource-manager (SDK -> loopback Resource Manager)", withResourceManager(dev));
console.log(`resource-manager / terraform-cli: ${(rm / cli).toFixed(2)}`);

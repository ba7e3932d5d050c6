// The whole offline rehearsal of dev (what `npm run sandbox -- dev` runs),
// twice: a cold run (provider bundle and Function bundle rebuilt) and a warm
// one (both reused). Per run: wall time per phase, and the share of the whole
// spent in Terraform itself, in the offline provider (its start-ups and RPC
// handlers, from OCI_OFFLINE_STATS), and in our code (synthesis, review,
// certificate, stand-ins, smoke). Needs terraform on PATH.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rehearse } from "../sandbox/rehearsal/rehearsal";
import { dev } from "../stacks/dev";

function providerMs(statsFile: string): number {
  if (!existsSync(statsFile)) return 0;
  const lines = readFileSync(statsFile, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as { startupMs: number; rpcMs: number });
  return lines.reduce((s, l) => s + l.startupMs + l.rpcMs, 0);
}

const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(0)}%`;

async function run(label: string): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), "oic-bench-rehearsal-"));
  const statsFile = join(work, "provider-stats.jsonl");
  try {
    const started = performance.now();
    const result = await rehearse({ config: dev, workDir: work, log: () => undefined, statsFile });
    const total = performance.now() - started;
    if (result.exitCode !== 0) throw new Error(`rehearsal failed (exit ${result.exitCode})`);
    const provider = providerMs(statsFile);
    const terraform = result.terraformMs - provider;
    const ours = total - result.terraformMs;
    console.log(`${label}: ${(total / 1000).toFixed(1)} s; Terraform ${pct(terraform, total)}, offline provider ${pct(provider, total)}, our code and stand-ins ${pct(ours, total)}`);
    console.log(`  ${result.phases.map((p) => `${p.name} ${Math.round(p.ms)} ms`).join(" | ")}`);
    return total;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// Cold: drop the cached provider bundle (rebuilt from source) and make the Function bundle stale.
rmSync(".oic-access/offline-provider", { recursive: true, force: true });
rmSync("dist/function/func.js", { force: true });
const cold = await run("rehearsal dev, cold (bundles built)");
const warm = await run("rehearsal dev, warm (bundles reused)");
console.log(`warm / cold: ${(warm / cold).toFixed(2)}`);

// Terraform with the offline OCI provider: validate every environment, plan
// and apply dev, plan again. Per command: wall time, how many times Terraform
// started the plugin, and the share of the wall time the provider was busy
// (its start-up to handshake, plus time inside RPC handlers; from
// OCI_OFFLINE_STATS). Needs terraform on PATH.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { installOfflineProvider } from "../offline-provider/install";
import { synthesize } from "../lib/synthesize";
import { apply, init, plan, validate } from "../tools/terraform/commands";
import type { RunOptions, TerraformResult } from "../tools/terraform/run";
import { prepareStackDir } from "../tools/terraform/stack-dir";
import { ENVIRONMENTS } from "../stacks";

interface Row {
  step: string;
  ms: number;
  starts: number;
  startupMs: number;
  rpcMs: number;
}

const scratch = mkdtempSync(join(tmpdir(), "oic-bench-tf-"));
const statsFile = join(scratch, "stats.jsonl");
const rows: Row[] = [];

function providerTime(): { starts: number; startupMs: number; rpcMs: number } {
  if (!existsSync(statsFile)) return { starts: 0, startupMs: 0, rpcMs: 0 };
  const lines = readFileSync(statsFile, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as { startupMs: number; rpcMs: number });
  rmSync(statsFile);
  return { starts: lines.length, startupMs: lines.reduce((s, l) => s + l.startupMs, 0), rpcMs: lines.reduce((s, l) => s + l.rpcMs, 0) };
}

async function step(name: string, run: () => Promise<TerraformResult | { result: TerraformResult } | { plan: TerraformResult }>): Promise<void> {
  const started = performance.now();
  await run();
  rows.push({ step: name, ms: performance.now() - started, ...providerTime() });
}

try {
  const t0 = performance.now();
  const install = await installOfflineProvider(scratch, { statsFile });
  console.log(`install (bundle ${install.cached ? "from cache" : "built"}, mirror, CLI config): ${(performance.now() - t0).toFixed(0)} ms`);
  synthesize(ENVIRONMENTS, { outdir: join(scratch, "cdktf.out") });
  const dirs: Record<string, RunOptions> = {};
  for (const env of ENVIRONMENTS) {
    const stack = readFileSync(join(scratch, "cdktf.out", "stacks", env.name, "cdk.tf.json"), "utf8");
    dirs[env.name] = { cwd: prepareStackDir(join(scratch, env.name), stack), env: install.env };
    await step(`init ${env.name}`, () => init(dirs[env.name]));
    await step(`validate ${env.name}`, () => validate(dirs[env.name]));
  }
  await step("plan dev (create)", () => plan(dirs.dev));
  await step("apply dev", () => apply(dirs.dev));
  await step("plan dev again (no changes)", () => plan(dirs.dev));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

console.log("| terraform command | wall ms | plugin starts | provider start-up ms | provider in RPCs ms | provider share |");
console.log("|---|---:|---:|---:|---:|---:|");
for (const r of rows) {
  const share = r.ms > 0 ? (100 * (r.startupMs + r.rpcMs)) / r.ms : 0;
  console.log(`| ${r.step} | ${r.ms.toFixed(0)} | ${r.starts} | ${r.startupMs.toFixed(0)} | ${r.rpcMs.toFixed(0)} | ${share.toFixed(0)}% |`);
}
const starts = rows.reduce((s, r) => s + r.starts, 0);
const startup = rows.reduce((s, r) => s + r.startupMs, 0);
console.log(`provider start-up: ${(startup / Math.max(starts, 1)).toFixed(0)} ms on average over ${starts} starts (process start to handshake line)`);

// The test suite's Terraform hot path, two ways, in the same run so the
// ratio holds on a busy machine: the offline provider installed in a mirror
// and started by Terraform itself for every command (managed), and started
// once with Terraform attached to it through TF_REATTACH_PROVIDERS (what the
// tests do, test/helpers/offline-terraform.ts). The workload: init and
// validate dev, test and prod, then plan, apply and plan again dev.
// Per mode: wall time, CPU time of every child process (Terraform and the
// provider), plugin starts. Rounds alternate the modes. Needs terraform.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { attachOfflineProvider } from "../offline-provider/attach";
import { installOfflineProvider } from "../offline-provider/install";
import { synthesize } from "../lib/synthesize";
import { apply, init, plan, validate } from "../tools/terraform/commands";
import { prepareStackDir } from "../tools/terraform/stack-dir";
import { ENVIRONMENTS } from "../stacks";

const ROUNDS = 2;
const scratch = mkdtempSync(join(tmpdir(), "oic-bench-attach-"));

/** CPU seconds of the children this process has waited for (Terraform, the provider): /proc/self/stat cutime + cstime. */
function childrenCpuSeconds(): number {
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[13]) + Number(fields[14])) / 100; // USER_HZ is 100 on Linux
}

function starts(statsFile: string): number {
  return existsSync(statsFile) ? readFileSync(statsFile, "utf8").trim().split("\n").filter(Boolean).length : 0;
}

async function workload(env: Record<string, string>, dir: string): Promise<void> {
  const dirs = ENVIRONMENTS.map((e) => ({ name: e.name, run: { cwd: prepareStackDir(join(dir, e.name), readFileSync(join(scratch, "cdktf.out", "stacks", e.name, "cdk.tf.json"), "utf8")), env } }));
  for (const d of dirs) {
    await init(d.run);
    const v = await validate(d.run);
    if (!v.json.valid) throw new Error(`${d.name} is not valid`);
  }
  const dev = dirs.find((d) => d.name === "dev")!.run;
  await plan(dev);
  await apply(dev);
  await plan(dev);
}

interface Figures {
  wallMs: number;
  cpuS: number;
  starts: number;
}

async function measure(mode: "managed" | "attached", round: number): Promise<Figures> {
  const dir = join(scratch, `${mode}-${round}`);
  const statsFile = join(dir, "stats.jsonl");
  const cpu0 = childrenCpuSeconds();
  const started = performance.now();
  if (mode === "managed") {
    const install = await installOfflineProvider(dir, { statsFile });
    await workload(install.env, dir);
  } else {
    const provider = await attachOfflineProvider(dir, { statsFile });
    try {
      await workload(provider.env, dir);
    } finally {
      await provider.close();
    }
  }
  return { wallMs: performance.now() - started, cpuS: childrenCpuSeconds() - cpu0, starts: starts(statsFile) };
}

try {
  synthesize(ENVIRONMENTS, { outdir: join(scratch, "cdktf.out") });
  await installOfflineProvider(join(scratch, "warm-up")); // the bundle is built (or found) before anything is timed
  const results: Record<"managed" | "attached", Figures[]> = { managed: [], attached: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of ["managed", "attached"] as const) results[mode].push(await measure(mode, round));
  }
  const sum = (xs: Figures[], k: keyof Figures) => xs.reduce((s, x) => s + x[k], 0) / xs.length;
  console.log(`| mode (mean of ${ROUNDS}) | wall s | Terraform + provider CPU s | plugin starts |`);
  console.log("|---|---:|---:|---:|");
  for (const mode of ["managed", "attached"] as const) {
    console.log(`| ${mode} | ${(sum(results[mode], "wallMs") / 1000).toFixed(1)} | ${sum(results[mode], "cpuS").toFixed(1)} | ${sum(results[mode], "starts")} |`);
  }
  console.log(`attached/managed: wall ${(sum(results.attached, "wallMs") / sum(results.managed, "wallMs")).toFixed(2)}, CPU ${(sum(results.attached, "cpuS") / sum(results.managed, "cpuS")).toFixed(2)}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

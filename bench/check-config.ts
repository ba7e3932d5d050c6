// check-config on the synthesized dev, test and prod stacks: strict read,
// closed-shape and grammar check against the base synthesis, and the write
// of the re-serialized copy (what the privileged job does before a plan).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { checkEnvironment, writeCheckedStack } from "../tools/pipeline/check-config";
import { synthesize } from "../lib/synthesize";
import { ENVIRONMENTS } from "../stacks";

const RUNS = 50;
const scratch = mkdtempSync(join(tmpdir(), "oic-bench-check-"));
try {
  synthesize(ENVIRONMENTS, { outdir: join(scratch, "out"), baseDir: scratch });
  const rows: { env: string; p50: number; max: number }[] = [];
  for (const env of ENVIRONMENTS.map((e) => e.name)) {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const r = checkEnvironment(join(scratch, "out"), join(scratch, "out"), env);
      if (!r.stack) throw new Error(`${env} did not pass: ${r.violations.map((v) => v.reason).join("; ")}`);
      writeCheckedStack(join(scratch, `checked-${i}`), env, r.stack);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    rows.push({ env, p50: times[Math.floor(RUNS / 2)]!, max: times[RUNS - 1]! });
  }
  console.log(`check-config (${RUNS} runs each, ms, including the first run's warm-up in max)`);
  for (const r of rows) console.log(`  ${r.env.padEnd(5)} p50 ${r.p50.toFixed(2)}  max ${r.max.toFixed(2)}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

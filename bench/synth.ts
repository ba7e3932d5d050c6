// Binding generation, build and synthesis of every environment, each in its
// own process so that its peak memory (max RSS) is its own.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

interface Phase {
  readonly name: string;
  readonly code: string;
}
const root = resolve(".");
const scratch = mkdtempSync(join(tmpdir(), "oic-bench-"));

// Each phase reports its own wall time and max RSS from inside the process.
const report = `const t0 = performance.now(); process.on("exit", () => console.log(JSON.stringify({ ms: performance.now() - t0, rssMb: process.resourceUsage().maxRSS / 1024 })));`;
const phases: Phase[] = [
  {
    name: "generate OCI bindings (19 resources, 19 data sources)",
    code: `${report} const { generateProviderBindingsFromSchema } = await import("@cdktf/provider-generator"); const { readFileSync } = await import("node:fs"); await generateProviderBindingsFromSchema(${JSON.stringify(join(scratch, "gen"))}, JSON.parse(readFileSync("provider/oci-schema.json", "utf8")));`,
  },
  { name: "build (esbuild bundle of app and commands)", code: `${report} await import(${JSON.stringify(join(root, "scripts/build.mjs"))});` },
  { name: "synthesize every environment", code: `${report} process.env.CDKTF_OUTDIR = ${JSON.stringify(join(scratch, "out"))}; await import(${JSON.stringify(join(root, "dist/main.js"))});` },
];

function withoutMissingTfConfig(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  if (env.TF_CLI_CONFIG_FILE && !existsSync(env.TF_CLI_CONFIG_FILE)) delete env.TF_CLI_CONFIG_FILE;
  return env;
}

const rows: { name: string; ms: number; rssMb: number }[] = [];
for (const p of phases) {
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", p.code, "--", "--quiet"], { cwd: root, encoding: "utf8", env: withoutMissingTfConfig() });
  const last = r.stdout.trim().split("\n").pop() ?? "";
  if (r.status !== 0 || !last.startsWith("{")) {
    console.error(`${p.name} failed:\n${r.stderr}`);
    process.exit(1);
  }
  rows.push({ name: p.name, ...(JSON.parse(last) as { ms: number; rssMb: number }) });
}
rmSync(scratch, { recursive: true, force: true });

const total = rows.reduce((s, r) => s + r.ms, 0);
console.log("| phase | wall ms | share | peak RSS MB |");
console.log("|---|---:|---:|---:|");
for (const r of rows) console.log(`| ${r.name} | ${r.ms.toFixed(0)} | ${((100 * r.ms) / total).toFixed(0)}% | ${r.rssMb.toFixed(0)} |`);
console.log(`| total | ${total.toFixed(0)} | 100% | ${Math.max(...rows.map((r) => r.rssMb)).toFixed(0)} (max) |`);

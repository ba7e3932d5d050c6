#!/usr/bin/env node
// `npm run bench`: bundles every bench/*.ts and runs them one after the
// other in this one run, so that their figures (and ratios) are comparable.
// `npm run bench -- synth smoke` runs only those.
import { spawnSync } from "node:child_process";
import { readdir } from "node:fs/promises";
import { build } from "esbuild";

const only = process.argv.slice(2);
const files = (await readdir("bench")).filter((f) => f.endsWith(".ts")).filter((f) => only.length === 0 || only.includes(f.replace(/\.ts$/, "")));
await build({
  entryPoints: files.map((f) => `bench/${f}`),
  outdir: "dist/bench",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  packages: "external",
  logLevel: "warning",
});
let failed = 0;
for (const f of files) {
  const name = f.replace(/\.ts$/, "");
  console.log(`\n### bench: ${name}`);
  const r = spawnSync(process.execPath, [`dist/bench/${name}.js`], { stdio: "inherit" });
  if (r.status !== 0) {
    failed++;
    console.error(`bench ${name} exited with ${r.status ?? r.signal}`);
  }
}
process.exit(failed ? 1 : 0);

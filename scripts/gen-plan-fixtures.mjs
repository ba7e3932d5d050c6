#!/usr/bin/env node
// npm run gen:plans [-- --check]
// Regenerates the review's scenario fixtures (test/fixtures/plans/*.json)
// from real terraform plans of the dev stack through the offline OCI
// provider (scripts/plan-fixtures/generate.ts, bundled with esbuild like
// scripts/build.mjs does). --check writes nothing and exits 1 when a
// committed fixture differs from what the generator produces.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const check = process.argv.includes("--check");
const outdir = join(".oic-access", "gen-plan-fixtures");
mkdirSync(outdir, { recursive: true });
const outfile = join(outdir, "generate.mjs");
await build({
  entryPoints: ["scripts/plan-fixtures/generate.ts"],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  packages: "external",
  logLevel: "warning",
});
const { generatePlanFixtures, fixturesDir } = await import(pathToFileURL(join(process.cwd(), outfile)).href);
const { files, ms } = await generatePlanFixtures();
const dir = fixturesDir();
const differing = [];
for (const [name, text] of files) {
  const path = join(dir, name);
  let current;
  try {
    current = readFileSync(path, "utf8");
  } catch {
    current = undefined;
  }
  if (current === text) continue;
  differing.push(name);
  if (!check) writeFileSync(path, text);
}
const seconds = (ms / 1000).toFixed(1);
if (check) {
  if (differing.length) {
    console.error(`gen:plans --check: ${differing.join(", ")} differ from what the generator produces (${seconds} s); run npm run gen:plans`);
    process.exit(1);
  }
  console.error(`gen:plans --check: ${files.size} fixtures up to date (${seconds} s)`);
} else {
  console.error(`gen:plans: ${files.size} fixtures generated in ${seconds} s, ${differing.length} changed${differing.length ? `: ${differing.join(", ")}` : ""}`);
}

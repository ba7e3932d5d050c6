#!/usr/bin/env node
// Bundles the CDKTF app (main.ts), the package entry point (lib/index.ts)
// and every command in cli/ into dist/
// as ES modules. Packages stay external (node_modules is there at run time);
// only our TypeScript and the generated bindings are bundled, which is what
// keeps the build to about a second. Type-checking is `npm run typecheck`.
import { readdir } from "node:fs/promises";
import { build } from "esbuild";

const cli = (await readdir("cli").catch(() => []))
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
  .map((f) => `cli/${f}`);

const started = performance.now();
await build({
  entryPoints: ["main.ts", "lib/index.ts", ...cli],
  outdir: "dist",
  outbase: ".",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
  entryNames: "[dir]/[name]",
});
if (!process.argv.includes("--quiet")) {
  console.error(`built ${2 + cli.length} entry points in ${Math.round(performance.now() - started)} ms`);
}

#!/usr/bin/env node
// Bundles the assertion Function (function/src/func.ts) and everything it
// imports, node_modules included, into one ES module: dist/function/func.js
// (under the project's dist/, which git and eslint already ignore).
// The image then needs only Node (no npm install in the runtime stage).
// CommonJS dependencies (the FDK, the OCI SDK) call require(); the banner
// gives the ES module a real one.
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = fileURLToPath(new URL(".", import.meta.url));
const outfile = fileURLToPath(new URL("../dist/function/func.js", import.meta.url));
const started = performance.now();
const result = await build({
  entryPoints: [`${here}src/func.ts`],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  minify: false,
  sourcemap: "linked",
  legalComments: "linked",
  metafile: true,
  logLevel: "warning",
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
if (!process.argv.includes("--quiet")) {
  console.error(`built dist/function/func.js (${(bytes / 1024 / 1024).toFixed(1)} MiB with map) in ${Math.round(performance.now() - started)} ms`);
}

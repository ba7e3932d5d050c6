#!/usr/bin/env node
// `npm run check`: lint and type-check side by side (one core each on a
// 2-core machine), each one's output printed whole when it ends, in this
// order. Exits 1 if either fails. `npm test` runs it before jest.
import { Buffer } from "node:buffer";
import { spawn } from "node:child_process";

const CHECKS = [
  ["lint", ["run", "-s", "lint"]],
  ["typecheck", ["run", "-s", "typecheck"]],
];

function run([name, args]) {
  return new Promise((resolve) => {
    const child = spawn(process.platform === "win32" ? "npm.cmd" : "npm", args, { stdio: ["ignore", "pipe", "pipe"] });
    const out = [];
    child.stdout.on("data", (b) => out.push(b));
    child.stderr.on("data", (b) => out.push(b));
    child.on("error", (e) => resolve({ name, code: 1, text: `${e.message}\n` }));
    child.on("close", (code) => resolve({ name, code: code ?? 1, text: Buffer.concat(out).toString("utf8") }));
  });
}

const results = await Promise.all(CHECKS.map(run));
for (const r of results) {
  if (r.text) process.stdout.write(r.text);
  if (r.code !== 0) process.stderr.write(`npm run ${r.name} failed (exit ${r.code})\n`);
}
process.exit(results.every((r) => r.code === 0) ? 0 : 1);

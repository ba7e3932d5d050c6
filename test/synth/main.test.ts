import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";

// The app as the cdktf CLI and `npm start` run it: bundled, in a process.
// Inside the project, so that its packages resolve from node_modules.
mkdirSync("dist", { recursive: true });
const dist = mkdtempSync(join("dist", "test-main-"));
beforeAll(async () => {
  await build({ entryPoints: ["main.ts", "lib/cli/summary.ts"], outdir: dist, outbase: ".", bundle: true, platform: "node", format: "esm", packages: "external", logLevel: "silent" });
});
const run = (script: string, env: Record<string, string>) =>
  spawnSync(process.execPath, [join(process.cwd(), dist, script)], { encoding: "utf8", env: { ...process.env, ...env }, cwd: process.cwd() });

test("synthesizes every environment and the summary lists them", () => {
  const outdir = mkdtempSync(join(tmpdir(), "oic-out-"));
  const synth = run("main.js", { CDKTF_OUTDIR: outdir });
  expect(synth.status).toBe(0);
  for (const env of ["dev", "test", "prod"]) expect(existsSync(join(outdir, "stacks", env, "cdk.tf.json"))).toBe(true);
  const summary = run("lib/cli/summary.js", { CDKTF_OUTDIR: outdir });
  expect(summary.status).toBe(0);
  expect(summary.stdout).toMatch(/== dev ==[\s\S]*== prod ==[\s\S]*== test ==/);
  expect(summary.stdout).toContain("3 environments synthesized offline");
});

test("OIC_ACCESS_ONLY limits the environments; an unknown one is a one-line error, no stack trace", () => {
  const outdir = mkdtempSync(join(tmpdir(), "oic-out-"));
  expect(run("main.js", { CDKTF_OUTDIR: outdir, OIC_ACCESS_ONLY: "dev" }).status).toBe(0);
  expect(existsSync(join(outdir, "stacks", "prod"))).toBe(false);
  const bad = run("main.js", { CDKTF_OUTDIR: outdir, OIC_ACCESS_ONLY: "staging" });
  expect(bad.status).toBe(1);
  expect(bad.stderr.trim()).toBe("unknown environment staging; known: dev, test, prod");
});

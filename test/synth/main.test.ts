import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { readStackModel } from "../../lib/stack-model/read-stack";
import { topologyMarkdown } from "../../lib/stack-model/topology-file";
import { mermaidSourceIn, parseMermaid } from "../helpers/mermaid";
import { nonEmpty } from "../helpers/non-empty";

// The app as the cdktf CLI and `npm start` run it: bundled, in a process.
// Inside the project, so that its packages resolve from node_modules.
mkdirSync("dist", { recursive: true });
const dist = mkdtempSync(join("dist", "test-main-"));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
beforeAll(async () => {
  await build({ entryPoints: ["main.ts", "cli/summary.ts"], outdir: dist, outbase: ".", bundle: true, platform: "node", format: "esm", packages: "external", logLevel: "silent" });
});
const run = (script: string, env: Record<string, string>) =>
  spawnSync(process.execPath, [join(process.cwd(), dist, script)], { encoding: "utf8", env: { ...process.env, ...env }, cwd: process.cwd() });

test("synthesizes every environment and the summary lists them", () => {
  const outdir = mkdtempSync(join(tmpdir(), "oic-out-"));
  const synth = run("main.js", { CDKTF_OUTDIR: outdir });
  expect(synth.status).toBe(0);
  for (const env of ["dev", "test", "prod"]) expect(existsSync(join(outdir, "stacks", env, "cdk.tf.json"))).toBe(true);
  const summary = run("cli/summary.js", { CDKTF_OUTDIR: outdir });
  expect(summary.status).toBe(0);
  expect(summary.stdout).toMatch(/== dev ==[\s\S]*== prod ==[\s\S]*== test ==/);
  expect(summary.stdout).toContain("3 environments synthesized offline");
  // ... and writes each environment's identity topology beside the stacks: the file the render test draws, which mermaid parses
  const files = ["dev", "test", "prod"].map((env) => join(outdir, `topology-${env}.md`));
  for (const [i, env] of nonEmpty(["dev", "test", "prod"].entries(), "dev test prod .entries")) {
    expect(summary.stdout).toContain(`who trusts whom (Mermaid diagram): ${files[i]}`);
    const stackFile = join(outdir, "stacks", env, "cdk.tf.json");
    expect(readFileSync(files[i]!, "utf8")).toBe(topologyMarkdown(readStackModel(join(outdir, "stacks", env)), stackFile));
  }
  const parsed = parseMermaid(files.map((f) => mermaidSourceIn(readFileSync(f, "utf8"))));
  expect(parsed.map((p) => [p.ok, p.error, p.clicks])).toEqual([[true, undefined, 0], [true, undefined, 0], [true, undefined, 0]]);
});

test("OIC_ACCESS_ONLY limits the environments; an unknown one is a one-line error, no stack trace", () => {
  const outdir = mkdtempSync(join(tmpdir(), "oic-out-"));
  expect(run("main.js", { CDKTF_OUTDIR: outdir, OIC_ACCESS_ONLY: "dev" }).status).toBe(0);
  expect(existsSync(join(outdir, "stacks", "prod"))).toBe(false);
  const bad = run("main.js", { CDKTF_OUTDIR: outdir, OIC_ACCESS_ONLY: "staging" });
  expect(bad.status).toBe(1);
  expect(bad.stderr.trim()).toBe("unknown environment staging; known: dev, test, prod");
});

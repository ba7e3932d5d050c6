import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UsageError } from "../../lib/errors";
import { reviewMarker } from "../../tools/review/markdown";
import { runReview } from "../../tools/review/run";
import { fixturePath } from "./fixtures";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "review-cli-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const status = runReview(argv, {
    cwd: dir,
    projectDir: dir,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { status, stdout, stderr };
}

/** A project dir with synthesized stacks dev and prod (prod is a copy of dev's fixture). */
function synthesize(...envs: string[]): void {
  for (const env of envs) {
    mkdirSync(join(dir, "cdktf.out", "stacks", env), { recursive: true });
    copyFileSync(fixturePath("stacks/dev/cdk.tf.json"), join(dir, "cdktf.out", "stacks", env, "cdk.tf.json"));
  }
}

describe("npm run review", () => {
  it("exits 0 and prints Markdown with the env marker when nothing is high risk", () => {
    const r = run("dev", "--plan", fixturePath("create.json"));
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith(reviewMarker("dev"))).toBe(true);
    expect(r.stderr).toContain("review dev: 15 create; no high-risk change");
  });

  it("exits 3 on a high-risk change, 0 with --approved (flags still printed)", () => {
    expect(run("dev", "--plan", fixturePath("replace-apps.json")).status).toBe(3);
    const approved = run("dev", "--plan", fixturePath("replace-apps.json"), "--approved");
    expect(approved.status).toBe(0);
    expect(approved.stdout).toContain("Identity app replaced");
    expect(approved.stderr).toContain("(approved)");
  });

  it("--out writes the Markdown (creating the directory) and keeps stdout quiet; --json prints a summary", () => {
    const r = run("dev", "--plan", fixturePath("delete.json"), "--out", "out/review.md", "--json");
    expect(r.status).toBe(3);
    expect(readFileSync(join(dir, "out", "review.md"), "utf8")).toContain("Grant removed");
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ approved: false, exitCode: 3, highRisk: 2 });
    expect(summary.environments[0].counts.delete).toBe(2);
    expect(run("dev", "--plan", fixturePath("delete.json"), "--out", "r.md").stdout).toBe("");
  });

  it("takes the environment from .../stacks/<env>/plan.json and groups with the cdk.tf.json beside it", () => {
    const r = run("--plan", fixturePath("stacks/dev/plan.json"));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(reviewMarker("dev"));
    expect(r.stdout).toContain("Grouped by mission construct");
  });

  it("without a plan reviews every synthesized stack, or the one named", () => {
    synthesize("dev", "prod");
    const all = run();
    expect(all.status).toBe(0);
    expect(all.stdout).toContain(reviewMarker("dev"));
    expect(all.stdout).toContain(reviewMarker("prod"));
    expect(all.stdout).toContain("synthesized configuration only");
    const one = run("prod");
    expect(one.stdout).toContain(reviewMarker("prod"));
    expect(one.stdout).not.toContain(reviewMarker("dev"));
  });

  it.each([
    [["dev", "--plan", "missing.json"], /Plan file .*missing\.json does not exist: create it with `terraform show -json/],
    [["dev", "--plan", fixturePath("bad-not-json.txt")], /is not JSON: pass the output of `terraform show -json/],
    [["dev", "--plan", fixturePath("bad-format-version.json")], /format_version "2\.0": this review reads Terraform's JSON plan format 1\.x/],
    [["dev", "--plan", fixturePath("bad-state.json")], /not a plan/],
    [["dev", "--plan", fixturePath("bad-resource-changes.json")], /resource_changes\[0\] lacks address, type or change\.actions/],
    [["dev", "--plan", fixturePath("stacks/dev/cdk.tf.json")], /is a synthesized configuration \(cdk\.tf\.json\), not a plan/],
    [[], /No synthesized stacks in .*: run `npm run synth` first/],
  ])("bad input %j: one sentence, exit 1", (argv, message) => {
    const r = run(...(argv as string[]));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stdout).toBe("");
  });

  it.each([
    [["dev", "prod"], /at most one environment/],
    [["../etc"], /Environment name "\.\.\/etc" is not valid/],
    [["--colour"], /^unknown option --colour$/],
  ])("usage mistake %j: a UsageError (exit 2 through runCommand), nothing written", (argv, message) => {
    expect(() => run(...(argv as string[]))).toThrow(UsageError);
    expect(() => run(...(argv as string[]))).toThrow(message);
  });

  it("names the environments found when the one asked for is not synthesized", () => {
    synthesize("dev");
    const r = run("qa");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('No synthesized stack for environment "qa"');
    expect(r.stderr).toContain("environments found: dev");
  });

  it("--help prints usage and exits 0", () => {
    const r = run("--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Exit status: 0 no high-risk change");
    expect(existsSync(join(dir, "cdktf.out"))).toBe(false);
  });
});

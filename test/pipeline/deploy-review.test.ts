/**
 * What deploys is what was reviewed: every plan of a deploy gets the same
 * redacted review a pull request gets (published: the job summary in CI); a
 * high-risk change stops the deploy before apply unless it was approved for
 * exactly the commit deployed; apply refuses a plan file that is not the one
 * reviewed. First with the fake Terraform (the phase logic), then through
 * real Terraform with the offline OCI provider: a merge commit that deletes
 * a client app stops with the state unchanged, and the same commit,
 * approved, deploys.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EnvironmentConfig } from "../../lib/config/environment";
import { PipelineError } from "../../tools/pipeline/phases";
import { processTerraformCli } from "../../tools/terraform/cli";
import { runReview } from "../../tools/review/run";
import { attachOfflineProvider } from "../../offline-provider/attach";
import { worldForEnvironment } from "../../sandbox/rehearsal/world-for-environment";
import { BACKEND_OVERRIDE_FILE } from "../../tools/terraform/stack-dir";
import { dev } from "../../stacks/dev";
import { FakeTerraform } from "./fake-terraform";
import { freshRunner, type Runner, type RunnerOptions } from "./helpers";

const MERGE_COMMIT = "1".repeat(40);
const OTHER_COMMIT = "2".repeat(40);
const config: EnvironmentConfig = { ...dev, smoke: { ...dev.smoke, assertionUser: "integration.tester@example.com" } };
/** The next commit: the scheduler's client app is removed (deleting an identity app is high-risk). */
const withoutScheduler: EnvironmentConfig = { ...config, clientCredentialsApps: [] };

const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};
const closeAfter: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(closeAfter.splice(0).map((c) => c.close()));
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function runner(o: RunnerOptions): Runner {
  const r = freshRunner(o);
  dirs.push(r.dir);
  return r;
}

async function stopped(promise: Promise<unknown>): Promise<PipelineError> {
  const e = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(PipelineError);
  return e as PipelineError;
}

describe("the deploy reviews its own plan (fake Terraform)", () => {
  const settings = (approvedFor?: string) => ({ commit: MERGE_COMMIT, highRiskApprovedFor: approvedFor });

  it("every plan of a deploy is reviewed before it is applied, the certificate's plan too", async () => {
    const reviewed: string[] = [];
    const r = runner({ terraform: new FakeTerraform(), config, review: async (args) => (reviewed.push(args[0]!), 0), settings: settings() });
    expect(await r.pipeline.deploy("dev")).toBe(0);
    expect(r.pipeline.history).toEqual(["synth dev", "restore-cert dev", "plan dev", "review dev", "apply dev", "cert dev", "synth dev", "plan dev", "review dev", "apply dev", "smoke dev"]);
    expect(reviewed).toEqual(["dev", "dev"]);
  });

  it.each([
    ["no approval", undefined, /the plan holds a high-risk identity change \(see the review\) and no approval was given; nothing was applied/],
    ["an approval of another commit", OTHER_COMMIT, /the approval names 2{40}, not this commit; nothing was applied/],
    ["an abbreviated SHA", MERGE_COMMIT.slice(0, 7), /the approval names 1{7}, not this commit/],
  ])("a high-risk change with %s stops before apply (exit 3), plan files removed", async (_what, approvedFor, message) => {
    const tf = new FakeTerraform();
    const r = runner({ terraform: tf, config, review: async () => 3, settings: settings(approvedFor) });
    const e = await stopped(r.pipeline.deploy("dev"));
    expect(e.message).toMatch(message);
    expect(e.message).toContain(`approve_high_risk_for = ${MERGE_COMMIT}`);
    expect(e.exitCode).toBe(3);
    expect(tf.calls.filter((c) => c.startsWith("apply"))).toEqual([]);
    expect(r.pipeline.history.at(-1)).toBe("review dev");
    expect(() => readFileSync(join(r.pipeline.stackDir("dev"), "plan.tfplan"))).toThrow();
  });

  it("the same change approved for the commit deployed is applied", async () => {
    const tf = new FakeTerraform();
    const r = runner({ terraform: tf, config, review: async () => 3, settings: settings(MERGE_COMMIT) });
    expect(await r.pipeline.deploy("dev")).toBe(0);
    expect(tf.calls.filter((c) => c.startsWith("apply"))).toHaveLength(2);
    expect(r.log).toContain(`review dev: high-risk change approved for commit ${MERGE_COMMIT}`);
  });

  it("a review that fails (exit 1) stops the deploy too", async () => {
    const tf = new FakeTerraform();
    const r = runner({ terraform: tf, config, review: async () => 1, settings: settings(MERGE_COMMIT) });
    expect((await stopped(r.pipeline.deploy("dev"))).message).toMatch(/the review of the plan failed \(exit 1\); nothing was applied/);
    expect(tf.calls.filter((c) => c.startsWith("apply"))).toEqual([]);
  });

  it("apply refuses a plan file changed after its review", async () => {
    const tf = new FakeTerraform();
    const r = runner({ terraform: tf, config });
    await r.pipeline.synth("dev");
    await r.pipeline.plan("dev");
    await r.pipeline.reviewGate("dev");
    const planJson = join(r.pipeline.stackDir("dev"), "plan.json");
    writeFileSync(planJson, readFileSync(planJson, "utf8").replace(/"create"/, '"no-op"'));
    expect((await stopped(r.pipeline.apply("dev"))).message).toMatch(/the plan file is not the one reviewed/);
    expect(tf.calls.filter((c) => c.startsWith("apply"))).toEqual([]);
  });

  it("the review gate refuses plan files changed between the plan and the review, or during the review", async () => {
    const tf = new FakeTerraform();
    const r = runner({ terraform: tf, config });
    await r.pipeline.synth("dev");
    await r.pipeline.plan("dev");
    const planFile = join(r.pipeline.stackDir("dev"), "plan.tfplan");
    writeFileSync(planFile, `${readFileSync(planFile, "utf8")} `);
    expect((await stopped(r.pipeline.reviewGate("dev"))).message).toMatch(/the plan files changed after the plan/);
    const during = runner({ terraform: tf, config, review: async (args) => (writeFileSync(args[2]!, "{}"), 0) });
    await during.pipeline.synth("dev");
    await during.pipeline.plan("dev");
    expect((await stopped(during.pipeline.reviewGate("dev"))).message).toMatch(/the plan files changed during the review/);
    expect(tf.calls.filter((c) => c.startsWith("apply"))).toEqual([]);
  });

  it("the `apply` phase on its own plans afresh and reviews before applying", async () => {
    const tf = new FakeTerraform();
    const r = runner({ terraform: tf, config, review: async () => 3, settings: settings() });
    await r.pipeline.synth("dev");
    await r.pipeline.plan("dev");
    await stopped(r.pipeline.lockedApply("dev"));
    expect(r.pipeline.history).toEqual(["synth dev", "plan dev", "plan dev", "review dev"]);
    expect(tf.calls.filter((c) => c.startsWith("apply"))).toEqual([]);
  });
});

/** Terraform state (local backend) of the rehearsal: the identity apps it holds, by name. */
function appsInState(statePath: string): string[] {
  const state = JSON.parse(readFileSync(statePath, "utf8")) as { resources: { type: string; mode: string; instances: { attributes: { name?: string } }[] }[] };
  return state.resources
    .filter((r) => r.mode === "managed" && r.type === "oci_identity_domains_app")
    .flatMap((r) => r.instances.map((i) => i.attributes.name ?? "?"))
    .sort();
}

describe("through real Terraform with the offline provider: a high-risk change not approved for the commit stops before apply", () => {
  it("deploy, then a commit deleting a client app: stopped with the state unchanged; approved for that commit: applied", async () => {
    const work = tempDir("deploy-review-");
    // Started once for the three deploys; every terraform command attaches to it (offline-provider/attach.ts).
    const provider = await attachOfflineProvider(join(work, "terraform"), { world: worldForEnvironment(config) });
    closeAfter.push(provider);
    const statePath = join(work, "dev.tfstate");
    let current = config;
    const options = (commit: string, approvedFor?: string): RunnerOptions => ({
      terraform: processTerraformCli({ env: provider.env }),
      config,
      currentConfig: () => current,
      // The remote state of every fresh runner: one local file (Terraform's override rule replaces the backend).
      afterSynth: (stackDir) => writeFileSync(join(stackDir, BACKEND_OVERRIDE_FILE), JSON.stringify({ terraform: { backend: { local: { path: statePath } } } })),
      review: async (args) => runReview(args, { cwd: work, projectDir: work, stdout: () => undefined, stderr: () => undefined }),
      settings: { commit, highRiskApprovedFor: approvedFor },
    });

    const first = runner(options(OTHER_COMMIT));
    expect(await first.pipeline.deploy("dev")).toBe(0);
    const apps = appsInState(statePath);
    expect(apps).toContain("dev-oic-scheduler");

    // The merge commit removes the scheduler's app: its review flags the deletion, nobody approved it.
    current = withoutScheduler;
    const before = readFileSync(statePath, "utf8");
    const unapproved = runner(options(MERGE_COMMIT, OTHER_COMMIT));
    const e = await stopped(unapproved.pipeline.deploy("dev"));
    expect(e.exitCode).toBe(3);
    expect(e.message).toMatch(/high-risk identity change .* nothing was applied/);
    expect(readFileSync(statePath, "utf8")).toBe(before);
    expect(unapproved.published).toHaveLength(1);
    expect(unapproved.published[0]).toMatch(/Identity app deleted/);
    expect(unapproved.published[0]).toContain("dev-oic-scheduler");
    expect(unapproved.published[0]).not.toMatch(/idcscs-/);

    // Approved for exactly that commit: the reviewed plan is applied.
    const approved = runner(options(MERGE_COMMIT, MERGE_COMMIT));
    expect(await approved.pipeline.deploy("dev")).toBe(0);
    expect(approved.log).toContain(`review dev: high-risk change approved for commit ${MERGE_COMMIT}`);
    expect(appsInState(statePath)).toEqual(apps.filter((a) => a !== "dev-oic-scheduler"));
  }, 300_000);
});

/**
 * The pipeline's own scripts, rehearsed offline: the pull-request plan
 * (synthesize as the unprivileged job does, allow-list against the base
 * branch's synthesis, plan, review with the base code) and a first deploy
 * followed by a redeploy on a fresh runner.
 *
 * TERRAFORM: `rehearsalTerraform()` returns the FakeTerraform today. To run
 * these through real Terraform with the offline provider (issue 8), make it
 * return an adapter of lib/terraform's runner to TerraformCli
 * (lib/pipeline/terraform-cli.ts: init, plan -out, show -json [plan],
 * apply <plan>, output -json), with the provider override CLI config and a
 * state directory that outlives a "runner" (a local backend path outside the
 * runner directory, or the rehearsal's own state store) — then remove the
 * `it.todo` entries below. Everything else here is already the real code.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EnvironmentConfig } from "../../lib/config/environment";
import { checkArtifact, expectedFromStack } from "../../lib/pipeline/allow-list";
import { Pipeline } from "../../lib/pipeline/phases";
import type { TerraformCli } from "../../lib/pipeline/terraform-cli";
import { reviewMarker } from "../../lib/review/markdown";
import { runReview } from "../../lib/review/run";
import { synthesize } from "../../lib/synthesize";
import { dev } from "../../stacks/dev";
import { FakeTerraform } from "./fake-terraform";
import { freshRunner } from "./helpers";

/** The Terraform the rehearsal runs: replace with the offline provider's runner (see the header). */
function rehearsalTerraform(): TerraformCli & { readonly calls: string[] } {
  return new FakeTerraform();
}

const config: EnvironmentConfig = { ...dev, smoke: { ...dev.smoke, assertionUser: "integration.tester@example.com" } };
const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("offline rehearsal: pull-request plan", () => {
  it("unprivileged synth -> allow-list -> read-only plan -> base-branch review with the exact marker", async () => {
    // Unprivileged job: the branch's code synthesizes; only cdktf.out/ travels.
    const branch = tempDir("rehearsal-branch-");
    synthesize([config], { only: ["dev"], outdir: join(branch, "cdktf.out"), baseDir: branch });
    const artifact = tempDir("rehearsal-artifact-");
    cpSync(join(branch, "cdktf.out"), artifact, { recursive: true });

    // Privileged job: the base branch's synthesis says which backend and provider to expect.
    const base = tempDir("rehearsal-base-");
    synthesize([config], { only: ["dev"], outdir: join(base, "base.out"), baseDir: base });
    const expected = expectedFromStack(JSON.parse(readFileSync(join(base, "base.out", "stacks", "dev", "cdk.tf.json"), "utf8")));
    expect(checkArtifact(artifact, ["dev"], () => expected)).toEqual([]);

    const terraform = rehearsalTerraform();
    const log: string[] = [];
    let stderr = "";
    const pipeline = new Pipeline(
      {
        terraform,
        synth: async () => {
          throw new Error("the privileged job never synthesizes the pull request");
        },
        issueCertificate: async () => {
          throw new Error("no certificate in a plan");
        },
        smoke: async () => {
          throw new Error("no smoke in a plan");
        },
        review: async (args) => runReview(args, { cwd: base, projectDir: base, stdout: () => undefined, stderr: (t) => (stderr += t) }),
        log: (l) => log.push(l),
        mask: () => undefined,
        now: () => new Date(),
      },
      { stacksDir: join(artifact, "stacks"), certsDir: join(base, "certs"), workDir: join(base, "work") },
    );
    await pipeline.plan("dev");
    const out = join(base, "review.md");
    expect(await pipeline.review("dev", { out })).toBe(0);
    const review = readFileSync(out, "utf8");
    expect(review.startsWith(`${reviewMarker("dev")}\n`)).toBe(true);
    expect(stderr).toMatch(/^review dev: \d+ create; no high-risk change/);
    expect(log.join("\n")).not.toMatch(/client_secret/);
    expect(terraform.calls.filter((c) => !c.startsWith("show"))).toEqual(["init dev", "plan dev"]);
  });

  it.todo("the same pull-request plan through terraform init/plan/show with the offline provider (issue 8)");
});

describe("offline rehearsal: first deploy, then a redeploy on a fresh runner", () => {
  it("ends with a certificate on the trusted app and a passing smoke; the redeploy changes nothing", async () => {
    const terraform = rehearsalTerraform();
    const first = freshRunner({ terraform, config });
    dirs.push(first.dir);
    expect(await first.pipeline.deploy("dev")).toBe(0);
    expect(first.pipeline.history).toEqual(["synth dev", "restore-cert dev", "plan dev", "apply dev", "cert dev", "synth dev", "plan dev", "apply dev", "smoke dev"]);

    const second = freshRunner({ terraform, config });
    dirs.push(second.dir);
    expect(await second.pipeline.deploy("dev")).toBe(0);
    expect(second.log).toContain("plan dev: no changes (the plan text is never shown: it prints secrets)");
    expect(second.issued).toEqual([]);
  });

  it.todo("the same deploy and redeploy through terraform apply with the offline provider, the KMS stand-in for the certificate and the real smoke against the stand-ins seeded from the state (issue 8 §3)");
});

/**
 * The pipeline's own scripts, rehearsed offline: the pull-request plan
 * (synthesize as the unprivileged job does, check-config against the base
 * branch's synthesis, plan the checked copy, review with the base code) and a first deploy
 * followed by a redeploy on a fresh runner.
 *
 * Here against the FakeTerraform (fast, checks the phase logic); the same
 * scenarios through real Terraform with the offline OCI provider, the Vault
 * stand-in and the real smoke are in test/sandbox/rehearsal.test.ts, the
 * one suite of slow rehearsals.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Pipeline } from "../../tools/pipeline/phases";
import type { TerraformCli } from "../../tools/terraform/cli";
import { reviewMarker } from "../../tools/review/markdown";
import { runReview } from "../../tools/review/run";
import { FakeTerraform } from "./fake-terraform";
import { REHEARSED as config, freshRunner, pullRequestArtifact } from "./helpers";

/** The Terraform these rehearsals run (the real one: test/sandbox/rehearsal.test.ts). */
function rehearsalTerraform(): TerraformCli & { readonly calls: string[] } {
  return new FakeTerraform();
}

const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("offline rehearsal: pull-request plan", () => {
  it("unprivileged synth -> check-config -> read-only plan of the checked copy -> base-branch review with the exact marker", async () => {
    const { artifact, base } = pullRequestArtifact(config, tempDir);

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

});

describe("offline rehearsal: first deploy, then a redeploy on a fresh runner", () => {
  it("ends with a certificate on the trusted app and a passing smoke; the redeploy changes nothing", async () => {
    const terraform = rehearsalTerraform();
    const first = freshRunner({ terraform, config });
    dirs.push(first.dir);
    expect(await first.pipeline.deploy("dev")).toBe(0);
    expect(first.pipeline.history).toEqual(["synth dev", "restore-cert dev", "plan dev", "review dev", "apply dev", "cert dev", "synth dev", "plan dev", "review dev", "apply dev", "smoke dev"]);

    const second = freshRunner({ terraform, config });
    dirs.push(second.dir);
    expect(await second.pipeline.deploy("dev")).toBe(0);
    expect(second.log).toContain("plan dev: no changes (the plan text is never shown: it prints secrets)");
    expect(second.issued).toEqual([]);
  });

});

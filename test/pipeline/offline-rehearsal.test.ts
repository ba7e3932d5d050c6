/**
 * The pipeline's own scripts, rehearsed offline: the pull-request plan
 * (synthesize as the unprivileged job does, check-config against the base
 * branch's synthesis, plan the checked copy, review with the base code) and a first deploy
 * followed by a redeploy on a fresh runner.
 *
 * Each scenario runs twice: once against the FakeTerraform (fast, checks
 * the phase logic), once through real Terraform with the offline OCI
 * provider, the Vault stand-in for the certificate and the real smoke
 * against stand-ins seeded from the Terraform state (lib/sandbox).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EnvironmentConfig } from "../../lib/config/environment";
import { checkEnvironment, writeCheckedStack } from "../../lib/pipeline/check-config";
import { Pipeline } from "../../lib/pipeline/phases";
import { processTerraformCli, type TerraformCli } from "../../lib/pipeline/terraform-cli";
import { rehearsalRunner, startRehearsalCloud } from "../../lib/sandbox/rehearsal";
import { installOfflineProvider } from "../../lib/standins/offline-provider/install";
import { worldForEnvironment } from "../../lib/standins/offline-provider/world-for-environment";
import { BACKEND_OVERRIDE_FILE } from "../../lib/terraform/stack-dir";
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

/**
 * The pull request's two jobs up to the plan: the unprivileged one
 * synthesizes the branch and hands on only cdktf.out/; the privileged one
 * synthesizes the base branch (which backend and provider to expect), runs
 * check-config over the artifact before anything else and plans the checked
 * copy it writes (`artifact` is that copy: Terraform never reads the
 * artifact's own bytes).
 */
function pullRequestArtifact(): { artifact: string; base: string } {
  const branch = tempDir("rehearsal-branch-");
  synthesize([config], { only: ["dev"], outdir: join(branch, "cdktf.out"), baseDir: branch });
  const downloaded = tempDir("rehearsal-artifact-");
  cpSync(join(branch, "cdktf.out"), downloaded, { recursive: true });
  const base = tempDir("rehearsal-base-");
  synthesize([config], { only: ["dev"], outdir: join(base, "base.out"), baseDir: base });
  const checked = checkEnvironment(downloaded, join(base, "base.out"), "dev");
  expect(checked.violations).toEqual([]);
  const artifact = join(tempDir("rehearsal-checked-"), "checked");
  writeCheckedStack(artifact, "dev", checked.stack!);
  return { artifact, base };
}

describe("offline rehearsal: pull-request plan", () => {
  it("unprivileged synth -> check-config -> read-only plan of the checked copy -> base-branch review with the exact marker", async () => {
    const { artifact, base } = pullRequestArtifact();

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

  it("the same pull-request plan through terraform init/plan/show with the offline provider", async () => {
    const { artifact, base } = pullRequestArtifact();
    // After check-config: the rehearsal's stand-in for the read-only state backend.
    writeFileSync(join(artifact, "stacks", "dev", BACKEND_OVERRIDE_FILE), JSON.stringify({ terraform: { backend: { local: { path: join(base, "dev.tfstate") } } } }));

    const install = await installOfflineProvider(tempDir("rehearsal-tf-"), { world: worldForEnvironment(config) });
    const log: string[] = [];
    const pipeline = new Pipeline(
      {
        terraform: processTerraformCli({ env: install.env }),
        synth: async () => Promise.reject(new Error("the privileged job never synthesizes the pull request")),
        issueCertificate: async () => Promise.reject(new Error("no certificate in a plan")),
        smoke: async () => Promise.reject(new Error("no smoke in a plan")),
        review: async (args) => runReview(args, { cwd: base, projectDir: base, stdout: () => undefined, stderr: () => undefined }),
        log: (l) => log.push(l),
        mask: () => undefined,
        now: () => new Date(),
      },
      { stacksDir: join(artifact, "stacks"), certsDir: join(base, "certs"), workDir: join(base, "work") },
    );
    const summary = await pipeline.plan("dev");
    expect(summary.changes).toBe(true);
    expect(summary.counts.create).toBeGreaterThan(10);
    const out = join(base, "review.md");
    expect(await pipeline.review("dev", { out })).toBe(0);
    expect(readFileSync(out, "utf8").startsWith(`${reviewMarker("dev")}\n`)).toBe(true);
    expect(log.join("\n")).not.toMatch(/idcscs-|client_secret =/);
  }, 120_000);
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

  it("the same deploy and redeploy through terraform apply with the offline provider, the KMS stand-in for the certificate and the real smoke against stand-ins seeded from the state", async () => {
    const log: string[] = [];
    const cloud = await startRehearsalCloud({ config, workDir: tempDir("rehearsal-cloud-"), log: (l) => log.push(l) });
    try {
      const first = rehearsalRunner(cloud, { name: "runner-1", log: (l) => log.push(l) });
      expect(await first.pipeline.deploy("dev")).toBe(0);
      expect(first.pipeline.history).toEqual(["synth dev", "restore-cert dev", "plan dev", "review dev", "apply dev", "cert dev", "synth dev", "plan dev", "review dev", "apply dev", "smoke dev"]);
      expect(first.issued).toHaveLength(1);

      // A fresh runner: no certs/, no cdktf.out/; the same state and Vault.
      log.length = 0;
      const second = rehearsalRunner(cloud, { name: "runner-2", log: (l) => log.push(l) });
      expect(await second.pipeline.deploy("dev")).toBe(0);
      expect(log).toContain("plan dev: no changes (the plan text is never shown: it prints secrets)");
      expect(log.some((l) => l.startsWith("restore-cert dev: wrote the certificate"))).toBe(true);
      expect(second.issued).toEqual([]);
      expect(log.filter((l) => /^\s+PASS [ABC] /.test(l))).toHaveLength(3);
    } finally {
      await cloud.close();
    }
  }, 240_000);
});

/**
 * Every rehearsal through real Terraform, in one suite (the slowest file:
 * jest starts it first, the other worker takes the rest):
 *
 * - `npm run sandbox`: the deploy of an environment (test, prod) rehearsed offline
 *   through real Terraform (offline provider), the Vault stand-in and the
 *   real smoke against stand-ins seeded from the Terraform state;
 * - the pipeline's own scripts (test/pipeline/offline-rehearsal.test.ts runs
 *   them against the fake Terraform): the pull-request plan, and a first
 *   deploy followed by a redeploy on a fresh runner.
 *
 * Needs `terraform` on the PATH: without it these fail, they never skip.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Pipeline } from "../../tools/pipeline/phases";
import { reviewMarker } from "../../tools/review/markdown";
import { runReview } from "../../tools/review/run";
import { rehearsalRunner, rehearse, startRehearsalCloud } from "../../sandbox/rehearsal/rehearsal";
import { attachOfflineProvider } from "../../offline-provider/attach";
import { worldForEnvironment } from "../../sandbox/rehearsal/world-for-environment";
import { processTerraformCli } from "../../tools/terraform/cli";
import { BACKEND_OVERRIDE_FILE } from "../../tools/terraform/stack-dir";
import type { Cloud } from "../../sandbox/cloud/start-cloud";
import { prod } from "../../stacks/prod";
import { test as testEnv } from "../../stacks/test";
import { REHEARSED as config, pullRequestArtifact } from "../pipeline/helpers";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir(prefix = "rehearsal-test-"): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}
const workDir = () => tempDir();
const closeAfter: { close(): Promise<void> }[] = [];
afterAll(() => Promise.all(closeAfter.map((c) => c.close())));

/** A client-credentials token from OIC's domain stand-in, sent to Fusion's stand-in. */
async function oicTokenAtFusion(cloud: Cloud): Promise<{ tokenStatus: number; fusionStatus: number }> {
  const at = (url: string) => cloud.connectTo[new URL(url).origin]!;
  const app = [...cloud.state.apps.values()].find((a) => a.allowedGrants.has("client_credentials"))!;
  const oicScope = `${cloud.state.resources[0]!.audience}${cloud.state.resources[0]!.scope}`;
  const token = await fetch(`${at(cloud.domainUrls.oic)}/oauth2/v1/token`, {
    method: "POST",
    headers: { authorization: `Basic ${Buffer.from(`${app.name}:${app.secret}`).toString("base64")}`, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "client_credentials", scope: oicScope }),
  });
  const { access_token } = (await token.json()) as { access_token: string };
  const fusionOrigin = Object.keys(cloud.connectTo).find((o) => o.includes(".fa."))!;
  const fusion = await fetch(`${cloud.connectTo[fusionOrigin]}/hcmRestApi/resources/11.13.18.05/userAccounts?limit=1`, { headers: { authorization: `Bearer ${access_token}` } });
  return { tokenStatus: token.status, fusionStatus: fusion.status };
}

describe("the deploy rehearsed offline (npm run sandbox)", () => {
  // dev's first deploy through real Terraform is the pipeline's below (the same configuration, run once):
  // npm run sandbox's own phases, review and log are checked here, on test.
  test("test (two identity domains, token mode): plan, review, apply, certificate over the Vault key, apply; A, B, C pass, and Fusion refuses a token of OIC's domain", async () => {
    const log: string[] = [];
    let probe: { tokenStatus: number; fusionStatus: number } | undefined;
    let domains: string[] = [];
    const result = await rehearse({
      config: testEnv,
      workDir: workDir(),
      log: (l) => log.push(l),
      afterSmoke: async (cloud) => {
        domains = [cloud.domainUrls.oic, cloud.domainUrls.fusion];
        probe = await oicTokenAtFusion(cloud);
      },
    });
    expect(log.filter((l) => /^\s+(PASS|FAIL|SKIP) /.test(l)).map((l) => l.trim().slice(0, 6))).toEqual(["PASS A", "PASS B", "PASS C"]);
    expect(result.exitCode).toBe(0);
    expect(result.phases.map((p) => p.name)).toEqual(["offline provider + function bundle", "synth", "plan", "review", "apply", "cert + apply", "smoke"]);
    expect(result.review!.startsWith(`${reviewMarker("test")}\n`)).toBe(true);
    expect(log).toContain("cert test: new certificate: no certificate yet");
    expect(log.join("\n")).not.toMatch(/idcscs-|BEGIN [A-Z ]*PRIVATE KEY/);
    expect(domains[0]).toBe(testEnv.identityDomainUrl);
    expect(domains[1]).toBe(testEnv.fusion!.identityDomainUrl);
    expect(domains[0]).not.toBe(domains[1]);
    expect(probe).toEqual({ tokenStatus: 200, fusionStatus: 401 });
  }, 180_000);

  test("prod (protected, allow rule by group): the Function reads the smoke user's groups in Fusion's domain, and A, B, C pass", async () => {
    const log: string[] = [];
    const result = await rehearse({ config: prod, workDir: workDir(), log: (l) => log.push(l) });
    expect(log.filter((l) => /^\s+(PASS|FAIL|SKIP) /.test(l)).map((l) => l.trim().slice(0, 6))).toEqual(["PASS A", "PASS B", "PASS C"]);
    expect(result.exitCode).toBe(0);
  }, 180_000);
});

describe("the pipeline's scripts rehearsed offline through real Terraform", () => {
  it("pull-request plan: unprivileged synth -> check-config -> terraform init/plan/show of the checked copy with the offline provider -> base-branch review", async () => {
    const { artifact, base } = pullRequestArtifact(config, tempDir);
    // After check-config: the rehearsal's stand-in for the read-only state backend.
    writeFileSync(join(artifact, "stacks", "dev", BACKEND_OVERRIDE_FILE), JSON.stringify({ terraform: { backend: { local: { path: join(base, "dev.tfstate") } } } }));

    const provider = await attachOfflineProvider(tempDir("rehearsal-tf-"), { world: worldForEnvironment(config) });
    closeAfter.push(provider);
    const log: string[] = [];
    const pipeline = new Pipeline(
      {
        terraform: processTerraformCli({ env: provider.env }),
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

  it("first deploy, then a redeploy on a fresh runner, through terraform apply with the offline provider, the KMS stand-in for the certificate and the real smoke against stand-ins seeded from the state", async () => {
    const log: string[] = [];
    const cloud = await startRehearsalCloud({ config, workDir: tempDir("rehearsal-cloud-"), log: (l) => log.push(l) });
    try {
      const first = rehearsalRunner(cloud, { name: "runner-1", log: (l) => log.push(l) });
      expect(await first.pipeline.deploy("dev")).toBe(0);
      expect(first.pipeline.history).toEqual(["synth dev", "restore-cert dev", "plan dev", "review dev", "apply dev", "cert dev", "synth dev", "plan dev", "review dev", "apply dev", "smoke dev"]);
      expect(first.issued).toHaveLength(1);
      // What npm run sandbox shows of dev's first deploy (the same phases): the certificate imported, the re-plan applies it, no secret logged.
      expect(log).toContain("cert dev: new certificate: no certificate yet");
      expect(log.some((l) => /^plan dev: 1 create, 2 update/.test(l))).toBe(true);
      expect(log.filter((l) => /^\s+(PASS|FAIL|SKIP) /.test(l)).map((l) => l.trim().slice(0, 6))).toEqual(["PASS A", "PASS B", "PASS C"]);
      expect(log.join("\n")).not.toMatch(/idcscs-|BEGIN [A-Z ]*PRIVATE KEY/);

      // A fresh runner: no certs/, no cdktf.out/; the same state and Vault.
      log.length = 0;
      const second = rehearsalRunner(cloud, { name: "runner-2", log: (l) => log.push(l) });
      expect(await second.pipeline.deploy("dev")).toBe(0);
      expect(log).toContain("plan dev: no changes (the plan text is never shown: it prints secrets)");
      expect(log.some((l) => l.startsWith("restore-cert dev: wrote the certificate"))).toBe(true);
      expect(second.issued).toEqual([]);
      expect(log.filter((l) => /^\s+PASS [ABC] /.test(l))).toHaveLength(3);
      // The scripted login listened on a free port, not on the 8765 dev declares (two rehearsals at once would collide).
      const redirectNote = log.find((l) => l.includes("note: the stand-in alone adds http://127.0.0.1:"));
      expect(redirectNote).toMatch(/adds http:\/\/127\.0\.0\.1:\d+\/callback \(a free port\)/);
      expect(redirectNote).not.toContain(":8765/");
    } finally {
      await cloud.close();
    }
  }, 240_000);
});

/**
 * `npm run sandbox`, as a test: the deploy of an environment rehearsed
 * offline through real Terraform (offline provider), the Vault stand-in and
 * the real smoke against stand-ins seeded from the Terraform state. Needs
 * `terraform` on the PATH: without it these fail, they never skip.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reviewMarker } from "../../lib/review/markdown";
import { rehearse } from "../../lib/sandbox/rehearsal";
import type { TerraformCloud } from "../../lib/sandbox/standins-from-terraform";
import { dev } from "../../stacks/dev";
import { prod } from "../../stacks/prod";
import { test as testEnv } from "../../stacks/test";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function workDir(): string {
  const d = mkdtempSync(join(tmpdir(), "rehearsal-test-"));
  dirs.push(d);
  return d;
}

/** A client-credentials token from OIC's domain stand-in, sent to Fusion's stand-in. */
async function oicTokenAtFusion(cloud: TerraformCloud): Promise<{ tokenStatus: number; fusionStatus: number }> {
  const at = (url: string) => cloud.connectTo[new URL(url).origin]!;
  const app = [...cloud.seed.oic.apps.values()].find((a) => a.allowedGrants.has("client_credentials"))!;
  const oicScope = `${cloud.seed.oic.resources[0]!.audience}${cloud.seed.oic.resources[0]!.scope}`;
  const token = await fetch(`${at(cloud.seed.oicDomainUrl)}/oauth2/v1/token`, {
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
  test("dev: plan, review, apply, certificate over the Vault key, apply, then flows A, B and C pass", async () => {
    const log: string[] = [];
    const result = await rehearse({ config: dev, workDir: workDir(), log: (l) => log.push(l) });
    expect(log.filter((l) => /^\s+(PASS|FAIL|SKIP) /.test(l))).toEqual([expect.stringMatching(/^\s+PASS A /), expect.stringMatching(/^\s+PASS B /), expect.stringMatching(/^\s+PASS C /)]);
    expect(result.exitCode).toBe(0);
    expect(result.phases.map((p) => p.name)).toEqual(["offline provider + function bundle", "synth", "plan", "review", "apply", "cert + apply", "smoke"]);
    expect(result.review!.startsWith(`${reviewMarker("dev")}\n`)).toBe(true);
    // The certificate phase imported a certificate and the re-plan applied it.
    expect(log).toContain("cert dev: new certificate: no certificate yet");
    expect(log.some((l) => /^plan dev: 1 create, 2 update/.test(l))).toBe(true);
    expect(log.join("\n")).not.toMatch(/idcscs-|BEGIN [A-Z ]*PRIVATE KEY/);
  }, 180_000);

  test("test (two identity domains, token mode): A, B, C pass, and Fusion refuses a token of OIC's domain", async () => {
    const log: string[] = [];
    let probe: { tokenStatus: number; fusionStatus: number } | undefined;
    let domains: string[] = [];
    const result = await rehearse({
      config: testEnv,
      workDir: workDir(),
      log: (l) => log.push(l),
      afterSmoke: async (cloud) => {
        domains = [cloud.seed.oicDomainUrl, cloud.seed.fusionDomainUrl];
        probe = await oicTokenAtFusion(cloud);
      },
    });
    expect(log.filter((l) => /^\s+(PASS|FAIL|SKIP) /.test(l)).map((l) => l.trim().slice(0, 6))).toEqual(["PASS A", "PASS B", "PASS C"]);
    expect(result.exitCode).toBe(0);
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

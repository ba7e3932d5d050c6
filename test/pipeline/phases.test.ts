/**
 * The pipeline's phases against a fake Terraform: the order of a first
 * deploy and of a redeploy on a fresh runner, the certificate phase's
 * decisions, and that no secret and no plan text reaches the log.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { EnvironmentConfig } from "../../lib/config/environment";
import { certificateAlias } from "../../tools/cert/alias";
import { decideCertificate } from "../../tools/cert/decide";
import { errorHeadlines, TerraformError } from "../../tools/terraform/errors";
import { dev } from "../../stacks/dev";
import { FakeTerraform } from "./fake-terraform";
import { freshRunner, type Runner } from "./helpers";
import { nonEmpty } from "../helpers/non-empty";

const config: EnvironmentConfig = { ...dev, smoke: { ...dev.smoke, assertionUser: "integration.tester@example.com" } };
const runners: Runner[] = [];
const runner = (...args: Parameters<typeof freshRunner>) => {
  const r = freshRunner(...args);
  runners.push(r);
  return r;
};
afterEach(() => runners.splice(0).forEach((r) => r.cleanup()));

describe("deploy", () => {
  it("first deploy of a new environment: apply, certificate, apply again, smoke; no manual step", async () => {
    const tf = new FakeTerraform();
    const r = runner({ terraform: tf, config });
    expect(await r.pipeline.deploy("dev")).toBe(0);
    expect(r.pipeline.history).toEqual(["synth dev", "restore-cert dev", "plan dev", "review dev", "apply dev", "cert dev", "synth dev", "plan dev", "review dev", "apply dev", "smoke dev"]);
    // The certificate is over the key's current version and imported by the second apply.
    const sidecar = JSON.parse(readFileSync(join(r.dir, "certs", "dev.json"), "utf8"));
    expect(sidecar.keyVersionId).toBe(tf.keyVersion);
    expect(sidecar.alias).toBe(certificateAlias("dev-oic-fusion-assertion", tf.keyVersion));
    const certs = [...tf.remote.get("dev")!.values()].filter((x) => x.type === "oci_identity_domains_oauth_client_certificate");
    expect(certs.map((c) => c.values.certificate_alias)).toEqual([sidecar.alias]);
    const fn = [...tf.remote.get("dev")!.values()].find((x) => x.type === "oci_functions_function")!;
    expect((fn.values.config as Record<string, string>).CERT_ALIAS).toBe(sidecar.alias);
    // Smoke ran with the outputs (secrets included, in a 0600 file deleted afterwards) and the smoke user.
    const call = r.smokeCalls[0]!;
    expect(call.args).toEqual(expect.arrayContaining(["dev", "--user", "integration.tester@example.com"]));
    expect((call.outputs as any).dev.trusted_client_id).toBe("dev-oic-fusion-assertion");
    expect(existsSync(call.args[call.args.indexOf("--outputs") + 1]!)).toBe(false);
    // No plan file is left behind.
    expect(existsSync(join(r.dir, "cdktf.out", "stacks", "dev", "plan.json"))).toBe(false);
    expect(existsSync(join(r.dir, "cdktf.out", "stacks", "dev", "plan.tfplan"))).toBe(false);
  });

  it("redeploy on a fresh runner: the certificate comes back from the state, nothing changes, no new certificate", async () => {
    const tf = new FakeTerraform();
    const first = runner({ terraform: tf, config });
    await first.pipeline.deploy("dev");
    const firstCert = readFileSync(join(first.dir, "certs", "dev.pem"), "utf8");

    const second = runner({ terraform: tf, config });
    tf.calls.length = 0;
    expect(await second.pipeline.deploy("dev")).toBe(0);
    expect(second.pipeline.history).toEqual(["synth dev", "restore-cert dev", "synth dev", "plan dev", "review dev", "apply dev", "cert dev", "smoke dev"]);
    expect(readFileSync(join(second.dir, "certs", "dev.pem"), "utf8").trim()).toBe(firstCert.trim());
    expect(tf.calls.filter((c) => c.startsWith("apply"))).toEqual([]);
    expect(second.log).toContain("plan dev: no changes (the plan text is never shown: it prints secrets)");
    expect(second.log.some((l) => l.startsWith("cert dev: keep:"))).toBe(true);
    expect(second.issued).toEqual([]);
  });

  it("a rotated key version gets a new certificate; the previous one stays on the app", async () => {
    const tf = new FakeTerraform();
    await runner({ terraform: tf, config }).pipeline.deploy("dev");
    const oldAlias = certificateAlias("dev-oic-fusion-assertion", tf.keyVersion);
    tf.keyVersion = "ocid1.keyversion.oc1.iad.fake.v2";
    const r = runner({ terraform: tf, config });
    expect(await r.pipeline.deploy("dev")).toBe(0);
    expect(r.pipeline.history).toEqual(["synth dev", "restore-cert dev", "synth dev", "plan dev", "review dev", "apply dev", "cert dev", "synth dev", "plan dev", "review dev", "apply dev", "smoke dev"]);
    expect(r.log.some((l) => l.includes("is over key version ocid1.keyversion.oc1.iad.fake.v1") && l.includes("current version is ocid1.keyversion.oc1.iad.fake.v2"))).toBe(true);
    const aliases = [...tf.remote.get("dev")!.values()].filter((x) => x.type === "oci_identity_domains_oauth_client_certificate").map((c) => c.values.certificate_alias);
    expect(aliases.sort()).toEqual([oldAlias, certificateAlias("dev-oic-fusion-assertion", tf.keyVersion)].sort());
  });

  it("a certificate near expiry is renewed", async () => {
    const tf = new FakeTerraform();
    await runner({ terraform: tf, config, validityDays: 40 }).pipeline.deploy("dev");
    const r = runner({ terraform: tf, config, now: () => new Date(Date.now() + 15 * 86_400_000) });
    await r.pipeline.deploy("dev");
    expect(r.log.some((l) => /^cert dev: new certificate: .* within 30 days$/.test(l))).toBe(true);
    expect(r.issued).toHaveLength(1);
  });

  it("an environment without identity propagation skips the certificate phase", async () => {
    const plain: EnvironmentConfig = { ...config, assertion: undefined, fusion: undefined, smoke: { integration: config.smoke.integration } };
    const r = runner({ terraform: new FakeTerraform(), config: plain });
    await r.pipeline.deploy("dev");
    expect(r.pipeline.history).toEqual(["synth dev", "restore-cert dev", "plan dev", "review dev", "apply dev", "cert dev", "smoke dev"]);
    expect(r.log).toContain("cert dev: no identity propagation in this environment; nothing to do");
    expect(r.log).toContain("smoke dev: flow A; flow B not configured (no refresh token secret); flow C not configured (no smoke.assertionUser)");
  });

  it("holds the deploy lock from the certificate restore to the last apply, not during the smoke", async () => {
    const events: string[] = [];
    const r: Runner = runner({
      terraform: new FakeTerraform(),
      config,
      lock: async (env, _dir, body) => {
        events.push(`lock ${env} after ${r.pipeline.history.join(", ")}`);
        try {
          return await body();
        } finally {
          events.push(`unlock ${env} after ${r.pipeline.history.at(-1)}`);
        }
      },
    });
    await r.pipeline.deploy("dev");
    expect(events).toEqual(["lock dev after synth dev", "unlock dev after apply dev"]);
  });

  it("a failed smoke fails the deploy", async () => {
    const r = runner({ terraform: new FakeTerraform(), config, smokeStatus: 1 });
    expect(await r.pipeline.deploy("dev")).toBe(1);
  });
});

describe("smoke phase: flow B only with a refresh token", () => {
  it("writes the refresh token secret to a private token store for the run and removes it", async () => {
    const tf = new FakeTerraform();
    const r = runner({ terraform: tf, config, settings: { refreshToken: "rt-from-the-environment-secret" } });
    await r.pipeline.deploy("dev");
    const call = r.smokeCalls[0]!;
    expect(call.tokenStore).toBe("rt-from-the-environment-secret\n");
    expect(r.masks).toContain("rt-from-the-environment-secret");
    expect(existsSync(call.args[call.args.indexOf("--token-store") + 1]!)).toBe(false);
    expect(r.log.join("\n")).not.toContain("rt-from-the-environment-secret");
  });

  it("without one, points the smoke at an empty token store (never the operator's ~/.oic-access)", async () => {
    const r = runner({ terraform: new FakeTerraform(), config });
    await r.pipeline.deploy("dev");
    const call = r.smokeCalls[0]!;
    expect(call.tokenStore).toBeUndefined();
    expect(call.args[call.args.indexOf("--token-store") + 1]).toContain(join(r.dir, "work"));
  });
});

describe("no secret and no plan text in the log", () => {
  it("masks every secret output before use and never logs a secret value", async () => {
    const tf = new FakeTerraform();
    const r = runner({ terraform: tf, config });
    await r.pipeline.deploy("dev");
    expect(tf.issuedSecrets.length).toBeGreaterThan(0);
    const outputs = (r.smokeCalls[0]!.outputs as any).dev;
    expect(r.masks).toContain(outputs.client_credentials_client_secret);
    expect(r.masks).not.toContain(outputs.token_url);
    for (const secret of nonEmpty(tf.issuedSecrets, "issued secret")) expect(r.log.join("\n")).not.toContain(secret);
    // The log says what happened, in counts.
    expect(r.log).toEqual(expect.arrayContaining([expect.stringMatching(/^plan dev: \d+ create \(the plan text is never shown: it prints secrets\)$/)]));
  });

  it("keeps plan.json owner-only while it exists", async () => {
    const tf = new FakeTerraform();
    const r = runner({ terraform: tf, config });
    await r.pipeline.synth("dev");
    await r.pipeline.plan("dev");
    const planJson = join(r.dir, "cdktf.out", "stacks", "dev", "plan.json");
    expect(statSync(planJson).mode & 0o777).toBe(0o600);
    r.pipeline.removePlanFiles("dev");
    expect(existsSync(planJson)).toBe(false);
  });

  it("a failing Terraform command reports redacted error headlines only", () => {
    const output = [
      "oci_identity_domains_app.x: Refreshing state...",
      '  ~ client_secret = "s3cr3t-value" -> (known after apply)',
      "╷",
      '│ Error: updating app: client_secret "s3cr3t-value" rejected',
      "│ ",
      "│ Error: 401-NotAuthenticated, key ABCDEFGH is not valid",
      "╵",
    ].join("\n");
    const lines = errorHeadlines(output, ["ABCDEFGH"]);
    expect(lines).toEqual(["Error: updating app: client_secret [redacted]", "Error: 401-NotAuthenticated, key [redacted] is not valid"]);
    expect(new TerraformError("plan", lines).message).not.toContain("s3cr3t");
  });
});

describe("certificate decision", () => {
  const now = new Date("2026-01-01T00:00:00Z");
  const valid = { alias: "a", keyVersionId: "v1", notAfter: "2026-12-31T00:00:00Z" };
  it.each([
    ["none yet", undefined, "v1", { action: "issue", why: "none" }],
    ["over another key version", valid, "v2", { action: "issue", why: "other-key-version" }],
    ["expiring within 30 days", { ...valid, notAfter: "2026-01-20T00:00:00Z" }, "v1", { action: "issue", why: "expiring" }],
    ["unreadable expiry", { ...valid, notAfter: "soon" }, "v1", { action: "issue", why: "expiring" }],
    ["current and valid", valid, "v1", { action: "keep" }],
  ])("%s", (_what, sidecar, version, expected) => {
    expect(decideCertificate({ sidecar }, version, now)).toMatchObject(expected);
  });
});

// Every diagnosis case, produced by really misconfiguring the stand-ins.
import { afterEach, describe, expect, it } from "@jest/globals";
import { readFileSync, writeFileSync } from "node:fs";
import { harness, OIC_AUD, CONSUMER, type Harness } from "./helpers";
import type { SmokeReport } from "../../tools/smoke/report";
import { lendRsaKey } from "../../sandbox/standins/key-pool";

function causeOf(report: SmokeReport, flow: string): string | undefined {
  return report.flows.find((f) => f.flow === flow)?.steps.find((s) => !s.ok)?.diagnosis?.cause;
}

function editOutputs(h: Harness, edit: (o: Record<string, unknown>) => void): void {
  const all = JSON.parse(readFileSync(h.outputsPath, "utf8")) as Record<string, Record<string, unknown>>;
  edit(all.dev);
  writeFileSync(h.outputsPath, JSON.stringify(all));
}

describe("diagnosis end to end", () => {
  let h: Harness;
  afterEach(() => h.close());

  it("hand-built scope without :443 -> scope-missing-port", async () => {
    h = await harness();
    editOutputs(h, (o) => (o.oic_scope = `${OIC_AUD.replace(":443", "")}${CONSUMER}`));
    const { report, exitCode } = await h.smoke(["--flows", "a"]);
    expect(exitCode).toBe(1);
    expect(causeOf(report, "A")).toBe("scope-missing-port");
  });

  it("scope of another resource -> scope-mismatch", async () => {
    h = await harness();
    editOutputs(h, (o) => (o.oic_scope = `https://other.example.com:443${CONSUMER}`));
    const { report } = await h.smoke(["--flows", "a"]);
    expect(causeOf(report, "A")).toBe("scope-mismatch");
  });

  it("audience of another OIC instance than the host called -> audience-mismatch", async () => {
    h = await harness();
    // The stack names another instance's audience (copied from another environment).
    const other = "https://oic-other.integration.us-ashburn-1.ocp.oraclecloud.com:443";
    h.sb.state.resources.push({ kind: "oic", audience: other, scope: CONSUMER });
    h.sb.state.app("dev-oic-scheduler").scopes.push(`${other}${CONSUMER}`);
    editOutputs(h, (o) => {
      o.oic_scope = `${other}${CONSUMER}`;
      o.oic_audience = other;
    });
    const { report } = await h.smoke(["--flows", "a"]);
    expect(report.flows[0].steps.at(-1)?.detail).toContain("401");
    expect(causeOf(report, "A")).toBe("audience-mismatch");
  });

  it("wrong (rotated) secret -> invalid-client", async () => {
    h = await harness();
    h.sb.state.rotateSecret("dev-oic-scheduler");
    const { report } = await h.smoke(["--flows", "a"]);
    expect(causeOf(report, "A")).toBe("invalid-client");
  });

  it("inactive app -> app-inactive", async () => {
    h = await harness();
    h.sb.state.deactivateApp("dev-oic-scheduler");
    const { report } = await h.smoke(["--flows", "a"]);
    expect(causeOf(report, "A")).toBe("app-inactive");
  });

  it("grant type not allowed -> unauthorized-client", async () => {
    h = await harness();
    h.sb.state.removeAllowedGrant("dev-oic-scheduler", "client_credentials");
    const { report } = await h.smoke(["--flows", "a"]);
    expect(causeOf(report, "A")).toBe("unauthorized-client");
  });

  it("ServiceInvoker removed from the app -> role-missing (OIC 403)", async () => {
    h = await harness();
    h.sb.state.removeGrant("dev-oic-scheduler");
    const { report } = await h.smoke(["--flows", "a"]);
    expect(causeOf(report, "A")).toBe("role-missing");
    expect(report.flows[0].steps.at(-1)?.detail).toContain("403");
  });

  it("integration not activated -> integration-not-found (404)", async () => {
    h = await harness();
    h.sb.oic.deactivateIntegration("HELLO_WORLD/1.0/hello");
    const { report } = await h.smoke(["--flows", "a"]);
    expect(causeOf(report, "A")).toBe("integration-not-found");
  });

  it("unexpected status -> unexpected-status", async () => {
    h = await harness();
    const { report } = await h.smoke(["--flows", "a", "--expect-status", "201"]);
    expect(causeOf(report, "A")).toBe("unexpected-status");
  });

  it("user without ServiceInvoker -> role-missing for the user (flow B)", async () => {
    h = await harness();
    expect((await h.login()).exitCode).toBe(0);
    h.sb.state.removeGrant("integration.tester@example.com");
    const { report } = await h.smoke(["--flows", "b"]);
    expect(causeOf(report, "B")).toBe("role-missing");
    expect(report.flows[0].steps.find((s) => !s.ok)?.diagnosis?.summary).toContain("user");
  });

  it("revoked refresh token -> refresh-token-invalid", async () => {
    h = await harness();
    expect((await h.login()).exitCode).toBe(0);
    expect(h.sb.domain.revokeRefreshTokens("dev-oic-vbcs")).toBeGreaterThan(0);
    const { report } = await h.smoke(["--flows", "b"]);
    expect(causeOf(report, "B")).toBe("refresh-token-invalid");
  });

  it("no login yet -> login-required", async () => {
    h = await harness();
    const { report } = await h.smoke(["--flows", "b"]);
    expect(causeOf(report, "B")).toBe("login-required");
  });

  it("user removed from the domain -> refresh-token-invalid (B) and assertion-user-unknown (C)", async () => {
    h = await harness();
    expect((await h.login()).exitCode).toBe(0);
    h.sb.state.removeUser("integration.tester@example.com");
    const { report } = await h.smoke(["--flows", "b,c"]);
    expect(causeOf(report, "B")).toBe("refresh-token-invalid");
    expect(causeOf(report, "C")).toBe("assertion-user-unknown");
  });

  it("clock skew between signer and domain -> assertion-clock-skew", async () => {
    h = await harness();
    h.sb.state.skewClock(2 * 3600);
    const { report } = await h.smoke(["--flows", "c"]);
    expect(causeOf(report, "C")).toBe("assertion-clock-skew");
  });

  it("signer clock behind (assertion already expired) -> assertion-clock-skew", async () => {
    h = await harness();
    const { report } = await h.smoke(["--flows", "c"], { assertionClock: () => Date.now() - 3 * 3600_000 });
    expect(causeOf(report, "C")).toBe("assertion-clock-skew");
  });

  it("certificate alias not on the trusted app -> assertion-kid-unknown", async () => {
    h = await harness();
    editOutputs(h, (o) => (o.trusted_certificate_alias = "dev-assertion-v2"));
    const { report } = await h.smoke(["--flows", "c"]);
    expect(causeOf(report, "C")).toBe("assertion-kid-unknown");
  });

  it("another key's certificate under the alias -> assertion-certificate (signature)", async () => {
    h = await harness();
    // Lent by the pool while the fake cloud holds its own keys: never the signer's key.
    h.sb.fusionState.app("dev-oic-fusion-assertion").certificates.set("dev-assertion-v1", lendRsaKey().publicKey);
    const { report } = await h.smoke(["--flows", "c"]);
    expect(causeOf(report, "C")).toBe("assertion-certificate");
  });

  it("unreachable token endpoint -> unreachable", async () => {
    h = await harness();
    editOutputs(h, (o) => (o.token_url = "http://127.0.0.1:9/oauth2/v1/token"));
    const { report } = await h.smoke(["--flows", "a"]);
    expect(causeOf(report, "A")).toBe("unreachable");
  });
});

// OIC's and Fusion's identity domains apart: two stand-ins with their own keys,
// the trusted app in Fusion's, Fusion refusing tokens of OIC's domain, and each
// cross-domain mistake named by the diagnosis.
import { afterEach, describe, expect, it } from "@jest/globals";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { decodeJwt } from "jose";
import { harness, twoDomainModel, type Harness } from "./helpers";
import type { SmokeReport } from "../../tools/smoke/report";

function failed(report: SmokeReport, flow: string) {
  return report.flows.find((f) => f.flow === flow)?.steps.find((s) => !s.ok)?.diagnosis;
}

function editOutputs(h: Harness, edit: (o: Record<string, unknown>) => void): void {
  const all = JSON.parse(readFileSync(h.outputsPath, "utf8")) as Record<string, Record<string, unknown>>;
  edit(all.dev);
  writeFileSync(h.outputsPath, JSON.stringify(all));
}

describe("two identity domains", () => {
  let h: Harness;
  afterEach(() => h.close());

  it("runs flows A, B and C, exchanging at Fusion's domain with its URL in aud", async () => {
    h = await harness(twoDomainModel);
    expect(h.sb.twoDomains).toBe(true);
    expect(h.sb.fusionDomain.url).not.toBe(h.sb.domain.url);
    expect(h.sb.fusionState.apps.has("dev-oic-fusion-assertion")).toBe(true);
    expect(h.sb.state.apps.has("dev-oic-fusion-assertion")).toBe(false);
    expect((await h.login()).exitCode).toBe(0);
    const sent: URLSearchParams[] = [];
    const spy: typeof fetch = async (input, init) => {
      if (String(input instanceof Request ? input.url : input) === h.sb.fusionDomain.tokenUrl) sent.push(new URLSearchParams(String(init?.body)));
      return fetch(input, init);
    };
    const { report, exitCode } = await h.smoke([], {}, { fetch: spy });
    expect(report.flows.map((f) => [f.flow, f.ok])).toEqual([["A", true], ["B", true], ["C", true]]);
    expect(exitCode).toBe(0);
    expect(sent).toHaveLength(1);
    for (const jwt of [sent[0].get("assertion")!, sent[0].get("client_assertion")!]) {
      expect(decodeJwt(jwt).aud).toBe(`${h.sb.fusionDomain.url}/`);
    }
  });

  it("Fusion refuses a token of OIC's domain -> wrong-domain", async () => {
    h = await harness(twoDomainModel);
    // The old layout: the trusted app (same certificate) also in OIC's domain, exchanged there.
    const trusted = h.sb.fusionState.app("dev-oic-fusion-assertion");
    h.sb.state.addApp({ ...trusted, certificates: new Map(trusted.certificates) });
    h.sb.state.resources.push(...h.sb.fusionState.resources);
    editOutputs(h, (o) => (o.fusion_token_url = h.sb.domain.tokenUrl));
    const { report } = await h.smoke(["--flows", "c", "--assertion-audience", `${h.sb.domain.url}/`]);
    const d = failed(report, "C");
    expect(report.flows[0].steps.find((s) => s.name === "exchange")?.ok).toBe(true);
    expect(report.flows[0].steps.at(-1)?.detail).toContain("401");
    expect(d?.cause).toBe("wrong-domain");
    expect(d?.evidence.join("\n")).toContain(h.sb.domain.url);
  });

  it("aud naming OIC's domain instead of Fusion's -> assertion-audience", async () => {
    h = await harness(twoDomainModel);
    const { report } = await h.smoke(["--flows", "c", "--assertion-audience", `${h.sb.domain.url}/`]);
    const d = failed(report, "C");
    expect(d?.cause).toBe("assertion-audience");
    expect(d?.evidence.join("\n")).toContain(`aud ["${h.sb.domain.url}/"]`);
  });

  it("kid that is no certificate alias of the trusted app -> assertion-kid-unknown", async () => {
    h = await harness(twoDomainModel);
    editOutputs(h, (o) => (o.trusted_certificate_alias = "dev-assertion-v2"));
    const { report } = await h.smoke(["--flows", "c"]);
    expect(failed(report, "C")?.cause).toBe("assertion-kid-unknown");
  });

  it("clock skew at Fusion's domain -> assertion-clock-skew", async () => {
    h = await harness(twoDomainModel);
    h.sb.fusionState.skewClock(2 * 3600);
    const { report } = await h.smoke(["--flows", "c"]);
    expect(failed(report, "C")?.cause).toBe("assertion-clock-skew");
  });

  it("user missing in Fusion's domain only (federation) -> assertion-user-unknown, while flow B passes", async () => {
    h = await harness(twoDomainModel);
    expect((await h.login()).exitCode).toBe(0);
    h.sb.fusionState.removeUser("integration.tester@example.com");
    const { report } = await h.smoke(["--flows", "b,c"]);
    expect(report.flows[0].ok).toBe(true);
    const d = failed(report, "C");
    expect(d?.cause).toBe("assertion-user-unknown");
    expect(d?.summary).toContain("Fusion's identity domain");
    expect(d?.fix).toMatch(/Federate/);
  });

  it("OIC's resource app without token refresh -> no-refresh-token naming the setting", async () => {
    h = await harness(twoDomainModel);
    h.sb.state.setRefreshAllowed("oic", false);
    const { report, exitCode } = await h.login();
    expect(exitCode).toBe(1);
    const d = failed(report, "B");
    expect(d?.cause).toBe("no-refresh-token");
    expect(d?.fix).toMatch(/Allow token refresh/);
  });

  it("removes the trusted app's private key when it closes", async () => {
    h = await harness(twoDomainModel);
    const key = h.sb.assertionKeyPath!;
    expect(existsSync(key)).toBe(true);
    await h.sb.close();
    expect(existsSync(dirname(key))).toBe(false);
  });
});

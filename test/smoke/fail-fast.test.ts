// Smoke that fails fast and never hammers: against loopback servers that never
// recover, one run sends a bounded number of requests and stays within its
// one wait budget (a deadline shared by every step). Time is an injected
// clock: nothing here waits in real time, and only counts and the injected
// clock are asserted.
import { afterEach, describe, expect, it } from "@jest/globals";
import { createServer, type Server } from "node:http";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultDeps } from "../../tools/smoke/context";
import { DEFAULT_PROPAGATION_WAIT_SECONDS, JUST_DEPLOYED_PROPAGATION_WAIT_SECONDS, parseSmokeArgs } from "../../tools/smoke/options";
import { DEFAULT_MAX_ATTEMPTS_PER_STEP, MIN_DELAY_MS } from "../../tools/smoke/retry";
import { runSmoke } from "../../tools/smoke/run";

interface Counting {
  url: string;
  requests: number;
  close: () => Promise<void>;
}

/** A loopback server answering every request with the same status, headers and JSON body. */
async function server(status: number, headers: Record<string, string>, body: Record<string, unknown>): Promise<Counting> {
  const counting = { url: "", requests: 0, close: async () => {} };
  const srv: Server = createServer((req, res) => {
    counting.requests++;
    req.resume();
    req.on("end", () => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  counting.url = `http://127.0.0.1:${(srv.address() as { port: number }).port}`;
  counting.close = () =>
    new Promise<void>((r) => {
      srv.closeAllConnections();
      srv.close(() => r());
    });
  return counting;
}

function fakeClock() {
  const start = 1_700_000_000_000;
  let t = start;
  const sleeps: number[] = [];
  return { now: () => t, sleep: async (ms: number) => void (sleeps.push(ms), (t += ms)), sleeps, elapsed: () => t - start };
}

const OIC = "https://oic-dev-test.integration.us-ashburn-1.ocp.oraclecloud.com";
const FA = "https://fa-dev-test.fa.ocs.oraclecloud.com";

/** An outputs file for all three flows whose token endpoint (and OIC, Fusion) is `url`. */
function outputsFor(url: string): string {
  const dir = mkdtempSync(join(tmpdir(), "oic-smoke-failfast-"));
  const file = join(dir, "outputs.json");
  writeFileSync(
    file,
    JSON.stringify({
      dev: {
        token_url: `${url}/oauth2/v1/token`,
        oic_audience: `${OIC}:443`,
        oic_scope: `${OIC}:443urn:opc:resource:consumer::all`,
        oic_base_url: OIC,
        integration_path: "/ic/api/integration/v1/flows/rest/HELLO_WORLD/1.0/hello",
        client_credentials_client_id: "dev-oic-scheduler",
        client_credentials_client_secret: "cc-secret-for-tests",
        auth_code_client_id: "dev-oic-vbcs",
        auth_code_client_secret: "ac-secret-for-tests",
        auth_code_redirect_uris: ["https://vbcs.example.com/cb"],
        trusted_client_id: "dev-oic-fusion-assertion",
        trusted_certificate_alias: "dev-assertion-v1",
        fusion_scope: `${FA}:443urn:opc:resource:consumer::all`,
        fusion_base_url: FA,
      },
    }),
  );
  return file;
}

async function smokeAgainst(s: Counting, extra: string[]) {
  const c = fakeClock();
  const lines: string[] = [];
  const outputs = outputsFor(s.url);
  const args = ["dev", "--outputs", outputs, "--token-store", join(outputs, "..", "store", "refresh-token"), "--user", "jane.doe@example.com", "--connect-to", `${OIC}=${s.url}`, "--connect-to", `${FA}=${s.url}`, ...extra];
  const out = await runSmoke(parseSmokeArgs(args, {}), defaultDeps({ now: c.now, sleep: c.sleep, log: (l) => lines.push(l) }), {
    vars: { OIC_ACCESS_REFRESH_TOKEN: "refresh-token-for-tests" },
    interactive: false,
    getAssertion: async (user, scope) => ({ kind: "body", body: new URLSearchParams({ grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion: `user-assertion-${user}`, client_id: "dev-oic-fusion-assertion", client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", client_assertion: "client-assertion", scope }) }),
  });
  return { ...out, c, lines };
}

describe("429 with Retry-After: 0 forever", () => {
  let s: Counting;
  afterEach(() => s.close());

  it("default budget: a handful of requests, every wait at least the floor, within the budget", async () => {
    s = await server(429, { "retry-after": "0" }, { error: "too_many_requests" });
    const { exitCode, report, c, lines } = await smokeAgainst(s, []);
    expect(exitCode).toBe(1);
    expect(report.flows.map((f) => [f.flow, f.status])).toEqual([["A", "failed"], ["B", "failed"], ["C", "failed"]]);
    expect(report.flows.map((f) => f.steps.at(-1)?.diagnosis?.cause)).toEqual(["throttled", "throttled", "throttled"]);
    // Before: 57,961 requests in 124 s. Now: A backs off 1, 2, 4, 8 s ... until the run's
    // budget is spent; B and C find it spent and try once each.
    expect(s.requests).toBeLessThanOrEqual(10);
    expect(c.sleeps.every((ms) => ms >= MIN_DELAY_MS)).toBe(true);
    expect(c.elapsed()).toBeLessThanOrEqual(DEFAULT_PROPAGATION_WAIT_SECONDS * 1000);
    expect(lines.some((l) => l.includes("wait budget is used up"))).toBe(true);
  });

  it("--just-deployed (300 s): still at most a few dozen requests, and the run ends by its deadline", async () => {
    s = await server(429, { "retry-after": "0" }, { error: "too_many_requests" });
    const { exitCode, c } = await smokeAgainst(s, ["--just-deployed"]);
    expect(exitCode).toBe(1);
    expect(s.requests).toBeLessThanOrEqual(DEFAULT_MAX_ATTEMPTS_PER_STEP + 2);
    expect(s.requests).toBeLessThanOrEqual(36);
    expect(c.sleeps.every((ms) => ms >= MIN_DELAY_MS)).toBe(true);
    expect(c.elapsed()).toBeLessThanOrEqual(JUST_DEPLOYED_PROPAGATION_WAIT_SECONDS * 1000);
  });

  it("5xx with Retry-After: 0 is paced the same way", async () => {
    s = await server(503, { "retry-after": "0" }, { error: "temporarily_unavailable" });
    const { c } = await smokeAgainst(s, ["--propagation-wait", "60"]);
    expect(s.requests).toBeLessThanOrEqual(12);
    expect(c.sleeps.every((ms) => ms >= MIN_DELAY_MS)).toBe(true);
    expect(c.elapsed()).toBeLessThanOrEqual(60_000);
  });
});

describe("one wait budget per run, not per step", () => {
  let s: Counting;
  afterEach(() => s.close());

  it("--propagation-wait 10 with every step refused: 10 s in all (was 10 s per step, 30 s)", async () => {
    s = await server(401, {}, { error: "invalid_client", error_description: "Client authentication failed" });
    const { report, c } = await smokeAgainst(s, ["--propagation-wait", "10"]);
    expect(report.flows.map((f) => f.steps.at(-1)?.diagnosis?.cause)).toEqual(["invalid-client", "invalid-client", expect.any(String)]);
    expect(c.sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(10_000);
    expect(c.elapsed()).toBeLessThanOrEqual(10_000);
    // B and C found the budget spent: one request each.
    expect(report.flows[1].steps.at(-1)?.attempts).toBe(1);
    expect(report.flows[2].steps.at(-1)?.attempts).toBe(1);
  });

  it("a wrong client secret (invalid_client) is reported within 30 s by default (was 120 s)", async () => {
    s = await server(401, {}, { error: "invalid_client", error_description: "Client authentication failed" });
    const { report, c } = await smokeAgainst(s, ["--flows", "a"]);
    expect(report.flows[0].steps[0].diagnosis?.cause).toBe("invalid-client");
    expect(c.elapsed()).toBeLessThanOrEqual(30_000);
    expect(s.requests).toBeLessThanOrEqual(8);
  });

  it("--propagation-wait 0: one request per step, no wait", async () => {
    s = await server(401, {}, { error: "invalid_client" });
    const { c } = await smokeAgainst(s, ["--propagation-wait", "0"]);
    expect(s.requests).toBe(3);
    expect(c.sleeps).toEqual([]);
  });
});

// A pipeline on a fresh runner: flow B without a refresh token (and nobody to
// log in) and flow C without an assertion user are "not configured": shown
// in the report and the JSON, not failures. A refresh token given as a
// secret (OIC_ACCESS_REFRESH_TOKEN) makes flow B run.
import { afterEach, describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultDeps } from "../../tools/smoke/context";
import { parseSmokeArgs, type KnownEnvironment } from "../../tools/smoke/options";
import type { SmokeReport } from "../../tools/smoke/report";
import { runSmoke, type SmokeHooks } from "../../tools/smoke/run";
import { harness, type Harness } from "./helpers";

/** The smoke as a pipeline calls it: no --user, no --flows, nobody at the terminal. */
async function pipelineSmoke(h: Harness, extra: string[] = [], hooks: SmokeHooks = {}, environments?: readonly KnownEnvironment[]) {
  const connect = Object.entries(h.sb.connectTo).flatMap(([from, to]) => ["--connect-to", `${from}=${to}`]);
  const args = ["dev", "--outputs", h.outputsPath, "--token-store", h.tokenStore, "--propagation-wait", "0", ...(h.sb.assertionKeyPath ? ["--assertion-key", h.sb.assertionKeyPath] : []), ...connect, ...extra];
  const lines: string[] = [];
  const out = await runSmoke(parseSmokeArgs(args, {}, environments), defaultDeps({ log: (l) => lines.push(l) }), { vars: {}, interactive: false, ...hooks });
  return { ...out, lines };
}

const statuses = (r: SmokeReport) => r.flows.map((f) => [f.flow, f.status]);

describe("not configured flows", () => {
  let h: Harness;
  afterEach(() => h.close());

  it("fresh runner: A passes, B and C are not configured, exit 0, visible in the report and the JSON", async () => {
    h = await harness();
    const json = join(h.dir, "report.json");
    const { exitCode, report, lines } = await pipelineSmoke(h, ["--json", json]);
    expect(statuses(report)).toEqual([["A", "passed"], ["B", "not-configured"], ["C", "not-configured"]]);
    expect(exitCode).toBe(0);
    expect(report.ok).toBe(true);
    expect(report.flows[1].notConfigured).toContain("OIC_ACCESS_REFRESH_TOKEN");
    expect(report.flows[2].notConfigured).toContain("smoke.assertionUser");
    expect(lines.some((l) => /SKIP B .*not configured/.test(l))).toBe(true);
    expect(lines.some((l) => /SKIP C .*not configured/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/PASS \(1 flow, 2 not configured/);
    const written = JSON.parse(readFileSync(json, "utf8")) as SmokeReport;
    expect(written.flows.map((f) => f.status)).toEqual(["passed", "not-configured", "not-configured"]);
  });

  it("a refresh token given as a secret runs flow B, and is never printed", async () => {
    h = await harness();
    expect((await h.login()).exitCode).toBe(0);
    const token = readFileSync(h.tokenStore, "utf8").trim();
    const fresh = join(h.dir, "runner-store", "refresh-token");
    const { exitCode, report, lines } = await pipelineSmoke(h, ["--token-store", fresh, "--flows", "a,b"], { vars: { OIC_ACCESS_REFRESH_TOKEN: token } });
    expect(statuses(report)).toEqual([["A", "passed"], ["B", "passed"]]);
    expect(exitCode).toBe(0);
    expect(lines.join("\n")).not.toContain(token);
  });

  it("the environment's smoke.assertionUser configures flow C", async () => {
    h = await harness();
    const { exitCode, report } = await pipelineSmoke(h, [], {}, [{ name: "dev", smoke: { assertionUser: h.sb.loginUser } }]);
    expect(statuses(report)).toEqual([["A", "passed"], ["B", "not-configured"], ["C", "passed"]]);
    expect(exitCode).toBe(0);
  });

  it("a failure among configured flows still fails the run", async () => {
    h = await harness();
    h.sb.state.removeGrant("dev-oic-scheduler");
    const { exitCode, report, lines } = await pipelineSmoke(h);
    expect(statuses(report)).toEqual([["A", "failed"], ["B", "not-configured"], ["C", "not-configured"]]);
    expect(exitCode).toBe(1);
    expect(lines.at(-1)).toMatch(/FAIL \(2 not configured\)/);
  });

  it("asked for by name, or with a person at the terminal, a missing input is a failure with its fix", async () => {
    h = await harness();
    const named = await pipelineSmoke(h, ["--flows", "b,c"]);
    expect(statuses(named.report)).toEqual([["B", "failed"], ["C", "failed"]]);
    expect(named.report.flows.map((f) => f.steps[0].diagnosis?.cause)).toEqual(["login-required", "missing-input"]);
    const person = await pipelineSmoke(h, ["--flows", "a"], { interactive: true });
    expect(person.exitCode).toBe(0);
    const atTerminal = await pipelineSmoke(h, [], { interactive: true });
    expect(atTerminal.report.flows[1]).toMatchObject({ flow: "B", status: "failed" });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { statSync } from "node:fs";
import { harness, type Harness } from "./helpers";

describe("smoke against the stand-ins, all three flows", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.close());

  it("logs in once (scripted), storing the refresh token 0600", async () => {
    const { exitCode, report } = await h.login();
    expect(h.lines.join("\n")).toContain("[B] login");
    expect(exitCode).toBe(0);
    expect(report.ok).toBe(true);
    expect(statSync(h.tokenStore).mode & 0o777).toBe(0o600);
  });

  it("passes flows A, B and C", async () => {
    h.lines.length = 0;
    const { exitCode, report } = await h.smoke();
    expect(h.lines.join("\n")).toContain("smoke dev: PASS");
    expect(exitCode).toBe(0);
    expect(report.flows.map((f) => [f.flow, f.ok, f.subject])).toEqual([
      ["A", true, "dev-oic-scheduler"],
      ["B", true, "integration.tester@example.com"],
      ["C", true, "integration.tester@example.com"],
    ]);
  });
});

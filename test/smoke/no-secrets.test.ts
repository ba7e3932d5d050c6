// No secret, token or assertion in anything the smoke prints or writes.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { harness, type Harness } from "./helpers";

describe("output hygiene", () => {
  let h: Harness;
  const seen = new Set<string>();
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.close());

  it("prints fingerprints only, in the console lines and the JSON report", async () => {
    // Capture every token and assertion that crosses the wire.
    const spy: typeof fetch = async (input, init) => {
      const body = init?.body;
      if (body instanceof URLSearchParams || typeof body === "string") {
        for (const [, v] of new URLSearchParams(body.toString())) if (v.length > 20) seen.add(v);
      }
      const auth = new Headers(init?.headers).get("authorization");
      if (auth) seen.add(auth.split(" ")[1]);
      const res = await fetch(input, init);
      const text = await res.clone().text();
      for (const m of text.matchAll(/"(access_token|refresh_token)":"([^"]+)"/g)) seen.add(m[2]);
      return res;
    };
    expect((await h.smoke(["login"], { openBrowser: (await import("../../sandbox/standins/scripted-login")).scriptedBrowser(h.sb.loginUser) }, { fetch: spy })).exitCode).toBe(0);
    const jsonFile = join(h.dir, "report.json");
    expect((await h.smoke(["--json", jsonFile], {}, { fetch: spy })).exitCode).toBe(0);
    // A failing run too: its diagnosis quotes server messages.
    h.sb.state.rotateSecret("dev-oic-scheduler");
    await h.smoke(["--flows", "a", "--json", join(h.dir, "fail.json")], {}, { fetch: spy });

    const secrets = [String(h.sb.outputs.client_credentials_client_secret), String(h.sb.outputs.auth_code_client_secret), readFileSync(h.tokenStore, "utf8").trim(), ...seen];
    expect(secrets.length).toBeGreaterThan(6);
    const printed = [h.lines.join("\n"), readFileSync(jsonFile, "utf8"), readFileSync(join(h.dir, "fail.json"), "utf8")].join("\n");
    for (const s of secrets) expect(printed.includes(s)).toBe(false);
    expect(printed).toMatch(/sha256:[0-9a-f]{8}/);
    const report = JSON.parse(readFileSync(jsonFile, "utf8"));
    expect(report.ok).toBe(true);
  });
});

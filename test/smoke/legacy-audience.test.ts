// assertion.legacyIdcsAudience: the stack derives `aud` once (the trusted
// app's assertionAudience) and passes it on; the smoke's --assertion-key path
// (from the assertion_audience output) and the Function (from the
// ASSERTION_AUDIENCE the stack set) both read it, so both build the same aud.
import { afterEach, describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { decodeJwt } from "jose";
import { LEGACY_IDCS_AUDIENCE } from "../../contract/identity-domain";
import { throwawaySigner } from "../helpers/throwaway-signer";
import { FUNCTION_CONFIG, OUTPUTS } from "../../contract/outputs";
import { loadFunctionConfig } from "../../function/src/config";
import { createAssertionHandler } from "../../function/src/handler";
import { envWith } from "../helpers/config";
import { only, synthEnv } from "../helpers/synth";
import { harness, twoDomainModel, type Harness } from "./helpers";

const USER = "integration.tester@example.com";

/** The dev stack with the legacy audience, as synthesized: its output and the Function's configuration. */
function legacyStack(): { outputAud: string; functionConfig: Record<string, string> } {
  const { parsed } = synthEnv(envWith((c) => (c.assertion = { ...c.assertion!, legacyIdcsAudience: true })));
  return { outputAud: parsed.output[OUTPUTS.assertionAudience].value, functionConfig: only(parsed, "oci_functions_function").config };
}

/** `aud` of both assertions in a token request body. */
function audiences(body: URLSearchParams): unknown[] {
  return [body.get("assertion")!, body.get("client_assertion")!].map((jwt) => decodeJwt(jwt).aud);
}

describe("legacy IDCS audience: one aud, through the smoke and through the Function", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it("the Function's aud and the smoke's --assertion-key aud are both the deployed assertion_audience", async () => {
    const { outputAud, functionConfig } = legacyStack();
    expect(outputAud).toBe(LEGACY_IDCS_AUDIENCE);
    expect(functionConfig[FUNCTION_CONFIG.assertionAudience]).toBe(outputAud);

    // Through the Function: its configuration as the stack set it (the Vault's
    // references aside: a local key signs here).
    const literal = Object.fromEntries(Object.entries(functionConfig).filter(([, v]) => !String(v).includes("${")));
    const config = loadFunctionConfig(literal, { requireKms: false });
    const handler = createAssertionHandler({ config, signer: throwawaySigner(String(functionConfig[FUNCTION_CONFIG.certificateAlias])), log: () => {} });
    const answer = await handler({ body: new TextEncoder().encode(JSON.stringify({ user: USER })), contentType: "application/json", accept: "application/x-www-form-urlencoded" });
    expect(answer.status).toBe(200);
    const functionAud = audiences(new URLSearchParams(String(answer.body)));

    // Through the smoke's --assertion-key path, against stand-ins whose outputs carry the stack's assertion_audience.
    h = await harness((port) => {
      const model = twoDomainModel(port);
      return { ...model, literalOutputs: { ...model.literalOutputs, [OUTPUTS.assertionAudience]: outputAud } };
    });
    expect(JSON.parse(readFileSync(h.outputsPath, "utf8")).dev[OUTPUTS.assertionAudience]).toBe(LEGACY_IDCS_AUDIENCE);
    const sent: URLSearchParams[] = [];
    const spy: typeof fetch = async (input, init) => {
      if (String(input instanceof Request ? input.url : input) === h!.sb.fusionDomain.tokenUrl) sent.push(new URLSearchParams(String(init?.body)));
      return fetch(input, init);
    };
    const { report } = await h.smoke(["--flows", "c"], {}, { fetch: spy });
    expect(report.flows.map((f) => [f.flow, f.ok, f.steps.filter((s) => !s.ok).map((s) => s.detail)])).toEqual([["C", true, []]]);
    expect(sent).toHaveLength(1);
    const smokeAud = audiences(sent[0]);

    expect(functionAud).toEqual([LEGACY_IDCS_AUDIENCE, LEGACY_IDCS_AUDIENCE]);
    expect(smokeAud).toEqual(functionAud);
  });

  it("without the option both name the trusted app's domain, from the same output", () => {
    const { parsed } = synthEnv(envWith());
    const outputAud = parsed.output[OUTPUTS.assertionAudience].value;
    expect(outputAud).not.toBe(LEGACY_IDCS_AUDIENCE);
    expect(outputAud).toMatch(/^https:\/\/idcs-[a-z0-9-]+\.identity\.oraclecloud\.com\/$/);
    expect(only(parsed, "oci_functions_function").config[FUNCTION_CONFIG.assertionAudience]).toBe(outputAud);
  });
});

/** Flow A: client credentials token (HTTP Basic, exact FQS), shape check, integration call. */
import type { SmokeDeps } from "./context";
import { fingerprint } from "./fingerprint";
import { FlowRun, fail, tokenRequestFailed } from "./flow-run";
import type { SmokeInputs } from "./inputs";
import type { FlowRecord } from "./report";
import { tokenWithRetry } from "./token-retry";
import { clientCredentialsToken } from "./token-endpoint";
import { checkTokenShape } from "./token-shape";
import { invokeIntegrationStep } from "./invoke-step";

export interface FlowOptions {
  budgetMs: number;
}

export async function runClientCredentials(inputs: SmokeInputs, deps: SmokeDeps, o: FlowOptions): Promise<FlowRecord> {
  const run = new FlowRun("A", deps);
  const cc = inputs.clientCredentials!;
  const scope = inputs.oic.scope;
  let accessToken = "";
  let claims: Record<string, unknown> = {};

  const gotToken = await run.step("token", async () => {
    if (!cc.secret) return fail("no client secret", { step: "inputs", expected: { missing: "the client-credentials secret (OIC_ACCESS_CC_CLIENT_SECRET or a sensitive outputs file)" } });
    if (!scope) return fail("no OIC scope", { step: "inputs", expected: { missing: "oic_scope output" } });
    deps.redactor.add(cc.secret);
    const { result: out, attempts } = await tokenWithRetry("token", () => clientCredentialsToken(inputs, cc.clientId, cc.secret!, scope, deps.fetch), deps, o.budgetMs);
    if (!out.ok) {
      return tokenRequestFailed("token", out, { clientId: cc.clientId, scope, requestedScope: scope, audience: inputs.oic.audience }, attempts);
    }
    accessToken = out.tokens.access_token;
    deps.redactor.add(accessToken);
    return { ok: true, detail: `${out.tokens.token_type} token ${fingerprint(accessToken)} for ${cc.clientId}`, attempts };
  });
  if (!gotToken) return run.finish();

  const shapeOk = await run.step("token-shape", async () => {
    const shape = checkTokenShape(accessToken, { scope: scope!, subType: "client", clientId: cc.clientId, now: deps.now() });
    claims = shape.claims;
    if (shape.problems.length) {
      return fail(shape.problems.join("; "), { step: "token-shape", claims, expected: { audience: inputs.oic.audience, scope, requestedScope: scope } });
    }
    return { ok: true, detail: shape.summary };
  });
  if (!shapeOk) return run.finish();
  run.record.subject = String(claims.sub ?? "");

  await run.step("invoke", () => invokeIntegrationStep(inputs, accessToken, claims, deps, o.budgetMs, cc.clientId));
  return run.finish();
}

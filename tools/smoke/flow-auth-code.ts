/**
 * Flow B without a person: the refresh token stored by `smoke <env> login`
 * buys a user token (the rotated refresh token is stored again), whose shape
 * is checked before the integration is called as the user.
 */
import type { SmokeDeps } from "./context";
import { fingerprint } from "./fingerprint";
import { FlowRun, fail, tokenRequestFailed } from "./flow-run";
import type { SmokeInputs } from "./inputs";
import { invokeIntegrationStep } from "./invoke-step";
import type { FlowRecord } from "./report";
import { refreshToken } from "./token-endpoint";
import { tokenWithRetry } from "./token-retry";
import { checkTokenShape } from "./token-shape";
import { readRefreshToken, writeRefreshToken } from "./token-store";

export interface AuthCodeFlowOptions {
  budgetMs: number;
  tokenStorePath: string;
  /** Receives the user token once its shape is checked (oic-native's flow C triggers the caller integration with it). */
  onUserToken?: (accessToken: string) => void;
}

export async function runAuthCode(inputs: SmokeInputs, deps: SmokeDeps, o: AuthCodeFlowOptions): Promise<FlowRecord> {
  const run = new FlowRun("B", deps);
  const ac = inputs.authCode!;
  let accessToken = "";
  let claims: Record<string, unknown> = {};

  const refreshed = await run.step("refresh", async () => {
    if (!ac.secret) return fail("no client secret", { step: "inputs", expected: { missing: "the auth-code app's secret (OIC_ACCESS_AC_CLIENT_SECRET or a sensitive outputs file)" } });
    deps.redactor.add(ac.secret);
    const stored = readRefreshToken(o.tokenStorePath);
    if (!stored) {
      return fail(`no refresh token at ${o.tokenStorePath}`, { step: "refresh", oauthError: "login_required", expected: { clientId: ac.clientId } });
    }
    deps.redactor.add(stored);
    const { result: out, attempts } = await tokenWithRetry("refresh", () => refreshToken(inputs, ac.clientId, ac.secret!, stored, deps.fetch), deps, o.budgetMs);
    if (!out.ok) {
      return tokenRequestFailed("refresh", out, { clientId: ac.clientId, scope: inputs.oic.scope, audience: inputs.oic.audience }, attempts);
    }
    accessToken = out.tokens.access_token;
    deps.redactor.add(accessToken);
    const rotated = out.tokens.refresh_token;
    if (rotated && rotated !== stored) {
      deps.redactor.add(rotated);
      writeRefreshToken(o.tokenStorePath, rotated);
    }
    return { ok: true, detail: `user token ${fingerprint(accessToken)}${rotated && rotated !== stored ? `, rotated refresh token ${fingerprint(rotated)} stored` : ""}`, attempts };
  });
  if (!refreshed) return run.finish();

  const shapeOk = await run.step("token-shape", async () => {
    if (!inputs.oic.scope) return fail("no OIC scope", { step: "inputs", expected: { missing: "oic_scope output" } });
    const shape = checkTokenShape(accessToken, { scope: inputs.oic.scope, subType: "user", clientId: ac.clientId, now: deps.now() });
    claims = shape.claims;
    if (shape.problems.length) return fail(shape.problems.join("; "), { step: "token-shape", claims, expected: { audience: inputs.oic.audience, scope: inputs.oic.scope } });
    return { ok: true, detail: shape.summary };
  });
  if (!shapeOk) return run.finish();
  run.record.subject = String(claims.sub ?? "");
  o.onUserToken?.(accessToken);

  await run.step("invoke", () => invokeIntegrationStep(inputs, accessToken, claims, deps, o.budgetMs, ac.clientId));
  return run.finish();
}

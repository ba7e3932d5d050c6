/**
 * Flow C: the user assertion (from the deployed Function, or built locally
 * with the Function's own code) is exchanged for a user token for Fusion,
 * which then calls a Fusion REST endpoint as that user. The OIC token is
 * never passed on: this mints a new one.
 */
import { decodeJwt, decodeProtectedHeader } from "jose";
import { splitScope } from "../../contract/scope";
import type { SmokeDeps } from "./context";
import { fingerprint } from "./fingerprint";
import { FlowRun, fail, tokenRequestFailed } from "./flow-run";
import type { SmokeInputs } from "./inputs";
import type { FlowRecord } from "./report";
import { callResource } from "./resource-call";
import { jwtBearerToken } from "./token-endpoint";
import { tokenWithRetry } from "./token-retry";
import { checkTokenShape } from "./token-shape";
import type { AssertionResult } from "./assertion-source";
import type { AssertionEvidence } from "./diagnose";

export interface AssertionFlowOptions {
  budgetMs: number;
  userName?: string;
  /** Produces the token request body (or, in the Function's token mode, the token). */
  getAssertion: (userName: string, scope: string) => Promise<AssertionResult>;
  /** Which source, for the report: "function" or "local key". */
  sourceLabel: string;
}

export async function runAssertion(inputs: SmokeInputs, deps: SmokeDeps, o: AssertionFlowOptions): Promise<FlowRecord> {
  const run = new FlowRun("C", deps);
  const t = inputs.trusted!;
  const domain = t.domain;
  const fusionScope = t.fusionScope;
  let assertion: AssertionResult | undefined;
  let accessToken = "";
  let claims: Record<string, unknown> = {};
  const user = o.userName;

  const got = await run.step("assertion", async () => {
    if (!user) return fail("no user", { step: "inputs", expected: { missing: "--user <name> (the user to propagate, as OIC's 'Invoked By')" } });
    if (!fusionScope) return fail("no Fusion scope", { step: "inputs", expected: { missing: "fusion_scope output" } });
    try {
      assertion = await o.getAssertion(user, fusionScope);
    } catch (err) {
      return fail((err as Error).message, { step: "assertion", oauthErrorDescription: (err as Error).message, expected: {} });
    }
    if (assertion.kind === "token") {
      deps.redactor.add(assertion.accessToken);
      return { ok: true, detail: `${o.sourceLabel} returned a token ${fingerprint(assertion.accessToken)} (token mode)` };
    }
    for (const k of ["assertion", "client_assertion"]) deps.redactor.add(assertion.body.get(k) ?? undefined);
    return { ok: true, detail: `user assertion ${fingerprint(assertion.body.get("assertion") ?? "")} for ${user} from ${o.sourceLabel}` };
  });
  if (!got || !assertion) return run.finish();

  const exchanged = await run.step("exchange", async () => {
    if (assertion!.kind === "token") {
      accessToken = assertion!.accessToken;
      return { ok: true, detail: "done by the Function (token mode)" };
    }
    const body = assertion!.body;
    const { result: out, attempts } = await tokenWithRetry("exchange", () => jwtBearerToken({ tokenUrl: domain.tokenUrl }, body, deps.fetch), deps, o.budgetMs);
    if (!out.ok) {
      return tokenRequestFailed("exchange", out, {
        clientId: t.clientId,
        userName: user,
        scope: fusionScope,
        requestedScope: body.get("scope") ?? undefined,
        certificateAlias: t.certificateAlias,
        trustedDomainUrl: domain.named ? domain.url : undefined,
        exchangeTokenUrl: domain.tokenUrl,
        assertionAudience: domain.assertionAudience,
        assertion: assertionEvidence(body, deps.now()),
      }, attempts);
    }
    accessToken = out.tokens.access_token;
    deps.redactor.add(accessToken);
    return { ok: true, detail: `user token ${fingerprint(accessToken)} for Fusion`, attempts };
  });
  if (!exchanged) return run.finish();

  const shapeOk = await run.step("token-shape", async () => {
    const shape = checkTokenShape(accessToken, { scope: fusionScope!, subType: "user", subject: user, now: deps.now() });
    claims = shape.claims;
    if (shape.problems.length) return fail(shape.problems.join("; "), { step: "token-shape", claims, expected: { audience: splitScope(fusionScope!)?.audience, scope: fusionScope } });
    return { ok: true, detail: shape.summary };
  });
  if (!shapeOk) return run.finish();
  run.record.subject = String(claims.sub ?? "");

  await run.step("fusion", async () => {
    if (!t.fusionBaseUrl) return fail("no Fusion base URL", { step: "inputs", expected: { missing: "fusion_base_url output" } });
    const path = t.fusionSmokePath;
    const url = `${t.fusionBaseUrl.replace(/\/$/, "")}${path}`;
    const r = await callResource({ what: "fusion", url, method: "GET", token: accessToken, expectedStatus: 200, budgetMs: o.budgetMs }, deps);
    if (r.status === 200) return { ok: true, detail: `GET ${path} -> 200 as ${String(claims.sub)}`, attempts: r.attempts };
    return fail(`GET ${path} -> ${r.status ?? r.networkError}`, {
      step: "fusion",
      status: r.status,
      networkError: r.networkError,
      claims,
      expected: {
        audience: splitScope(fusionScope!)?.audience,
        scope: fusionScope,
        resourceBaseUrl: t.fusionBaseUrl,
        integrationPath: path,
        userName: user,
        trustedDomainUrl: domain.named ? domain.url : undefined,
        exchangeTokenUrl: assertion?.kind === "body" ? domain.tokenUrl : undefined,
      },
    }, r.attempts);
  });
  return run.finish();
}

/** What the assertions we sent say (decoded, not verified): the evidence a refused exchange is judged by. */
function assertionEvidence(body: URLSearchParams, nowMs: number): AssertionEvidence | undefined {
  try {
    const user = body.get("assertion") ?? "";
    const claims = decodeJwt(user);
    const aud = claims.aud === undefined ? [] : [claims.aud].flat().map(String);
    return { kid: decodeProtectedHeader(user).kid, aud, sub: claims.sub, iat: claims.iat, exp: claims.exp, now: Math.floor(nowMs / 1000) };
  } catch {
    return undefined;
  }
}

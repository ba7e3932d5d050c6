// The diagnosis as a pure function: one case per cause.
import { describe, expect, it } from "@jest/globals";
import { diagnose, type DiagnosisInput } from "../../tools/smoke/diagnose";

const AUD = "https://oic.example.com:443";
const FQS = `${AUD}urn:opc:resource:consumer::all`;
const claims = { aud: [AUD], scope: "urn:opc:resource:consumer::all", sub: "app1", sub_type: "client", client_id: "app1", exp: Math.floor(Date.now() / 1000) + 600 };
const base = { expected: { audience: AUD, scope: FQS, clientId: "app1", resourceBaseUrl: "https://oic.example.com", integrationPath: "/ic/api/integration/v1/flows/rest/X/1.0/x" } };

const cases: [string, DiagnosisInput][] = [
  ["missing-input", { step: "inputs", expected: { missing: "oic_scope" } }],
  ["unreachable", { step: "token", networkError: "ECONNREFUSED", expected: {} }],
  ["scope-missing-port", { step: "token", status: 400, oauthError: "invalid_scope", expected: { ...base.expected, requestedScope: "https://oic.example.comurn:opc:resource:consumer::all" } }],
  ["scope-mismatch", { step: "token", status: 400, oauthError: "invalid_scope", expected: { ...base.expected, requestedScope: "https://oic.example.com:443/urn:opc:resource:consumer::all" } }],
  ["audience-mismatch", { step: "invoke", status: 401, claims: { ...claims, aud: ["https://other.example.com:443"] }, expected: { ...base.expected, requestedScope: FQS } }],
  ["audience-mismatch", { step: "invoke", status: 401, claims, expected: { ...base.expected, resourceBaseUrl: "https://oic-other.example.com" } }],
  ["invalid-client", { step: "token", status: 401, oauthError: "invalid_client", oauthErrorDescription: "Client authentication failed", ...base }],
  ["app-inactive", { step: "token", status: 401, oauthError: "invalid_client", oauthErrorDescription: "the app is not active", ...base }],
  ["unauthorized-client", { step: "token", status: 400, oauthError: "unauthorized_client", ...base }],
  ["token-rejected", { step: "invoke", status: 401, claims, ...base }],
  ["role-missing", { step: "invoke", status: 403, claims, ...base }],
  ["integration-not-found", { step: "invoke", status: 404, claims, ...base }],
  ["unexpected-status", { step: "invoke", status: 400, claims, ...base }],
  ["throttled", { step: "invoke", status: 503, claims, ...base }],
  ["refresh-token-invalid", { step: "refresh", status: 400, oauthError: "invalid_grant", ...base }],
  ["login-required", { step: "refresh", oauthError: "login_required", ...base }],
  ["no-refresh-token", { step: "login", status: 200, oauthError: "no_refresh_token", ...base }],
  ["assertion-kid-unknown", { step: "exchange", status: 401, oauthError: "invalid_client", oauthErrorDescription: "Client authentication failed: no matching key", expected: { certificateAlias: "a1" } }],
  ["assertion-kid-unknown", { step: "exchange", status: 400, oauthError: "invalid_grant", oauthErrorDescription: 'no certificate with alias "x"', expected: {} }],
  ["assertion-certificate", { step: "exchange", status: 400, oauthError: "invalid_grant", oauthErrorDescription: 'signature does not verify with the certificate "x"', expected: {} }],
  ["assertion-audience", { step: "exchange", status: 400, oauthError: "invalid_grant", oauthErrorDescription: "bad aud", expected: {} }],
  ["assertion-audience", { step: "exchange", status: 401, oauthError: "invalid_client", oauthErrorDescription: "Client authentication failed", expected: { exchangeTokenUrl: "https://idcs-fa.identity.oraclecloud.com/oauth2/v1/token", assertion: { aud: ["https://idcs-oic.identity.oraclecloud.com/"], now: 1 } } }],
  ["wrong-domain", { step: "exchange", status: 401, oauthError: "invalid_client", oauthErrorDescription: "Client authentication failed", expected: { trustedDomainUrl: "https://idcs-fa.identity.oraclecloud.com", exchangeTokenUrl: "https://idcs-oic.identity.oraclecloud.com/oauth2/v1/token" } }],
  ["wrong-domain", { step: "fusion", status: 401, claims: { ...claims, aud: ["https://fa.example.com:443"], sub_type: "user" }, expected: { audience: "https://fa.example.com:443", trustedDomainUrl: "https://idcs-fa.identity.oraclecloud.com", exchangeTokenUrl: "https://idcs-oic.identity.oraclecloud.com/oauth2/v1/token" } }],
  ["assertion-clock-skew", { step: "exchange", status: 400, oauthError: "invalid_grant", oauthErrorDescription: "the assertion has expired", expected: {} }],
  ["assertion-clock-skew", { step: "exchange", status: 401, oauthError: "invalid_client", oauthErrorDescription: '"iat" claim timestamp check failed (it should be in the past)', expected: {} }],
  ["assertion-user-unknown", { step: "exchange", status: 400, oauthError: "invalid_grant", oauthErrorDescription: 'the user "bob" does not exist', expected: { userName: "bob" } }],
  ["assertion-rejected", { step: "exchange", status: 400, oauthError: "invalid_grant", oauthErrorDescription: "rejected", expected: {} }],
  ["not-a-user-token", { step: "fusion", status: 401, claims: { ...claims, aud: ["https://fa.example.com:443"] }, expected: { audience: "https://fa.example.com:443", resourceBaseUrl: "http://127.0.0.1:1" } }],
  ["user-not-authorized", { step: "fusion", status: 403, claims: { ...claims, sub_type: "user" }, expected: {} }],
];

describe("diagnose", () => {
  it.each(cases)("names %s", (cause, input) => {
    const d = diagnose(input);
    expect(d.cause).toBe(cause);
    expect(d.summary.length).toBeGreaterThan(10);
    expect(d.fix.length).toBeGreaterThan(10);
  });

  it("names OIC's resource app's token-refresh setting when no refresh token comes", () => {
    const d = diagnose({ step: "login", status: 200, oauthError: "no_refresh_token", ...base });
    expect(d.fix).toMatch(/Allow token refresh/);
    expect(d.fix).toMatch(/allow_offline on that app; this project does not manage it/);
  });

  it("shows the assertion it judged", () => {
    const d = diagnose({ step: "exchange", status: 400, oauthError: "invalid_grant", oauthErrorDescription: "the assertion has expired", expected: { assertion: { kid: "a1", aud: ["https://d/"], sub: "ann", iat: 0, exp: 300, now: 7200 } } });
    expect(d.evidence.join("\n")).toMatch(/kid a1, aud \["https:\/\/d\/"\], sub ann/);
    expect(d.evidence.join("\n")).toContain("this host's clock 1970-01-01T02:00:00.000Z");
  });

  it("names the user, not the app, when a user token gets 403", () => {
    const d = diagnose({ step: "invoke", status: 403, claims: { ...claims, sub: "ann", sub_type: "user" }, ...base });
    expect(d.summary).toContain('user "ann"');
  });

  it("puts the token's claims in the evidence of a 401", () => {
    const d = diagnose({ step: "invoke", status: 401, claims, ...base });
    expect(d.evidence.join(" ")).toContain("urn:opc:resource:consumer::all");
  });
});

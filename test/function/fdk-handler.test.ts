import { importX509, jwtVerify } from "jose";
import { loadFunctionConfig, type FunctionConfig } from "../../function/src/config";
import { toFdkFunction } from "../../function/src/fdk-adapter";
import { createAssertionHandler, createMisconfiguredHandler } from "../../function/src/handler";
import type { LogEvent } from "../../function/src/log";
import { createLocalCertificate } from "../../contract/local-signer";
import { MAX_BODY_BYTES } from "../../function/src/request";
import { startFdkSocket, type FdkSocket } from "./fdk-socket";
import { startTokenEndpoint, type TokenEndpointStandin } from "../../sandbox/standins/jwt-bearer-token-endpoint";
import { freshSigner } from "../helpers/throwaway-signer";

const CLIENT_ID = "oic-access-dev-trusted";
const ALIAS = "oic-access-dev-trusted-v1";
const AUD = "https://identity.oraclecloud.com/";
const FUSION = "https://fa-xyz.fa.ocs.oraclecloud.com:443urn:opc:resource:consumer::all";
const OTHER = "https://fa-abc.fa.ocs.oraclecloud.com:443urn:opc:resource:consumer::all";
const JSON_HEADERS = { "Content-Type": "application/json" };

const signer = freshSigner(ALIAS);
let certPem: string;
let publicKey: Awaited<ReturnType<typeof importX509>>;

function configFor(extra: Record<string, string>): FunctionConfig {
  return loadFunctionConfig(
    {
      TRUSTED_CLIENT_ID: CLIENT_ID,
      CERT_ALIAS: ALIAS,
      ASSERTION_AUDIENCE: AUD,
      DEFAULT_SCOPE: FUSION,
      ALLOWED_SCOPES: `${FUSION},${OTHER}`,
      ...extra,
    },
    { requireKms: false },
  );
}

async function verifyForm(form: URLSearchParams, user: string, scope: string) {
  const opts = { algorithms: ["RS256"], audience: AUD, issuer: CLIENT_ID };
  const client = await jwtVerify(form.get("client_assertion")!, publicKey, { ...opts, subject: CLIENT_ID });
  const asserted = await jwtVerify(form.get("assertion")!, publicKey, { ...opts, subject: user });
  expect(client.protectedHeader.kid).toBe(ALIAS);
  expect(asserted.protectedHeader.kid).toBe(ALIAS);
  expect(form.get("scope")).toBe(scope);
  expect(form.get("client_id")).toBe(CLIENT_ID);
  expect(asserted.payload.exp! - asserted.payload.iat!).toBeLessThanOrEqual(330);
}

beforeAll(async () => {
  certPem = (await createLocalCertificate(signer)).pem;
  publicKey = await importX509(certPem, "RS256");
});

describe("payload mode through the FDK socket", () => {
  let fn: FdkSocket;
  const logs: LogEvent[] = [];
  beforeAll(async () => {
    const handler = createAssertionHandler({
      config: configFor({ MODE: "payload", TOKEN_URL: "https://idcs-x.identity.oraclecloud.com/oauth2/v1/token", ALLOWED_USERS: "Jane.Doe@example.com,bob" }),
      signer,
      log: (e) => logs.push(e),
    });
    fn = await startFdkSocket(toFdkFunction(handler));
  });
  afterAll(() => fn.close());

  it("answers JSON holding the form body with two verified assertions", async () => {
    const res = await fn.call(JSON.stringify({ user: "jane.doe@example.com" }), JSON_HEADERS);
    expect(res.httpStatus).toBe(200);
    expect(res.status).toBe(200);
    expect(res.contentType).toMatch(/^application\/json/);
    const body = res.json<{ payload: string; tokenUrl: string; contentType: string; expiresAt: string }>();
    expect(body.tokenUrl).toBe("https://idcs-x.identity.oraclecloud.com/oauth2/v1/token");
    expect(body.contentType).toBe("application/x-www-form-urlencoded");
    expect(Date.parse(body.expiresAt)).toBeGreaterThan(Date.now());
    await verifyForm(new URLSearchParams(body.payload), "jane.doe@example.com", FUSION);
  });

  it("answers the bare form body when the caller accepts text", async () => {
    const res = await fn.call(JSON.stringify({ user: "bob", scope: OTHER }), { ...JSON_HEADERS, Accept: "text/plain" });
    expect(res.status).toBe(200);
    expect(res.contentType).toBe("application/x-www-form-urlencoded");
    await verifyForm(new URLSearchParams(res.text), "bob", OTHER);
  });

  it.each([
    ["missing user", "{}", JSON_HEADERS, 400, "missing_user"],
    ["empty user", '{"user":""}', JSON_HEADERS, 400, "missing_user"],
    ["non-string user", '{"user":42}', JSON_HEADERS, 400, "invalid_user"],
    ["user with spaces around", '{"user":" bob"}', JSON_HEADERS, 400, "invalid_user"],
    ["user with a newline", '{"user":"bob\\nlevel=admin"}', JSON_HEADERS, 400, "invalid_user"],
    ["overlong user", JSON.stringify({ user: "u".repeat(300) }), JSON_HEADERS, 400, "invalid_user"],
    ["not JSON", "user=bob", JSON_HEADERS, 400, "invalid_json"],
    ["JSON array", '["bob"]', JSON_HEADERS, 400, "invalid_body"],
    ["user not allowed", '{"user":"mallory"}', JSON_HEADERS, 403, "user_not_allowed"],
    ["scope not allowed", JSON.stringify({ user: "bob", scope: "urn:opc:idm:__myscopes__" }), JSON_HEADERS, 403, "scope_not_allowed"],
    ["non-string scope", '{"user":"bob","scope":["a"]}', JSON_HEADERS, 400, "invalid_scope"],
    ["wrong content type", '{"user":"bob"}', { "Content-Type": "text/plain" }, 415, "unsupported_media_type"],
    ["no content type", '{"user":"bob"}', {}, 415, "unsupported_media_type"],
    ["oversized body", JSON.stringify({ user: "bob", pad: "x".repeat(MAX_BODY_BYTES) }), JSON_HEADERS, 413, "body_too_large"],
  ])("refuses %s with a clear error", async (_name, body, headers, status, code) => {
    const res = await fn.call(body, headers as Record<string, string>);
    expect(res.status).toBe(status);
    const json = res.json<{ error: string; message: string }>();
    expect(json.error).toBe(code);
    expect(json.message.length).toBeGreaterThan(20);
  });

  it("logs no assertion, no user name in clear", () => {
    const text = JSON.stringify(logs);
    expect(logs.some((e) => e.event === "minted")).toBe(true);
    expect(text).not.toMatch(/eyJ/);
    expect(text).not.toMatch(/jane\.doe/i);
  });
});

describe("token mode through the FDK socket", () => {
  let fn: FdkSocket;
  let idcs: TokenEndpointStandin;
  const logs: LogEvent[] = [];
  beforeAll(async () => {
    idcs = await startTokenEndpoint({ certificatePem: certPem, clientId: CLIENT_ID, audience: AUD });
    const handler = createAssertionHandler({
      config: configFor({ MODE: "token", TOKEN_URL: idcs.url, ALLOW_ANY_FEDERATED_USER: "true" }),
      signer,
      log: (e) => logs.push(e),
    });
    fn = await startFdkSocket(toFdkFunction(handler));
  });
  afterAll(async () => {
    fn.close();
    await idcs.close();
  });

  it("exchanges the assertions at the identity domain and caches the token per user and scope", async () => {
    const first = await fn.call(JSON.stringify({ user: "jane" }), JSON_HEADERS);
    expect(first.status).toBe(200);
    const a = first.json<{ access_token: string; expires_in: number; cached: boolean; scope: string; token_type: string }>();
    expect(a.cached).toBe(false);
    expect(a.token_type).toBe("Bearer");
    expect(a.expires_in).toBeGreaterThan(3500);
    expect(a.scope).toBe(FUSION);
    expect(idcs.issuedFor).toEqual(["jane"]);

    const again = (await fn.call(JSON.stringify({ user: "jane" }), JSON_HEADERS)).json<{ access_token: string; cached: boolean }>();
    expect(again).toMatchObject({ access_token: a.access_token, cached: true });
    const otherScope = (await fn.call(JSON.stringify({ user: "jane", scope: OTHER }), JSON_HEADERS)).json<{ access_token: string; cached: boolean }>();
    expect(otherScope.cached).toBe(false);
    expect(otherScope.access_token).not.toBe(a.access_token);
    const otherUser = (await fn.call(JSON.stringify({ user: "bob" }), JSON_HEADERS)).json<{ cached: boolean }>();
    expect(otherUser.cached).toBe(false);
    expect(idcs.issuedFor).toEqual(["jane", "jane", "bob"]);
  });

  it("reports a refused exchange as 502 and does not cache it", async () => {
    idcs.failNext = 1;
    const calls = idcs.calls;
    const res = await fn.call(JSON.stringify({ user: "carol" }), JSON_HEADERS);
    expect(res.status).toBe(502);
    expect(res.json()).toMatchObject({ error: "token_exchange_failed", upstreamStatus: 400, upstreamError: "invalid_grant" });
    const retry = await fn.call(JSON.stringify({ user: "carol" }), JSON_HEADERS);
    expect(retry.status).toBe(200);
    expect(idcs.calls).toBe(calls + 2);
  });

  it("shares one exchange among concurrent requests for the same user", async () => {
    idcs.delayMs = 50;
    const calls = idcs.calls;
    const results = await Promise.all(Array.from({ length: 8 }, () => fn.call(JSON.stringify({ user: "dave" }), JSON_HEADERS)));
    idcs.delayMs = 0;
    expect(idcs.calls).toBe(calls + 1);
    expect(new Set(results.map((r) => r.json<{ access_token: string }>().access_token)).size).toBe(1);
  });

  it("never logs a token", () => {
    expect(JSON.stringify(logs)).not.toMatch(/access_token|eyJ/);
  });
});

describe("misconfigured function", () => {
  it("stays up and names the missing keys", async () => {
    let message = "";
    try {
      loadFunctionConfig({ MODE: "token" }, { requireKms: true });
    } catch (e) {
      message = (e as Error).message;
    }
    const fn = await startFdkSocket(toFdkFunction(createMisconfiguredHandler(message)));
    try {
      const res = await fn.call('{"user":"bob"}', JSON_HEADERS);
      expect(res.status).toBe(500);
      expect(res.json<{ message: string }>().message).toMatch(/missing TRUSTED_CLIENT_ID, CERT_ALIAS, TOKEN_URL, DEFAULT_SCOPE, KMS_KEY_ID/);
    } finally {
      fn.close();
    }
  });
});

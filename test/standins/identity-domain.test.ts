// The identity-domain stand-in speaks OAuth like the domain: routes, claims, errors, hooks.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { decodeJwt, decodeProtectedHeader } from "jose";
import { DomainState } from "../../sandbox/standins/domain-state";
import { startIdentityDomain, DOMAIN_ISSUER, type IdentityDomainStandin } from "../../sandbox/standins/identity-domain";
import { startOic, type OicStandin } from "../../sandbox/standins/oic";
import { startFusion, type FusionStandin } from "../../sandbox/standins/fusion";

const AUD = "https://oic.example.com:443";
const FQS = `${AUD}urn:opc:resource:consumer::all`;

async function token(d: IdentityDomainStandin, id: string, secret: string, scope = FQS) {
  const res = await fetch(d.tokenUrl, {
    method: "POST",
    headers: { authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "client_credentials", scope }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, string> };
}

describe("identity-domain stand-in", () => {
  const state = new DomainState();
  let d: IdentityDomainStandin;
  let oic: OicStandin;
  let fusion: FusionStandin;
  let secret: string;
  beforeAll(async () => {
    state.resources.push({ kind: "oic", audience: AUD, scope: "urn:opc:resource:consumer::all" }, { kind: "fusion", audience: "https://fa.example.com:443", scope: "urn:opc:resource:consumer::all" });
    secret = state.addApp({ name: "cc", clientType: "confidential", allowedGrants: new Set(["client_credentials"]), scopes: [FQS], redirectUris: [] }).secret!;
    state.addGrant("App", "cc");
    d = await startIdentityDomain(state);
    oic = await startOic({ state, jwksUrl: d.jwksUrl, audience: AUD, integrations: [{ method: "GET", path: "HELLO/1.0/hi" }] });
    fusion = await startFusion({ state, jwksUrl: d.jwksUrl, audience: "https://fa.example.com:443", smokePath: "/x" });
  });
  afterAll(async () => {
    await Promise.all([d.close(), oic.close(), fusion.close()]);
  });

  it("serves the domain's paths", async () => {
    expect(d.tokenUrl).toMatch(/\/oauth2\/v1\/token$/);
    const jwks = (await (await fetch(d.jwksUrl)).json()) as { keys: { kty: string; d?: string }[] };
    expect(jwks.keys[0].kty).toBe("RSA");
    expect(jwks.keys[0].d).toBeUndefined();
  });

  it("issues RS256 JWTs with the domain's claims", async () => {
    const { status, body } = await token(d, "cc", secret);
    expect(status).toBe(200);
    expect(decodeProtectedHeader(body.access_token).alg).toBe("RS256");
    const c = decodeJwt(body.access_token);
    expect(c).toMatchObject({ iss: DOMAIN_ISSUER, aud: [AUD], scope: "urn:opc:resource:consumer::all", client_id: "cc", sub: "cc", sub_type: "client", tok_type: "AT" });
    expect((c.exp ?? 0) - (c.iat ?? 0)).toBe(3600);
  });

  it("refuses an unknown FQS with invalid_scope", async () => {
    expect((await token(d, "cc", secret, "https://oic.example.comurn:opc:resource:consumer::all")).body.error).toBe("invalid_scope");
  });

  it("OIC answers 200, then 403 without the role, 401 for a bad token, 404 for an unknown flow", async () => {
    const { body } = await token(d, "cc", secret);
    const call = (path: string, t = body.access_token) => fetch(`${oic.url}/ic/api/integration/v1/flows/rest/${path}`, { headers: { authorization: `Bearer ${t}` } });
    expect((await call("HELLO/1.0/hi")).status).toBe(200);
    expect((await call("NOPE/1.0/x")).status).toBe(404);
    expect((await call("HELLO/1.0/hi", "x.y.z")).status).toBe(401);
    state.removeGrant("cc");
    expect((await call("HELLO/1.0/hi")).status).toBe(403);
    state.addGrant("App", "cc");
  });

  it("Fusion refuses a token of another audience", async () => {
    const { body } = await token(d, "cc", secret);
    expect((await fetch(`${fusion.url}/x`, { headers: { authorization: `Bearer ${body.access_token}` } })).status).toBe(401);
  });

  it("hooks: rotated secret and inactive app give invalid_client, removed grant type unauthorized_client", async () => {
    const old = secret;
    secret = state.rotateSecret("cc");
    expect((await token(d, "cc", old)).body.error).toBe("invalid_client");
    expect((await token(d, "cc", secret)).status).toBe(200);
    state.deactivateApp("cc");
    const inactive = await token(d, "cc", secret);
    expect(inactive.body.error_description).toContain("not active");
    state.activateApp("cc");
    state.removeAllowedGrant("cc", "client_credentials");
    expect((await token(d, "cc", secret)).body.error).toBe("unauthorized_client");
  });
});

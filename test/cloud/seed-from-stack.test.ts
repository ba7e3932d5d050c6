// The fake cloud's seed from what a synthesized stack declares.
import { createPrivateKey, createPublicKey } from "node:crypto";
import { describe, expect, it } from "@jest/globals";
import { LEGACY_IDCS_AUDIENCE } from "../../contract/identity-domain";
import { OUTPUTS } from "../../contract/outputs";
import { domainStateFromStack, pickLoginUser, seedFromStack, stackAudiences } from "../../sandbox/cloud/seed-from-stack";
import type { IdentityDomainStandin } from "../../sandbox/standins/identity-domain";
import { sampleModel, twoDomainModel, OIC_AUD, FA_AUD, CONSUMER } from "../smoke/helpers";

describe("domainStateFromStack", () => {
  const model = sampleModel(8765);
  const state = domainStateFromStack(model, { oicAudience: OIC_AUD, fusionAudience: FA_AUD, loginUser: pickLoginUser(model) });

  it("registers every app with its grants and scopes, and a secret for confidential ones", () => {
    expect([...state.apps.keys()]).toEqual(["dev-oic-scheduler", "dev-oic-vbcs", "dev-oic-fusion-assertion"]);
    expect([...state.app("dev-oic-vbcs").allowedGrants]).toEqual(["authorization_code", "refresh_token"]);
    expect(state.app("dev-oic-vbcs").scopes).toEqual([`${OIC_AUD}${CONSUMER}`]);
    expect(state.app("dev-oic-scheduler").secret).toMatch(/^[\w-]{20,}$/);
    expect(state.app("dev-oic-fusion-assertion").clientType).toBe("trusted");
  });

  it("grants ServiceInvoker as declared, users from grants", () => {
    expect(state.hasRole({ type: "App", name: "dev-oic-scheduler" }, "ServiceInvoker")).toBe(true);
    expect(state.hasRole({ type: "User", name: "integration.tester@example.com" }, "ServiceInvoker")).toBe(true);
    expect(state.hasRole({ type: "App", name: "dev-oic-fusion-assertion" }, "ServiceInvoker")).toBe(false);
    expect(state.users.has("integration.tester@example.com")).toBe(true);
  });

  it("replaces apply-time references by the sandbox's audiences", () => {
    const m = { ...model, oic: {}, apps: model.apps.map((a) => (a.flow === "client-credentials" ? { ...a, scopes: ["${data.x.audience}urn:opc:resource:consumer::all"] } : a)) };
    expect(stackAudiences(m).oic).toBeUndefined();
    const s = domainStateFromStack(m, { oicAudience: "https://sandbox:443", fusionAudience: FA_AUD, loginUser: "u" });
    expect(s.app("dev-oic-scheduler").scopes).toEqual([`https://sandbox:443${CONSUMER}`]);
  });

  it("treats the login user as a member of granted groups", () => {
    const m = { ...model, grants: [{ address: "g", path: "g", grantee: { type: "Group" as const, groupName: "OIC Users" }, role: "ServiceInvoker", preventDestroy: false }] };
    const s = domainStateFromStack(m, { oicAudience: OIC_AUD, fusionAudience: FA_AUD, loginUser: "sandbox.user@example.com" });
    expect(s.hasRole({ type: "User", name: "sandbox.user@example.com" }, "ServiceInvoker")).toBe(true);
  });
});

describe("seedFromStack", () => {
  it("seeds one domain with every app, OIC and Fusion at the stack's audiences, and the granted user as login user", () => {
    const seed = seedFromStack(sampleModel(8765));
    expect(seed.env).toBe("dev");
    expect(seed.fusion).toBe(seed.oic);
    expect([...seed.oic.apps.keys()]).toEqual(["dev-oic-scheduler", "dev-oic-vbcs", "dev-oic-fusion-assertion"]);
    expect(seed.oic.resources.map((r) => r.audience)).toEqual([OIC_AUD, FA_AUD]);
    expect(seed.oicAudience).toBe(OIC_AUD);
    expect(seed.oicBaseUrl).toBe("https://oic-dev-test.integration.us-ashburn-1.ocp.oraclecloud.com");
    expect(seed.integrations).toEqual([{ method: "GET", path: "HELLO_WORLD/1.0/hello", status: 200 }]);
    expect(seed.fusionResource).toEqual({ audience: FA_AUD, baseUrl: "https://fa-dev-test.fa.ocs.oraclecloud.com", smokePath: "/hcmRestApi/resources/11.13.18.05/userAccounts?limit=1" });
    expect(seed.loginUser).toBe("integration.tester@example.com");
    expect(seed.domainUrls).toBeUndefined();
    expect(seed.functions).toBeUndefined();
    // The sample declares http://127.0.0.1:8765/callback: the starter adds nothing.
    expect(seed.loopbackRedirectFor).toBeUndefined();
  });

  it("makes a trusted-app key of its own and trusts its public half under the stack's alias", () => {
    const seed = seedFromStack(sampleModel(8765));
    expect(seed.trustedKey?.alias).toBe("dev-assertion-v1");
    expect(createPrivateKey(seed.trustedKey!.privateKeyPem).asymmetricKeyType).toBe("rsa");
    const publicKey = seed.fusion.app("dev-oic-fusion-assertion").certificates.get("dev-assertion-v1");
    expect(publicKey?.equals(createPublicKey(createPrivateKey(seed.trustedKey!.privateKeyPem)))).toBe(true);
  });

  it("puts the trusted app in Fusion's own domain when its idcs_endpoint names one, users in both", () => {
    const seed = seedFromStack(twoDomainModel(8765));
    expect(seed.fusion).not.toBe(seed.oic);
    expect([...seed.oic.apps.keys()]).toEqual(["dev-oic-scheduler", "dev-oic-vbcs"]);
    expect([...seed.fusion.apps.keys()]).toEqual(["dev-oic-fusion-assertion"]);
    expect(seed.fusion.grants).toEqual([]);
    expect(seed.oic.resources.map((r) => r.kind)).toEqual(["oic"]);
    expect(seed.fusion.resources.map((r) => r.kind)).toEqual(["fusion"]);
    expect([...seed.fusion.users]).toEqual(expect.arrayContaining(["integration.tester@example.com"]));
  });

  it("accepts the legacy IDCS aud where the stack chose it, and writes it into the outputs", () => {
    const model = sampleModel(8765);
    const legacy = seedFromStack({ ...model, literalOutputs: { ...model.literalOutputs, [OUTPUTS.assertionAudience]: LEGACY_IDCS_AUDIENCE } });
    expect(legacy.fusion.acceptLegacyAudience).toBe(true);
    expect(seedFromStack(model).fusion.acceptLegacyAudience).toBe(false);
    const domain = { url: "http://127.0.0.1:1", tokenUrl: "http://127.0.0.1:1/oauth2/v1/token", authorizeUrl: "http://127.0.0.1:1/oauth2/v1/authorize", jwksUrl: "http://127.0.0.1:1/jwks" } as IdentityDomainStandin;
    expect(legacy.outputs({ oic: domain, fusion: domain })[OUTPUTS.assertionAudience]).toBe(LEGACY_IDCS_AUDIENCE);
  });

  it("asks the starter for a loopback redirect when the auth-code app declares none", () => {
    const model = sampleModel(8765);
    const seed = seedFromStack({ ...model, apps: model.apps.map((a) => (a.flow === "authorization-code" ? { ...a, redirectUris: ["https://vbcs.example.com/cb"] } : a)) });
    expect(seed.loopbackRedirectFor).toBe("dev-oic-vbcs");
  });

  it("writes the outputs a deploy would, from the domains once they listen", () => {
    const seed = seedFromStack(twoDomainModel(8765));
    const at = (port: number) => ({ url: `http://127.0.0.1:${port}`, tokenUrl: `http://127.0.0.1:${port}/oauth2/v1/token`, authorizeUrl: `http://127.0.0.1:${port}/oauth2/v1/authorize`, jwksUrl: "" }) as IdentityDomainStandin;
    const out = seed.outputs({ oic: at(1001), fusion: at(1002) });
    expect(out[OUTPUTS.identityDomainUrl]).toBe("http://127.0.0.1:1001");
    expect(out[OUTPUTS.fusionTokenUrl]).toBe("http://127.0.0.1:1002/oauth2/v1/token");
    expect(out[OUTPUTS.assertionAudience]).toBe("http://127.0.0.1:1002/");
    expect(out[OUTPUTS.clientCredentialsClientSecret]).toBe(seed.oic.app("dev-oic-scheduler").secret);
    expect(out[OUTPUTS.trustedCertificateAlias]).toBe("dev-assertion-v1");
    expect(out[OUTPUTS.integrationPath]).toBe("/ic/api/integration/v1/flows/rest/HELLO_WORLD/1.0/hello");
  });
});

/**
 * `npm run cert -- <env>` for an oic-native environment against loopback
 * stand-ins of OIC (certificate store, connection test) and both identity
 * domains: the hand-over, the idempotent re-run, a rotation that keeps the
 * old alias until the new one works, and its retirement.
 */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { X509Certificate } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertionAudience, tokenUrl } from "../../contract/identity-domain";
import { readDeployedOutputs } from "../../contract/deployed-outputs";
import { OUTPUTS, OIC_NATIVE_OUTPUTS } from "../../contract/outputs";
import { CONSUMER_SCOPE } from "../../contract/scope";
import { runCert } from "../../tools/cert/run-cert";
import { applyConnectionFiles } from "../../sandbox/rehearsal/oic-native-operator";
import { routedFetch } from "../../tools/smoke/context";
import { DomainState } from "../../sandbox/standins/domain-state";
import { startIdentityDomain, type IdentityDomainStandin } from "../../sandbox/standins/identity-domain";
import { startOic, type OicStandin } from "../../sandbox/standins/oic";
import { OicDesignStore } from "../../sandbox/standins/oic-design";
import { OicApi } from "../../tools/cert/oic-native/oic-api";
import { oicNativeChecks } from "../../tools/estate/doctor-oic-native";
import type { DoctorContext } from "../../tools/estate/doctor-checks";
import { native } from "../../stacks/examples/native";

const OIC_DOMAIN = "https://idcs-oic0000000000000000000000000000.identity.oraclecloud.com";
const FUSION_DOMAIN = "https://idcs-fa00000000000000000000000000000.identity.oraclecloud.com";
const OIC_AUD = "https://oic-n.integration.us-ashburn-1.ocp.oraclecloud.com:443";
const OIC_BASE = "https://oic-n.integration.us-ashburn-1.ocp.oraclecloud.com";
const FUSION_AUD = "https://fa-n.fa.ocs.oraclecloud.com:443";
const TRUSTED = "n-oic-fusion-assertion";

let oicDomain: IdentityDomainStandin;
let fusionDomain: IdentityDomainStandin;
let oic: OicStandin;
let fusionState: DomainState;
const store = new OicDesignStore();
const connectTo: Record<string, string> = {};
const route = (url: string) => {
  const to = connectTo[new URL(url).origin];
  return to ? `${to}${url.slice(new URL(url).origin.length)}` : url;
};
let cwd: string;
let outputs: Record<string, unknown>;

beforeAll(async () => {
  const oicState = new DomainState();
  oicState.resources.push({ kind: "oic", audience: OIC_AUD, scope: CONSUMER_SCOPE });
  const admin = oicState.addApp({ name: "n-oic-admin", clientType: "confidential", allowedGrants: new Set(["client_credentials"]), scopes: [`${OIC_AUD}${CONSUMER_SCOPE}`], redirectUris: [] });
  oicState.addGrant("App", admin.name, "ServiceAdministrator");
  fusionState = new DomainState();
  fusionState.resources.push({ kind: "fusion", audience: FUSION_AUD, scope: CONSUMER_SCOPE });
  fusionState.addApp({ name: TRUSTED, clientType: "trusted", allowedGrants: new Set(["urn:ietf:params:oauth:grant-type:jwt-bearer"]), scopes: [`${FUSION_AUD}${CONSUMER_SCOPE}`], redirectUris: [] });
  fusionState.users.add("integration.tester@example.com");
  oicDomain = await startIdentityDomain(oicState, { publicUrl: OIC_DOMAIN });
  fusionDomain = await startIdentityDomain(fusionState, { publicUrl: FUSION_DOMAIN });
  oic = await startOic({ state: oicState, jwksUrl: oicDomain.jwksUrl, audience: OIC_AUD, integrations: [], design: { store, state: oicState, route } });
  Object.assign(connectTo, { [OIC_DOMAIN]: oicDomain.url, [FUSION_DOMAIN]: fusionDomain.url, [OIC_BASE]: oic.url });
  cwd = mkdtempSync(join(tmpdir(), "oic-native-cert-"));
  outputs = {
    [OIC_NATIVE_OUTPUTS.assertionMode]: "oic-native",
    [OUTPUTS.tokenUrl]: tokenUrl(OIC_DOMAIN),
    [OUTPUTS.oicScope]: `${OIC_AUD}${CONSUMER_SCOPE}`,
    [OUTPUTS.trustedClientId]: TRUSTED,
    [OUTPUTS.assertionAudience]: assertionAudience(FUSION_DOMAIN),
    [OUTPUTS.fusionIdentityDomainUrl]: FUSION_DOMAIN,
    [OUTPUTS.fusionTokenUrl]: tokenUrl(FUSION_DOMAIN),
    [OUTPUTS.fusionScope]: `${FUSION_AUD}${CONSUMER_SCOPE}`,
    [OIC_NATIVE_OUTPUTS.oicNativeConnectionId]: "FUSION_AS_CALLER",
    [OIC_NATIVE_OUTPUTS.oicNativeServiceInstance]: "oic-n",
    [OIC_NATIVE_OUTPUTS.oicNativeApiUrl]: OIC_BASE,
    [OIC_NATIVE_OUTPUTS.oicNativeAdminClientId]: admin.name,
  };
  writeFileSync(join(cwd, "outputs.json"), JSON.stringify({ n: outputs }));
});
afterAll(async () => {
  await Promise.all([oicDomain?.close(), fusionDomain?.close(), oic?.close()]);
  rmSync(cwd, { recursive: true, force: true });
});

async function cert(...extra: string[]): Promise<string[]> {
  const lines: string[] = [];
  const code = await runCert(["n", "--outputs", join(cwd, "outputs.json"), "--out-dir", join(cwd, "certs"), "--user", "integration.tester@example.com", ...extra], {
    cwd,
    out: (l) => lines.push(l),
    fetch: routedFetch(globalThis.fetch, connectTo),
    vars: { OIC_ACCESS_OIC_ADMIN_CLIENT_SECRET: fusionStateSecret() },
  });
  expect(code).toBe(0);
  return lines;
}
const fusionStateSecret = () => oicDomain.state.app("n-oic-admin").secret!;
const sidecar = (name = "n.json") => JSON.parse(readFileSync(join(cwd, "certs", name), "utf8")) as { alias: string };

/** What the deploy and the operator do after the cert command: the certificate on the trusted app, the files on the connection. */
function deployAndConfigure(): void {
  for (const f of ["n.pem", "n.previous.pem"]) {
    if (!existsSync(join(cwd, "certs", f))) continue;
    const alias = sidecar(f.replace(".pem", ".json")).alias;
    fusionState.app(TRUSTED).certificates.set(alias, new X509Certificate(readFileSync(join(cwd, "certs", f))).publicKey);
  }
  applyConnectionFiles(store, join(cwd, "cdktf.out", "oic-native", "n"), outputs, () => undefined);
}
const api = () => new OicApi({ baseUrl: OIC_BASE, serviceInstance: "oic-n", tokenUrl: tokenUrl(OIC_DOMAIN), clientId: "n-oic-admin", clientSecret: fusionStateSecret(), oicScope: `${OIC_AUD}${CONSUMER_SCOPE}`, fetch: routedFetch(globalThis.fetch, connectTo) });

describe("npm run cert for oic-native", () => {
  test("hands the key over: uploaded under the alias, certificate in certs/, JWT files with kid, iss and aud; the key nowhere on disk", async () => {
    const lines = await cert();
    const { alias } = sidecar();
    expect([...store.keys.keys()]).toEqual([alias]);
    const header = JSON.parse(readFileSync(join(cwd, "cdktf.out", "oic-native", "n", "jwt-header.json"), "utf8"));
    const payload = JSON.parse(readFileSync(join(cwd, "cdktf.out", "oic-native", "n", "jwt-payload.json"), "utf8"));
    expect(header).toEqual({ alg: "RS256", typ: "JWT", kid: alias });
    expect(payload).toMatchObject({ iss: TRUSTED, aud: `${FUSION_DOMAIN}/`, sub: "integration.tester@example.com" });
    // The certificate is over the uploaded key.
    const uploaded = store.keys.get(alias)!;
    const certKey = new X509Certificate(readFileSync(join(cwd, "certs", "n.pem"))).publicKey;
    expect(certKey.export({ format: "jwk" }).n).toBe(uploaded.key.export({ format: "jwk" }).n);
    const text = lines.join("\n");
    expect(text).toContain("OAuth using JWT User Assertion");
    expect(text).toContain(`access token URL    ${tokenUrl(FUSION_DOMAIN)}`);
    expect(text).not.toMatch(/PRIVATE KEY/);
    for (const f of ["n.pem", "n.json"]) expect(readFileSync(join(cwd, "certs", f), "utf8")).not.toMatch(/PRIVATE KEY/);

    deployAndConfigure();
    expect(await api().testConnection("FUSION_AS_CALLER")).toEqual({ ok: true, status: 200, detail: undefined });
  });

  test("a second run keeps the key; --force rotates: the new alias is uploaded and the old one kept until --retire-previous", async () => {
    const first = sidecar().alias;
    expect((await cert()).join("\n")).toMatch(/is in OIC's store .* nothing to do/);
    await cert("--force");
    const second = sidecar().alias;
    expect(second).not.toBe(first);
    expect(sidecar("n.previous.json").alias).toBe(first);
    expect([...store.keys.keys()].sort()).toEqual([first, second].sort());
    // Until the connection works with the new alias, the old one stays.
    store.connections.get("FUSION_AS_CALLER")!.tokenUrl = tokenUrl(OIC_DOMAIN);
    await expect(cert("--retire-previous")).rejects.toThrow(/keep ".*" until the connection works/);
    deployAndConfigure();
    await cert("--retire-previous");
    expect([...store.keys.keys()]).toEqual([second]);
    expect(existsSync(join(cwd, "certs", "n.previous.pem"))).toBe(false);
    expect((await api().testConnection("FUSION_AS_CALLER")).ok).toBe(true);
  });

  test("doctor reads OIC's store through its REST API: the alias on the trusted app and the key in OIC agree, and a missing key fails", async () => {
    const alias = sidecar().alias;
    const c = {
      config: native,
      deployed: readDeployedOutputs({ ...outputs, [OUTPUTS.trustedCertificateAlias]: alias }),
      fusion: { apps: async () => [{ name: TRUSTED, certificateAliases: [...fusionState.app(TRUSTED).certificates.keys()] }] },
    } as unknown as DoctorContext;
    const o = { vars: { OIC_ACCESS_OIC_ADMIN_CLIENT_SECRET: fusionStateSecret() }, fetch: routedFetch(globalThis.fetch, connectTo) };
    expect((await oicNativeChecks(c, o)).filter((r) => r.status !== "ok" && !r.name.startsWith("signing key ") )).toEqual([]);
    expect((await oicNativeChecks(c, { ...o, vars: {} }))[0]).toMatchObject({ status: "warn", detail: expect.stringMatching(/OIC_ACCESS_OIC_ADMIN_CLIENT_SECRET is not set/) });
    const saved = new Map(store.keys);
    store.keys.clear();
    expect((await oicNativeChecks(c, o))[0]).toMatchObject({ status: "fail", detail: expect.stringMatching(/no signing key/) });
    for (const [k, v] of saved) store.keys.set(k, v);
  });

  test("a key missing from OIC's store is replaced by a new one (it exists nowhere else)", async () => {
    const before = sidecar().alias;
    store.keys.clear();
    expect((await cert()).join("\n")).toMatch(/holds no signing key/);
    expect(sidecar().alias).not.toBe(before);
  });
});

import { cpSync, existsSync, readdirSync, readFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { mergeAdopted } from "../../tools/estate/merge";
import { runAdopt } from "../../tools/estate/run-adopt";
import { UsageError } from "../../lib/errors";
import { synthEnv } from "../helpers/synth";
import { adoptSkeleton, FUSION_DOMAIN, FUSION_FQS, harness, OIC_APP_ID, OIC_DOMAIN, OIC_FQS, plantHealthyEstate, TESTER, type Harness, type PlantedEstate } from "./helpers";
import { nonEmpty } from "../helpers/non-empty";


function readJson(h: Harness, file: string): any {
  return JSON.parse(readFileSync(join(h.cwd, "cdktf.out", "adopt", "dev", file), "utf8"));
}

function allText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name), "utf8"))
    .join("\n");
}

/** The synthesized value of a token-valued attribute, e.g. `${oci_identity_domains_app.app_x.id}`. */
const ref = (address: string, attr: string) => "${" + `${address}.${attr}` + "}";

describe("npm run adopt -- <env>", () => {
  let estate: PlantedEstate;
  let h: Harness;
  let code: number;

  beforeAll(async () => {
    estate = await plantHealthyEstate({ filler: 210 });
    h = await harness(estate, [adoptSkeleton()]);
    mkdirSync(join(h.cwd, "cdktf.out", "stacks", "dev"), { recursive: true });
    code = await runAdopt(["dev", ...h.endpointArgs], h.deps);
  });
  afterAll(() => h.close());

  it("imports the hand-made apps, grants and certificate at the addresses our constructs give", () => {
    expect(code).toBe(0);
    const imports = readJson(h, "adopt-imports.tf.json").import as { to: string; id: string }[];
    const certAlias = "dev-oic-fusion-assertion-v1";
    expect(Object.fromEntries(imports.map((i) => [i.to, i.id]))).toEqual({
      "oci_identity_domains_app.app_dev-oic-scheduler": `idcsEndpoint/${OIC_DOMAIN}/apps/${estate.ids.sched}`,
      "oci_identity_domains_app.app_dev-oic-vbcs": `idcsEndpoint/${OIC_DOMAIN}/apps/${estate.ids.vbcs}`,
      "oci_identity_domains_app.app_dev-oic-fusion-assertion": `idcsEndpoint/${OIC_DOMAIN}/apps/${estate.ids.trusted}`,
      "oci_identity_domains_grant.grant_ServiceInvoker_app_dev-oic-scheduler": `idcsEndpoint/${OIC_DOMAIN}/grants/${estate.grants["ServiceInvoker:dev-oic-scheduler"].id}`,
      "oci_identity_domains_grant.grant_ServiceInvoker_app_dev-oic-vbcs": `idcsEndpoint/${OIC_DOMAIN}/grants/${estate.grants["ServiceInvoker:dev-oic-vbcs"].id}`,
      "oci_identity_domains_grant.grant_ServiceInvoker_user_integration_tester_example_com": `idcsEndpoint/${OIC_DOMAIN}/grants/${estate.grants[`ServiceInvoker:${TESTER}`].id}`,
      [`oci_identity_domains_oauth_client_certificate.certificate_${certAlias}`]: `idcsEndpoint/${OIC_DOMAIN}/oauthClientCertificates/${estate.ids.cert}`,
    });
    // The copy beside the synthesized stack is the same file.
    expect(readFileSync(join(h.cwd, "cdktf.out", "stacks", "dev", "adopt-imports.tf.json"), "utf8")).toEqual(readFileSync(join(h.cwd, "cdktf.out", "adopt", "dev", "adopt-imports.tf.json"), "utf8"));
  });

  it("proposes the config entries: client names, redirect URIs, users holding roles, the trusted app and its certificate", () => {
    const entries = readJson(h, "entries.json");
    expect(entries.clientCredentialsApps).toEqual([{ name: "dev-oic-scheduler", displayName: "Scheduler" }]);
    expect(entries.authCodeApps).toEqual([
      {
        name: "dev-oic-vbcs",
        redirectUris: ["https://vbcs-dev.example.com/ic/builder/rt/app/live/oauth2callback", "http://127.0.0.1:8765/callback"],
        allowLoopbackRedirect: true,
        users: [TESTER],
      },
    ]);
    expect(entries.oic).toEqual({ appId: OIC_APP_ID, audience: expect.stringContaining(":443") });
    expect(entries.assertion).toEqual({ trustedAppName: "dev-oic-fusion-assertion", certificatePath: "certs/dev.pem", certificateAlias: "dev-oic-fusion-assertion-v1" });
    expect(readFileSync(join(h.cwd, "cdktf.out", "adopt", "dev", "config.ts"), "utf8")).toContain('name: "dev-oic-scheduler"');
  });

  it("reads every page of a large domain and says so", () => {
    expect(h.progress.some((l) => /reading apps: 200 of 2\d\d/.test(l))).toBe(true);
  });

  it("writes nothing secret", () => {
    const secrets = [...estate.oic.list("Apps")].map((a) => a.clientSecret).filter((s): s is string => typeof s === "string");
    expect(secrets.length).toBeGreaterThan(200);
    const written = allText(join(h.cwd, "cdktf.out")) + h.lines.join("\n");
    for (const s of nonEmpty(secrets, "client secret")) expect(written).not.toContain(s);
    expect(written).not.toMatch(/client_?secret/i);
  });

  it("explains what the first plan changes beside the imports", () => {
    const report = h.lines.join("\n");
    expect(report).toMatch(/description becomes the project's/);
    expect(report).toMatch(/show_in_my_apps becomes false/);
    expect(report).toMatch(/trust_scope becomes Explicit/);
    expect(report).toMatch(/npm run cert -- dev/);
    expect(report).not.toMatch(/FAIL/);
  });

  it("the merged config synthesizes to exactly those addresses, with every replace-forcing attribute equal to the live one", () => {
    const entries = readJson(h, "entries.json");
    cpSync(join(h.cwd, "cdktf.out", "adopt", "dev", "certs"), join(h.cwd, "certs"), { recursive: true });
    const merged = mergeAdopted(adoptSkeleton(), entries);
    const { parsed } = synthEnv(merged, h.cwd);
    const imports = readJson(h, "adopt-imports.tf.json").import as { to: string; id: string }[];
    const world = readJson(h, "world.json");
    for (const { to, id } of nonEmpty(imports, "import block")) {
      const [type, name] = to.split(".");
      const declared = parsed.resource[type]?.[name];
      expect({ to, declared: Boolean(declared) }).toEqual({ to, declared: true });
      const live = world.resources[type][id];
      expect(declared.idcs_endpoint).toBe(live.idcs_endpoint);
      expect(declared.schemas).toEqual(live.schemas);
      if (type === "oci_identity_domains_app") {
        expect([declared.name, declared.based_on_template.value]).toEqual([live.name, live.based_on_template[0].value]);
        expect(declared.allowed_scopes).toEqual(live.allowed_scopes);
        expect(declared.active).toBe(true);
      }
      if (type === "oci_identity_domains_grant") {
        expect(declared.grant_mechanism).toBe(live.grant_mechanism);
        expect(declared.app.value).toBe(live.app[0].value);
        expect(declared.grantee.type).toBe(live.grantee[0].type);
        if (live.grantee[0].type === "App") {
          const granteeImport = imports.find((i) => i.id.endsWith(`/apps/${live.grantee[0].value}`))!;
          expect(declared.grantee.value).toBe(ref(granteeImport.to, "id"));
        } else {
          const user = world.scim.oci_identity_domains_users.find((u: any) => u.id === live.grantee[0].value);
          const id = `user_${user.user_name.replace(/[^A-Za-z0-9_-]/g, "_")}`;
          expect(declared.grantee.value).toBe(ref(`data.oci_identity_domains_users.${id}`, "users[0].id"));
          expect(parsed.data.oci_identity_domains_users[id].user_filter).toBe(`userName eq "${user.user_name}"`);
        }
        const role = world.scim.oci_identity_domains_app_roles.find((r: any) => r.id === live.entitlement[0].attribute_value);
        expect(declared.entitlement.attribute_value).toContain(`oic_role_${role.display_name}`);
      }
      if (type === "oci_identity_domains_oauth_client_certificate") {
        expect([declared.certificate_alias, declared.x509base64certificate]).toEqual([live.certificate_alias, live.x509base64certificate]);
      }
    }
    // Everything identity-related the stack declares is either imported or listed as a change the plan makes.
    const declaredIdentity = ["oci_identity_domains_app", "oci_identity_domains_grant", "oci_identity_domains_oauth_client_certificate"].flatMap((t) => Object.keys(parsed.resource[t] ?? {}).map((n) => `${t}.${n}`));
    expect(declaredIdentity.sort()).toEqual(imports.map((i) => i.to).sort());
  });
});

describe("adopt: what it cannot express", () => {
  let estate: PlantedEstate;
  let h: Harness;
  let code: number;

  beforeAll(async () => {
    estate = await plantHealthyEstate({ separateFusion: true });
    const oicApp = estate.ids.oicApp;
    estate.oic.addClientApp({ name: "mixed-app", allowedGrants: ["client_credentials"], scopes: [OIC_FQS, FUSION_FQS] });
    estate.oic.addClientApp({ name: "handmade-scope", allowedGrants: ["client_credentials"], scopes: [OIC_FQS.replace(":443", "")] });
    const idle = estate.oic.addClientApp({ name: "idle-app", allowedGrants: ["client_credentials"], scopes: [OIC_FQS], active: false });
    estate.oic.addGrant(oicApp, "ServiceInvoker", { type: "App", id: idle.id });
    estate.oic.addClientApp({ name: "wrong-domain-trusted", clientType: "trusted", allowedGrants: ["urn:ietf:params:oauth:grant-type:jwt-bearer"], scopes: [FUSION_FQS] });
    const dev = estate.oic.find("Apps", "name", "dev-oic-scheduler")!;
    estate.oic.update("Apps", dev.id, { allowedGrants: ["client_credentials", "authorization_code"], redirectUris: ["https://x.example.com/cb"] });
    h = await harness(estate, [adoptSkeleton(true)]);
    code = await runAdopt(["dev", ...h.endpointArgs, "--json"], h.deps);
  });
  afterAll(() => h.close());

  it("names each with the fix, adopts none of them, and exits 1", () => {
    expect(code).toBe(1);
    const result = JSON.parse(h.lines.join("\n"));
    const bySubject = Object.fromEntries(result.findings.filter((f: any) => f.severity === "fail").map((f: any) => [f.subject, f]));
    expect(bySubject["mixed-app"].problem).toMatch(/both OIC's and Fusion's scopes/);
    expect(bySubject["handmade-scope"].problem).toMatch(/hand-built scope: the audience lacks ":443"/);
    expect(bySubject["handmade-scope"].fix).toContain(OIC_FQS);
    expect(bySubject["idle-app"].problem).toMatch(/inactive/);
    expect(bySubject["idle-app"].fix).toMatch(/activate it/);
    expect(bySubject["wrong-domain-trusted"].problem).toMatch(/trusted app in OIC's domain/);
    expect(bySubject["dev-oic-scheduler"].problem).toMatch(/both client credentials and authorization code/);
    const addresses = result.resources.map((r: any) => r.address).join(" ");
    for (const name of ["mixed-app", "handmade-scope", "idle-app", "wrong-domain-trusted", "dev-oic-scheduler"]) expect(addresses).not.toContain(`app_${name}`);
  });

  it("imports the trusted app and its certificate from Fusion's domain, with Fusion's domain in the import id", () => {
    const result = JSON.parse(h.lines.join("\n"));
    const trusted = result.resources.filter((r: any) => /fusion-assertion/.test(r.address));
    expect(trusted.map((r: any) => r.importId)).toEqual([`idcsEndpoint/${FUSION_DOMAIN}/apps/${estate.ids.trusted}`, `idcsEndpoint/${FUSION_DOMAIN}/oauthClientCertificates/${estate.ids.cert}`]);
    expect(existsSync(join(h.cwd, "cdktf.out", "adopt", "dev", "certs", "dev.pem"))).toBe(true);
  });
});

describe("adopt: usage", () => {
  it("refuses a non-loopback --connect-to, the old --endpoint, and an unknown environment, each with the fix", async () => {
    const deps = { environments: [adoptSkeleton()], out: () => {} };
    await expect(runAdopt(["dev", "--connect-to", `${OIC_DOMAIN}=https://evil.example.com`], deps)).rejects.toThrow(/only local stand-ins/);
    await expect(runAdopt(["dev", "--endpoint", `${OIC_DOMAIN}=http://127.0.0.1:1`], deps)).rejects.toThrow(/--endpoint is now --connect-to <origin>=<loopback origin>/);
    await expect(runAdopt(["qa"], deps)).rejects.toThrow(UsageError);
    await expect(runAdopt(["qa"], deps)).rejects.toThrow(/add stacks\/qa\.ts/);
  });
});

// The offline provider's pieces without Terraform: wire encoding, plan
// rules, SCIM filters, provider-side validation, data sources, synthetic values.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "@jest/globals";
import { encode, ExtData } from "@msgpack/msgpack";
import { type CtyType, Dynamic, UNKNOWN, Unknown, conform } from "../../offline-provider/cty";
import { readDataSource } from "../../offline-provider/data-sources";
import { pathText } from "../../offline-provider/diagnostics";
import { decodeDynamic, encodeDynamic } from "../../offline-provider/msgpack";
import { planResourceChange } from "../../offline-provider/plan";
import { readResource } from "../../offline-provider/read";
import { RemoteStore } from "../../offline-provider/remote";
import { OfflineProvider } from "../../offline-provider/provider";
import { type SchemaFile, blockType, conformBlock, ociSchema } from "../../offline-provider/schema";
import { matches, parseFilter } from "../../offline-provider/scim-filter";
import { fillUnknowns } from "../../offline-provider/synthetic";
import { validateConfig } from "../../offline-provider/validate";
import { TERRAFORM_MISSING } from "../../tools/terraform/errors";
import { runTerraform } from "../../tools/terraform/run";

const oci = ociSchema(JSON.parse(readFileSync(new URL("../../provider/oci-schema.json", import.meta.url), "utf8")) as SchemaFile);
const APP = oci.resource_schemas.oci_identity_domains_app;
const GRANT = oci.resource_schemas.oci_identity_domains_grant;
const KEY = oci.resource_schemas.oci_kms_key;
const IDCS = "https://idcs-0123456789abcdef0123456789abcdef.identity.oraclecloud.com";

const app = (over: Record<string, unknown> = {}): any =>
  conformBlock(APP.block, { name: "dev-x", display_name: "dev-x", idcs_endpoint: IDCS, schemas: ["urn:ietf:params:scim:schemas:oracle:idcs:App"], based_on_template: [{ value: "CustomWebAppTemplateId" }], allowed_grants: ["client_credentials"], ...over });

describe("DynamicValue msgpack", () => {
  const t: CtyType = ["object", { s: "string", n: "number", l: ["set", "string"], m: ["map", "bool"], d: "dynamic", o: ["list", ["object", { v: "string" }]] }];

  it("round-trips known values, unknowns (plain and refined) and dynamic values", () => {
    const refined = new Unknown({ type: 12, data: new Uint8Array(encode({ 1: false })) });
    const v = { s: UNKNOWN, n: 1.5, l: ["a", "b"], m: { x: true }, d: new Dynamic("string", "hi"), o: [{ v: refined }] };
    const back = decodeDynamic(t, encodeDynamic(t, v)) as any;
    expect(back.s).toBeInstanceOf(Unknown);
    expect(back.o[0].v).toMatchObject({ ext: { type: 12 } });
    expect(back.d).toEqual(new Dynamic("string", "hi"));
    expect([back.n, back.l, back.m]).toEqual([1.5, ["a", "b"], { x: true }]);
  });

  it("reads what Terraform sends: any extension is unknown, big numbers as strings, JSON fallback", () => {
    const raw = encode({ s: new ExtData(0, new Uint8Array([0])), n: "12345678901234567890", l: null, m: null, d: null, o: [] });
    expect(decodeDynamic(t, { msgpack: raw })).toMatchObject({ s: expect.any(Unknown), n: 12345678901234567000 });
    expect(decodeDynamic(t, { json: Buffer.from('{"s":"x","n":2}') })).toMatchObject({ s: "x", n: 2, l: null });
  });
});

describe("plan", () => {
  it("marks computed attributes left null unknown on create, nested blocks included", () => {
    const { planned, requiresReplace } = planResourceChange({ typeName: "oci_identity_domains_app", schema: APP, prior: null, proposed: app() }) as any;
    expect(planned.id).toBeInstanceOf(Unknown);
    expect(planned.client_secret).toBeInstanceOf(Unknown);
    expect(planned.name).toBe("dev-x");
    expect(planned.based_on_template[0].last_modified).toBeInstanceOf(Unknown);
    expect(planned.force_delete).toBeNull(); // optional, not computed
    expect(requiresReplace).toEqual([]);
  });

  it("keeps prior values on update and asks for replacement on a ForceNew change", () => {
    const prior = app({ id: "abc", client_secret: "s" });
    const renamed = planResourceChange({ typeName: "oci_identity_domains_app", schema: APP, prior, proposed: { ...prior, name: "dev-y" } });
    expect(renamed.requiresReplace.map(pathText)).toEqual(["name"]);
    const described = planResourceChange({ typeName: "oci_identity_domains_app", schema: APP, prior, proposed: { ...prior, description: "d" } });
    expect(described.requiresReplace).toEqual([]);
    expect((described.planned as any).client_secret).toBe("s");
  });

  it("replaces a grant on any argument change, a key on a new shape, never on a reordered set", () => {
    const grant = conformBlock(GRANT.block, { grant_mechanism: "ADMINISTRATOR_TO_APP", idcs_endpoint: IDCS, schemas: ["s"], grantee: [{ type: "App", value: "a" }] }) as any;
    const regranted = planResourceChange({ typeName: "oci_identity_domains_grant", schema: GRANT, prior: grant, proposed: { ...grant, grantee: [{ ...grant.grantee[0], value: UNKNOWN }] } });
    expect(regranted.requiresReplace.map(pathText)).toEqual(["grantee[0].value"]);
    const key = conformBlock(KEY.block, { compartment_id: "c", display_name: "k", management_endpoint: "m", key_shape: [{ algorithm: "RSA", length: 256 }] }) as any;
    const reshaped = planResourceChange({ typeName: "oci_kms_key", schema: KEY, prior: key, proposed: { ...key, key_shape: [{ ...key.key_shape[0], length: 512 }], compartment_id: "c2" } });
    expect(reshaped.requiresReplace.map(pathText)).toEqual(["key_shape[0].length"]); // the SDK's key_shape.0.length; compartment_id moves in place
    const a = app({ allowed_grants: ["authorization_code", "refresh_token"] });
    const reordered = planResourceChange({ typeName: "oci_identity_domains_app", schema: APP, prior: a, proposed: { ...a, allowed_grants: ["refresh_token", "authorization_code"] } });
    expect(reordered.requiresReplace).toEqual([]);
  });

  it("agrees to a destroy", () => {
    expect(planResourceChange({ typeName: "oci_kms_key", schema: KEY, prior: app(), proposed: null }).planned).toBeNull();
  });
});

describe("import: the read parses the id the importer passed through (facts/import-ids.ts)", () => {
  const CERT = oci.resource_schemas.oci_identity_domains_oauth_client_certificate;
  const world = {
    resources: {
      oci_identity_domains_app: { x: { id: "abc123", name: "dev-x", idcs_endpoint: "https://elsewhere.example" } },
      oci_identity_domains_oauth_client_certificate: { x: { id: "c1", certificate_alias: "a1" } },
      oci_kms_key: { x: { id: "ocid1.key.oc1.iad.aaaa", display_name: "k" } },
    },
  };
  const read = (type: string, id: string, extra: Record<string, unknown> = {}): any => readResource(type, oci.resource_schemas[type], conformBlock(oci.resource_schemas[type].block, { id, ...extra }), new RemoteStore(world));

  it("takes an identity-domain resource's idcs_endpoint and id from the import id, as getIdcsEndpointForRead does", () => {
    expect(read("oci_identity_domains_app", `idcsEndpoint/${IDCS}/apps/abc123`).state).toMatchObject({ idcs_endpoint: IDCS, id: "abc123", name: "dev-x" });
    expect(read("oci_identity_domains_oauth_client_certificate", `idcsEndpoint/${IDCS}/oauthClientCertificates/c1`).state).toMatchObject({ idcs_endpoint: IDCS, id: "c1", certificate_alias: "a1" });
    expect(read("oci_kms_key", `managementEndpoint/https://m.example/keys/ocid1.key.oc1.iad.aaaa`).state).toMatchObject({ management_endpoint: "https://m.example", id: "ocid1.key.oc1.iad.aaaa" });
    expect(CERT.block.attributes?.idcs_endpoint).toBeDefined();
  });

  it("rejects the ids the real read rejects, with its words", () => {
    const docsSpelling = `idcsEndpoint/${IDCS}/oAuthClientCertificates/c1`;
    expect(read("oci_identity_domains_oauth_client_certificate", docsSpelling).diagnostics[0].summary).toBe(`IdcsEndpointHelperForRead: idcs_endpoint missing. Format of id might be wrong. id: ${docsSpelling}`);
    expect(read("oci_identity_domains_app", "abc123").diagnostics[0].summary).toMatch(/^IdcsEndpointHelperForRead: idcs_endpoint missing/);
    expect(read("oci_kms_key", "ocid1.key.oc1.iad.aaaa").diagnostics[0].summary).toBe("id ocid1.key.oc1.iad.aaaa should be format: managementEndpoint/{managementEndpoint}/keys/{keyId}");
  });

  it("finds nothing for a well-formed id of no object (a 404: the state is emptied)", () => {
    expect(read("oci_identity_domains_app", `idcsEndpoint/${IDCS}/apps/nope`)).toEqual({ state: null });
  });

  it("keeps what the read never sets (idcs_endpoint as written) and reads the rest from the service", () => {
    const { state } = read("oci_identity_domains_app", "abc123", { idcs_endpoint: IDCS, name: "stale", force_delete: true });
    expect(state).toMatchObject({ idcs_endpoint: IDCS, name: "dev-x", force_delete: true });
  });
});

describe("synthetic values at apply", () => {
  const ctx = { typeName: "oci_identity_domains_app", seed: "{}", region: "us-ashburn-1" };
  it("fills every unknown with a stable value of the right type", () => {
    const { planned } = planResourceChange({ typeName: "oci_identity_domains_app", schema: APP, prior: null, proposed: app() });
    const applied = fillUnknowns(ctx, APP.block, planned as any) as any;
    expect(applied.id).toMatch(/^[0-9a-f]{32}$/);
    expect(applied.client_secret).toMatch(/^idcscs-/);
    expect(applied.active).toBe(false); // apps are created inactive unless active = true
    expect(applied.granted_app_roles).toEqual([]);
    expect(applied.meta).toEqual([]);
    expect(JSON.stringify(applied)).not.toContain("Unknown");
    expect(fillUnknowns(ctx, APP.block, planned as any)).toEqual(applied);
    expect((fillUnknowns({ ...ctx, seed: "{other}" }, APP.block, planned as any) as any).id).not.toBe(applied.id);
  });
});

describe("one provider process for many Terraform runs (attached)", () => {
  const VAULT = oci.resource_schemas.oci_kms_vault;
  const providerConfig = (region: string) => encodeDynamic(blockType(oci.provider.block), conformBlock(oci.provider.block, { region }));
  const endpointAfterApply = (p: OfflineProvider, connection: string): string => {
    const { planned } = planResourceChange({ typeName: "oci_kms_vault", schema: VAULT, prior: null, proposed: conformBlock(VAULT.block, { compartment_id: "c", display_name: "v", vault_type: "DEFAULT" }) });
    const res = p.applyResourceChange({ type_name: "oci_kms_vault", planned_state: encodeDynamic(blockType(VAULT.block), planned), config: encodeDynamic(blockType(VAULT.block), planned) }, connection) as { new_state: any };
    return (decodeDynamic(blockType(VAULT.block), res.new_state) as any).management_endpoint;
  };

  it("keeps the region each connection configured: two stacks in two regions side by side do not mix", () => {
    const p = new OfflineProvider(oci, {});
    p.configure({ config: providerConfig("eu-frankfurt-1") }, "ipv4:127.0.0.1:40001");
    p.configure({ config: providerConfig("us-phoenix-1") }, "ipv4:127.0.0.1:40002");
    expect(endpointAfterApply(p, "ipv4:127.0.0.1:40001")).toMatch(/\.kms\.eu-frankfurt-1\.oraclecloud\.com$/);
    expect(endpointAfterApply(p, "ipv4:127.0.0.1:40002")).toMatch(/\.kms\.us-phoenix-1\.oraclecloud\.com$/);
    expect(endpointAfterApply(p, "ipv4:127.0.0.1:40003")).toMatch(/\.kms\.us-ashburn-1\.oraclecloud\.com$/); // never configured: the default
  });
});

describe("SCIM filters", () => {
  const role = { display_name: "ServiceInvoker", app: [{ value: "app1" }] };
  it.each([
    ['displayName eq "ServiceInvoker"', true],
    ['displayName eq "serviceinvoker"', true],
    ['app.value eq "app1" and displayName eq "ServiceInvoker"', true],
    ['app.value eq "app2" and displayName eq "ServiceInvoker"', false],
    ['(displayName eq "x" or displayName sw "Service") and app.value pr', true],
    ['displayName ne "ServiceInvoker"', false],
  ])("%s -> %s", (filter, expected) => {
    expect(matches(parseFilter(filter as string), role)).toBe(expected);
  });

  it("reads the operators the domain documents (one parser with the SCIM admin stand-in), and refuses what it cannot read", () => {
    expect(matches(parseFilter('displayName gt "A"'), role)).toBe(true);
    expect(matches(parseFilter('not (displayName eq "ServiceInvoker")'), role)).toBe(false);
    expect(() => parseFilter('displayName like "a"')).toThrow(/unknown operator "like"/);
  });
});

describe("provider-side validation", () => {
  it("reports schema violations with attribute paths", () => {
    const config = app({ client_secret: "set-by-hand", based_on_template: [], allowed_scopes: [{ fqs: null }] });
    const diags = validateConfig(APP.block, config);
    expect(diags.map((d) => `${d.summary} @ ${pathText(d.attribute!)}`)).toEqual([
      "Invalid Configuration for Read-Only Attribute @ client_secret",
      "Missing required argument @ allowed_scopes[0].fqs",
      "Insufficient based_on_template blocks @ based_on_template",
    ]);
  });
});

describe("data sources", () => {
  const read = (typeName: string, config: Record<string, unknown>, world = {}): any => {
    const schema = oci.data_source_schemas[typeName];
    return readDataSource({ typeName, schema, config: conform(blockType(schema.block), config) as any, world, region: "us-ashburn-1" });
  };
  const roles = { app_role_filter: 'app.value eq "app1" and displayName eq "ServiceInvoker"', idcs_endpoint: IDCS };

  it("answers SCIM lookups from the world, empty when nothing matches", () => {
    const world = { scim: { oci_identity_domains_app_roles: [{ id: "r1", display_name: "ServiceInvoker", app: [{ value: "app1" }] }, { id: "r2", display_name: "ServiceUser", app: [{ value: "app1" }] }] } };
    expect(read("oci_identity_domains_app_roles", roles, world).state.app_roles.map((r: any) => r.id)).toEqual(["r1"]);
    const none = read("oci_identity_domains_app_roles", { ...roles, app_role_filter: 'displayName eq "Nobody"' }, world);
    expect([none.state.app_roles, none.state.total_results, none.diagnostics]).toEqual([[], 0, []]);
  });

  it("synthesizes one matching item without a world", () => {
    const { state } = read("oci_identity_domains_app_roles", roles);
    expect(state.app_roles).toHaveLength(1);
    expect(state.app_roles[0]).toMatchObject({ display_name: "ServiceInvoker", app: [{ value: "app1" }], idcs_endpoint: IDCS, id: expect.stringMatching(/^[0-9a-f]{32}$/) });
  });

  it("gives an integration instance a consistent audience, instance URL and IAM app", () => {
    const { state } = read("oci_integration_integration_instance", { integration_instance_id: "ocid1.integrationinstance.oc1.iad.x" });
    expect(state.idcs_info[0].instance_primary_audience_url).toBe(`${state.instance_url}:443`);
    expect(state.idcs_info[0].idcs_app_id).toMatch(/^[0-9a-f]{32}$/);
  });

  it("answers from the world by the given arguments, or says not found", () => {
    const world = { dataSources: { oci_integration_integration_instance: [{ integration_instance_id: "i1", instance_url: "https://oic.example" }] } };
    expect(read("oci_integration_integration_instance", { integration_instance_id: "i1" }, world).state.instance_url).toBe("https://oic.example");
    expect(read("oci_integration_integration_instance", { integration_instance_id: "i2" }, world).diagnostics[0].summary).toMatch(/404/);
  });
});

describe("terraform runner", () => {
  it("fails loudly when terraform is not on PATH (tests fail, never skip)", async () => {
    await expect(runTerraform(["version"], { cwd: process.cwd(), env: { PATH: "/nonexistent" } })).rejects.toThrow(TERRAFORM_MISSING);
  });

  it("captures and times a run", async () => {
    const r = await runTerraform(["version", "-json"], { cwd: process.cwd() });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).terraform_version).toMatch(/^1\./);
    expect(r.ms).toBeGreaterThan(0);
  });
});

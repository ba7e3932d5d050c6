import { readFileSync } from "node:fs";
import { checkAgainstSchema, type ProviderSchema } from "../../lib/synth/schema-check";
import { ENVIRONMENTS } from "../../stacks";
import { synthEnv } from "../helpers/synth";

const schema = JSON.parse(readFileSync(new URL("../../provider/oci-schema.json", import.meta.url), "utf8")) as ProviderSchema;

describe("synthesized stacks conform to the OCI provider schema", () => {
  test.each(ENVIRONMENTS.map((e) => [e.name, e] as const))("%s", (_name, env) => {
    expect(checkAgainstSchema(synthEnv(env).parsed, schema)).toEqual([]);
  });

  test("two identity domains and a non-Default domain's dynamic resource groups", () => {
    const env = {
      ...ENVIRONMENTS[0],
      identityDomainName: "OIC-Domain",
      fusion: { ...ENVIRONMENTS[0].fusion!, identityDomainUrl: "https://idcs-fedcba9876543210fedcba9876543210.identity.oraclecloud.com" },
    };
    const { parsed } = synthEnv(env);
    expect(Object.keys(parsed.resource)).toContain("oci_identity_domains_dynamic_resource_group");
    expect(checkAgainstSchema(parsed, schema)).toEqual([]);
  });

  test("every resource and data source type used is in the committed schema", () => {
    const { parsed } = synthEnv(ENVIRONMENTS[0]);
    const types = [...Object.keys(parsed.resource), ...Object.keys(parsed.data).map((t) => `data.${t}`)];
    expect(types.length).toBeGreaterThan(8);
  });

  describe("a deliberately broken stack fails the check", () => {
    const broken = (edit: (stack: any) => void) => {
      const { parsed } = synthEnv(ENVIRONMENTS[0]);
      edit(parsed);
      return checkAgainstSchema(parsed, schema);
    };
    const app = (s: any) => s.resource.oci_identity_domains_app["app_dev-oic-scheduler"];

    test("unknown attribute", () => expect(broken((s) => (app(s).client_scopes = ["x"]))).toEqual(["oci_identity_domains_app.app_dev-oic-scheduler.client_scopes: unknown attribute or block"]));
    test("computed-only attribute set", () => expect(broken((s) => (app(s).client_secret = "hunter2"))).toEqual(["oci_identity_domains_app.app_dev-oic-scheduler.client_secret: is computed by the provider and cannot be set"]));
    test("required attribute missing", () => expect(broken((s) => delete app(s).schemas)).toEqual(["oci_identity_domains_app.app_dev-oic-scheduler.schemas: required attribute missing"]));
    test("required block missing", () => expect(broken((s) => delete app(s).based_on_template)).toEqual(["oci_identity_domains_app.app_dev-oic-scheduler.based_on_template: required block missing (at least 1)"]));
    test("wrong value type", () => expect(broken((s) => (app(s).active = "yes"))).toEqual(['oci_identity_domains_app.app_dev-oic-scheduler.active: expected a bool, got "yes"']));
    test("a set given as a string", () => expect(broken((s) => (app(s).allowed_grants = "client_credentials"))).toEqual(['oci_identity_domains_app.app_dev-oic-scheduler.allowed_grants: expected a set, got "client_credentials"']));
    test("unknown attribute inside a nested block", () =>
      expect(broken((s) => (app(s).allowed_scopes = [{ fqs: "x", scope: "y" }]))).toEqual(["oci_identity_domains_app.app_dev-oic-scheduler.allowed_scopes.scope: unknown attribute or block"]));
    test("too many blocks", () =>
      expect(broken((s) => (app(s).based_on_template = [{ value: "a" }, { value: "b" }]))).toEqual(["oci_identity_domains_app.app_dev-oic-scheduler.based_on_template: at most 1 block(s), got 2"]));
    test("unknown resource type", () => expect(broken((s) => (s.resource.oci_identity_domains_application = { x: {} }))).toEqual(["oci_identity_domains_application: not a resource of the provider"]));
    test("unknown provider argument", () => expect(broken((s) => (s.provider.oci[0].password = "x"))).toEqual(["provider.oci.password: unknown attribute or block"]));
  });
});

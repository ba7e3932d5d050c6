import { checkEnvironment } from "../../lib/config/validate";
import { native } from "../../stacks/examples/native";
import { synthEnv } from "../helpers/synth";

type Json = Record<string, any>;
const clone = (edit: (c: Json) => void): unknown => {
  const copy = structuredClone(native) as Json;
  edit(copy);
  return copy;
};
const fields = (config: unknown) => checkEnvironment(config).map((p) => p.field);

describe('assertion.mode "oic-native"', () => {
  test("the example environment is valid", () => {
    expect(checkEnvironment(native)).toEqual([]);
  });

  test("Function-mode fields in oic-native are named with the mode that reads them", () => {
    const problems = checkEnvironment(clone((c) => (c.assertion.vault = {})));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: "assertion", value: "vault" });
    expect(problems[0]!.problem).toMatch(/belongs to assertion\.mode "function".*no Vault key, Function or allow rule/);
    expect(problems[0]!.fix).toMatch(/remove it, or set mode: "function"/);
  });

  test("an unknown mode is refused with both modes named", () => {
    const problems = checkEnvironment(clone((c) => (c.assertion.mode = "oic")));
    expect(problems.map((p) => p.field)).toEqual(["assertion.mode"]);
    expect(problems[0]!.problem).toMatch(/"function".*"oic-native"/);
  });

  test("oicNative in the Function mode is refused", () => {
    const problems = checkEnvironment(clone((c) => (c.assertion.mode = "function")));
    expect(problems.some((p) => /only assertion\.mode "oic-native" reads/.test(p.problem))).toBe(true);
  });

  test.each([
    ["adapter", "soap", /"soap" is not one of them/],
    ["adapter", "atp", /OAuth using JWT User Assertion/],
    ["triggerSecurity", "basic", /not OAuth-protected.*no caller identity/],
    ["triggerSecurity", "none", /not OAuth-protected/],
    ["connectionId", "fusion as caller", /connection identifier/],
    ["serviceInstanceName", "", /service instance/],
    ["adminApp", "native-oic-scheduler", /ServiceAdministrator/],
    ["adminApp", "nobody", /names no client-credentials app/],
  ])("oicNative.%s = %j is refused", (field, value, problem) => {
    const problems = checkEnvironment(clone((c) => (c.assertion.oicNative[field] = value)));
    expect(problems.map((p) => p.field)).toEqual([`assertion.oicNative.${field}`]);
    expect(problems[0]!.problem).toMatch(problem);
    expect(problems[0]!.fix.length).toBeGreaterThan(10);
  });

  test("every documented adapter is accepted", () => {
    for (const adapter of ["rest", "erp", "hcm", "cx-sales"]) expect(fields(clone((c) => (c.assertion.oicNative.adapter = adapter)))).toEqual([]);
  });

  test("the stack declares the trusted app in Fusion's domain, and no Vault key, Function, dynamic group or policy", () => {
    const { parsed } = synthEnv(native);
    const types = Object.keys(parsed.resource);
    expect(types).toEqual(expect.arrayContaining(["oci_identity_domains_app", "oci_identity_domains_grant"]));
    for (const t of ["oci_kms_vault", "oci_kms_key", "oci_functions_application", "oci_functions_function", "oci_identity_policy", "oci_identity_dynamic_group", "oci_identity_domains_dynamic_resource_group"]) {
      expect(types).not.toContain(t);
    }
    const trusted = Object.values(parsed.resource.oci_identity_domains_app as Json).find((a: Json) => a.client_type === "trusted") as Json;
    expect(trusted.idcs_endpoint).toBe(native.fusion!.identityDomainUrl);
    expect(parsed.output.assertion_mode.value).toBe("oic-native");
    expect(parsed.output.assertion_audience.value).toBe(`${native.fusion!.identityDomainUrl}/`);
    expect(parsed.output.oic_native_admin_client_secret.sensitive).toBe(true);
    expect(parsed.output.assertion_function_id).toBeUndefined();
  });
});

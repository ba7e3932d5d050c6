import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { OUTPUTS } from "../../contract/outputs";
import { ConfigError } from "../../lib/config/config-error";
import { SafetyRuleError, ValidationError } from "../../lib/errors";
import { createLocalCertificate } from "../../contract/local-signer";
import { throwawaySigner } from "../helpers/throwaway-signer";
import { dev } from "../../stacks/dev";
import { prod } from "../../stacks/prod";
import { test as testEnv } from "../../stacks/test";
import { all, only, synthEnv } from "../helpers/synth";
import { envWith } from "../helpers/config";
import { nonEmpty } from "../helpers/non-empty";
import type { FunctionAssertionConfig } from "../../lib/config/environment";

/** dev as shipped, synthesized once for the file (the tests only read it). */
let devSynth: ReturnType<typeof synthEnv> | undefined;
const synthDev = () => (devSynth ??= synthEnv(dev));

describe("OicAccessStack", () => {
  test("dev: every piece of the mission, outputs for the smoke test, secrets only sensitive", () => {
    const { parsed } = synthDev();
    const apps = all(parsed, "oci_identity_domains_app").map((a) => a.name).sort();
    expect(apps).toEqual(["dev-oic-fusion-assertion", "dev-oic-scheduler", "dev-oic-vbcs"]);
    expect(all(parsed, "oci_identity_domains_grant")).toHaveLength(3);
    expect(Object.keys(parsed.resource).sort()).toEqual(
      ["oci_functions_application", "oci_functions_function", "oci_identity_domains_app", "oci_identity_domains_grant", "oci_identity_dynamic_group", "oci_identity_policy", "oci_kms_key", "oci_kms_vault"].sort(),
    );
    // One domain for both: flow C's outputs point at OIC's domain.
    expect(parsed.output[OUTPUTS.fusionIdentityDomainUrl].value).toBe(dev.identityDomainUrl);
    expect(parsed.output[OUTPUTS.fusionTokenUrl].value).toBe(`${dev.identityDomainUrl}/oauth2/v1/token`);
    expect(parsed.output[OUTPUTS.assertionAudience].value).toBe(`${dev.identityDomainUrl}/`);
    const out = parsed.output;
    for (const name of nonEmpty(Object.values(OUTPUTS), "output name")) expect(out[name]).toBeDefined();
    expect(out[OUTPUTS.oicScope].value).toBe("https://oic-dev-examplens-ia.integration.us-ashburn-1.ocp.oraclecloud.com:443urn:opc:resource:consumer::all");
    expect(out[OUTPUTS.integrationPath].value).toBe("/ic/api/integration/v1/flows/rest/HELLO_WORLD/1.0/hello");
    expect(out[OUTPUTS.tokenUrl].value).toBe(`${dev.identityDomainUrl}/oauth2/v1/token`);
    const sensitive = Object.entries(out).filter(([, o]: [string, any]) => o.sensitive).map(([n]) => n).sort();
    expect(sensitive).toEqual([OUTPUTS.authCodeClientSecret, OUTPUTS.clientCredentialsClientSecret].sort());
    for (const [name, o] of nonEmpty(Object.entries(out) as [string, any][], "output")) {
      if (JSON.stringify(o.value).includes("client_secret")) expect({ name, sensitive: o.sensitive }).toEqual({ name, sensitive: true });
    }
  });

  test("provider credentials come from variables, never from code; version pinned", () => {
    const { parsed } = synthDev();
    expect(parsed.provider.oci).toEqual([{ auth: "${var.oci_auth}", config_file_profile: "${var.oci_config_file_profile}", region: "us-ashburn-1" }]);
    expect(parsed.variable.oci_auth.default).toBe("ApiKey");
    expect(parsed.terraform.required_providers.oci).toEqual({ source: "registry.terraform.io/oracle/oci", version: "7.27.0" });
  });

  test("state: local by default, OCI Object Storage through the S3 backend when configured", () => {
    expect(synthDev().parsed.terraform.backend).toEqual({ local: { path: "../../../terraform.dev.tfstate" } });
    const s3 = synthEnv(testEnv).parsed.terraform.backend.s3;
    expect(s3).toMatchObject({
      bucket: "oic-access-state-test",
      key: "oic-access/test/terraform.tfstate",
      region: "us-ashburn-1",
      endpoints: { s3: "https://examplens.compat.objectstorage.us-ashburn-1.oraclecloud.com" },
      use_path_style: true,
      skip_credentials_validation: true,
    });
    expect(JSON.stringify(s3)).not.toMatch(/access_key|secret_key/);
  });

  test("prod protects identity apps, grants and the key; sets no deletion date", () => {
    const { parsed } = synthEnv(prod);
    for (const type of ["oci_identity_domains_app", "oci_identity_domains_grant", "oci_kms_key", "oci_kms_vault"]) {
      for (const r of all(parsed, type)) expect({ type, lifecycle: r.lifecycle }).toEqual({ type, lifecycle: { prevent_destroy: true } });
    }
    expect(only(parsed, "oci_kms_key").time_of_deletion).toBeUndefined();
    expect(only(parsed, "oci_kms_key").protection_mode).toBe("HSM");
    for (const r of all(synthDev().parsed, "oci_identity_domains_app")) expect(r.lifecycle).toBeUndefined();
  });

  test("the certificate written by npm run cert is picked up with its alias", async () => {
    const dir = mkdtempSync(join(tmpdir(), "oic-cert-"));
    mkdirSync(join(dir, "certs"));
    const cert = await createLocalCertificate(throwawaySigner("dev-oic-fusion-assertion-k1a2b3"));
    writeFileSync(join(dir, "certs/dev.pem"), cert.pem);
    writeFileSync(join(dir, "certs/dev.json"), JSON.stringify({ alias: "dev-oic-fusion-assertion-k1a2b3", x5t: cert.x5t }));
    const { stack, parsed } = synthEnv(dev, dir);
    expect(stack.missingCertificate).toBeUndefined();
    expect(only(parsed, "oci_identity_domains_oauth_client_certificate").certificate_alias).toBe("dev-oic-fusion-assertion-k1a2b3");
    expect(parsed.output[OUTPUTS.trustedCertificateAlias].value).toBe("dev-oic-fusion-assertion-k1a2b3");
    expect(parsed.resource.oci_functions_function.fn_dev_assertion.config.CERT_ALIAS).toBe("dev-oic-fusion-assertion-k1a2b3");
  });

  test("key rotation: the previous certificate stays on the app; the Function signs with the certificate's key version", async () => {
    const dir = mkdtempSync(join(tmpdir(), "oic-cert-"));
    mkdirSync(join(dir, "certs"));
    for (const [file, alias, version] of [["dev", "dev-oic-fusion-assertion-new0000001", "ocid1.keyversion.new"], ["dev.previous", "dev-oic-fusion-assertion-old0000001", "ocid1.keyversion.old"]]) {
      const cert = await createLocalCertificate(throwawaySigner(alias));
      writeFileSync(join(dir, `certs/${file}.pem`), cert.pem);
      writeFileSync(join(dir, `certs/${file}.json`), JSON.stringify({ alias, keyVersionId: version }));
    }
    const { parsed } = synthEnv(dev, dir);
    const aliases = all(parsed, "oci_identity_domains_oauth_client_certificate").map((c) => c.certificate_alias);
    expect(aliases).toEqual(["dev-oic-fusion-assertion-new0000001", "dev-oic-fusion-assertion-old0000001"]);
    expect(parsed.resource.oci_identity_domains_app["app_dev-oic-fusion-assertion"].certificates).toEqual([
      { cert_alias: "dev-oic-fusion-assertion-new0000001" },
      { cert_alias: "dev-oic-fusion-assertion-old0000001" },
    ]);
    const fn = parsed.resource.oci_functions_function.fn_dev_assertion;
    expect(fn.config.CERT_ALIAS).toBe("dev-oic-fusion-assertion-new0000001");
    expect(fn.config.KMS_KEY_VERSION_ID).toBe("ocid1.keyversion.new");
    expect(fn.depends_on).toContain("oci_identity_domains_oauth_client_certificate.certificate_dev-oic-fusion-assertion-new0000001");
  });

  test("two identity domains: trusted app, certificates and token exchange in Fusion's; OIC's apps and grants in OIC's", async () => {
    const fusionDomain = "https://idcs-fedcba9876543210fedcba9876543210.identity.oraclecloud.com";
    const cert = await createLocalCertificate(throwawaySigner("dev-oic-fusion-assertion-v1"));
    const { parsed } = synthEnv(
      envWith((c) => {
        c.fusion = { ...c.fusion!, identityDomainUrl: fusionDomain };
        c.assertion = { ...c.assertion!, certificatePem: cert.pem, certificatePath: undefined };
      }),
    );
    const domains = Object.fromEntries(all(parsed, "oci_identity_domains_app").map((a) => [a.name, a.idcs_endpoint]));
    expect(domains).toEqual({ "dev-oic-fusion-assertion": fusionDomain, "dev-oic-scheduler": dev.identityDomainUrl, "dev-oic-vbcs": dev.identityDomainUrl });
    expect(only(parsed, "oci_identity_domains_oauth_client_certificate").idcs_endpoint).toBe(fusionDomain);
    for (const g of all(parsed, "oci_identity_domains_grant")) expect(g.idcs_endpoint).toBe(dev.identityDomainUrl);
    const config = only(parsed, "oci_functions_function").config;
    expect(config.TOKEN_URL).toBe(`${fusionDomain}/oauth2/v1/token`);
    expect(config.ASSERTION_AUDIENCE).toBe(`${fusionDomain}/`);
    expect(config.FUSION_IDENTITY_DOMAIN_URL).toBe(fusionDomain);
    const out = parsed.output;
    expect(out[OUTPUTS.identityDomainUrl].value).toBe(dev.identityDomainUrl);
    expect(out[OUTPUTS.tokenUrl].value).toBe(`${dev.identityDomainUrl}/oauth2/v1/token`);
    expect(out[OUTPUTS.fusionIdentityDomainUrl].value).toBe(fusionDomain);
    expect(out[OUTPUTS.fusionTokenUrl].value).toBe(`${fusionDomain}/oauth2/v1/token`);
    expect(out[OUTPUTS.assertionAudience].value).toBe(`${fusionDomain}/`);
  });

  test("legacyIdcsAudience puts the old IDCS value in aud", () => {
    const { parsed } = synthEnv(envWith((c) => (c.assertion = { ...c.assertion!, legacyIdcsAudience: true })));
    expect(only(parsed, "oci_functions_function").config.ASSERTION_AUDIENCE).toBe("https://identity.oraclecloud.com/");
  });

  test("a non-Default OIC domain: the Function's dynamic groups are created there and named '<domain>'/'<group>'", () => {
    const { parsed } = synthEnv(envWith((c) => (c.identityDomainName = "OIC-Domain")));
    expect(parsed.resource.oci_identity_dynamic_group).toBeUndefined();
    const groups = all(parsed, "oci_identity_domains_dynamic_resource_group");
    expect(groups.map((g) => g.idcs_endpoint)).toEqual([dev.identityDomainUrl, dev.identityDomainUrl]);
    for (const p of all(parsed, "oci_identity_policy")) expect(p.statements[0]).toMatch(/^Allow dynamic-group 'OIC-Domain'\/'\$\{oci_identity_domains_dynamic_resource_group\./);
  });

  test("the invoke policy always pins this environment's OIC instance; without its OCID the Function is a ValidationError", () => {
    const { parsed } = synthDev();
    const invoke = all(parsed, "oci_identity_policy").find((p) => p.name === "dev-oic-assertion-invoke")!;
    expect(invoke.statements).toEqual([
      `Allow dynamic-group \${oci_identity_dynamic_group.dg_dev_oic_instance.name} to use fn-invocation in compartment id ${dev.compartmentId} where target.function.id = '\${oci_functions_function.fn_dev_assertion.id}'`,
    ]);
    expect(parsed.resource.oci_identity_dynamic_group.dg_dev_oic_instance.matching_rule).toContain("resource.id = 'ocid1.integrationinstance.oc1.iad.amaaaaaaexampledevinstance");
    const unpinned = envWith((c) => (c.oic = { appId: "0a1b2c3d4e5f60718293a4b5c6d7e8f9", audience: "https://oic-dev-examplens-ia.integration.us-ashburn-1.ocp.oraclecloud.com:443" }));
    // Both layers refuse it: the config pass first, the construct on its own.
    expect(() => synthEnv({ ...unpinned, oicBaseUrl: "https://oic-dev.example.com" })).toThrow(ConfigError);
    expect(() => synthEnv({ ...unpinned, oicBaseUrl: "https://oic-dev.example.com" }, undefined, { skipConfigValidation: true })).toThrow(ValidationError);
  });

  test("the auth-code app carries no allow_offline (a resource-side switch)", () => {
    const { parsed } = synthDev();
    for (const a of all(parsed, "oci_identity_domains_app")) expect(a.allow_offline).toBeUndefined();
  });

  test("a protected environment without an assertion allow rule, or with an all-zero image digest, fails synthesis", () => {
    const noAllow = { ...prod, assertion: { ...prod.assertion!, allow: undefined } };
    const prodAssertion = prod.assertion as FunctionAssertionConfig;
    const zero = { ...prod, assertion: { ...prodAssertion, function: { ...prodAssertion.function, imageDigest: "sha256:" + "0".repeat(64) } } };
    // The config pass names the field; the safety rules hold without it too.
    expect(() => synthEnv(noAllow)).toThrow(/assertion\.allow/);
    expect(() => synthEnv(zero)).toThrow(ConfigError);
    expect(() => synthEnv(noAllow, undefined, { skipConfigValidation: true })).toThrow(SafetyRuleError);
    expect(() => synthEnv(noAllow, undefined, { skipConfigValidation: true })).toThrow(/OIC-ASSERT-ALLOW/);
    expect(() => synthEnv(zero, undefined, { skipConfigValidation: true })).toThrow(/OIC-PINNED-IMAGE/);
  });

  test("a config mistake stops synthesis with a ConfigError before any construct exists", () => {
    expect(() => synthEnv(envWith((c) => (c.oic = { appId: "0a1b2c3d4e5f60718293a4b5c6d7e8f9", audience: "https://x.example.com" })))).toThrow(ConfigError);
  });

  test("without identity propagation no key, function or trusted app is declared", () => {
    const { parsed } = synthEnv(envWith((c) => { delete c.assertion; delete c.fusion; }));
    expect(parsed.resource.oci_kms_key).toBeUndefined();
    expect(parsed.resource.oci_functions_function).toBeUndefined();
    expect(all(parsed, "oci_identity_domains_app").map((a) => a.client_type)).toEqual(["confidential", "confidential"]);
    expect(parsed.output[OUTPUTS.trustedClientId]).toBeUndefined();
  });
});

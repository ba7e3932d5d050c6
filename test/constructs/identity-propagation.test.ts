import { X509Certificate } from "node:crypto";
import "../helpers/cdktf-matchers";
import type { Construct } from "constructs";
import { FunctionsFunction } from "../../.gen/providers/oci/functions-function";
import { IdentityDomainsApp } from "../../.gen/providers/oci/identity-domains-app";
import { IdentityDomainsOauthClientCertificate } from "../../.gen/providers/oci/identity-domains-oauth-client-certificate";
import { IdentityPolicy } from "../../.gen/providers/oci/identity-policy";
import { KmsKey } from "../../.gen/providers/oci/kms-key";
import { AssertionFunction, type AssertionFunctionProps } from "../../lib/constructs/assertion-function";
import { AssertionSigningKey, KeyVault } from "../../lib/constructs/assertion-signing-key";
import { DynamicGroup } from "../../lib/constructs/dynamic-group";
import { IdentityPropagation } from "../../lib/constructs/identity-propagation";
import { OicNativePropagation } from "../../lib/constructs/oic-native-propagation";
import { LEGACY_IDCS_AUDIENCE } from "../../contract/identity-domain";
import { OicResource } from "../../lib/constructs/oic-resource";
import { TrustedAssertionApp } from "../../lib/constructs/trusted-assertion-app";
import { ValidationError } from "../../lib/errors";
import { FUNCTION_CONFIG } from "../../contract/outputs";
import { createLocalCertificate } from "../../contract/local-signer";
import { all, only, synthScope } from "../helpers/synth";
import { nonEmpty } from "../helpers/non-empty";
import { freshSigner } from "../helpers/throwaway-signer";

const DOMAIN = "https://idcs-0123456789abcdef0123456789abcdef.identity.oraclecloud.com";
const FUSION_DOMAIN = "https://idcs-fedcba9876543210fedcba9876543210.identity.oraclecloud.com";
const FUSION_FQS = "https://fa-x.fa.ocs.oraclecloud.com:443urn:opc:resource:consumer::all";
const COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaaexamplecompartment000000000000";
const TENANCY = "ocid1.tenancy.oc1..aaaaaaaaexampletenancy00000000000000000";
const INSTANCE = "ocid1.integrationinstance.oc1.iad.amaaaaaaexample0000000000000000";
const AUDIENCE = "https://myoic-xyz.integration.us-ashburn-1.ocp.oraclecloud.com:443";

let pem: string;
beforeAll(async () => {
  pem = (await createLocalCertificate(freshSigner("trusted-v1"))).pem;
});

const oicIn = (s: Construct, instance: string | null = INSTANCE) =>
  OicResource.fromAppAttributes(s, "oic", { identityDomainUrl: DOMAIN, appId: "0a1b2c3d4e5f60718293a4b5c6d7e8f9", audience: AUDIENCE, baseUrl: "https://oic.example.com", integrationInstanceId: instance ?? undefined });

describe("TrustedAssertionApp", () => {
  test("trusted client, JWT-bearer grant, Fusion scope, certificate imported under its alias", () => {
    let app!: TrustedAssertionApp;
    const { json, parsed } = synthScope((s) => {
      app = new TrustedAssertionApp(s, "trusted", { identityDomainUrl: FUSION_DOMAIN, name: "dev-assert", fusionScope: FUSION_FQS, certificatePem: pem, certificateAlias: "dev-assert-abc123" });
    });
    expect(json).toHaveResourceWithProperties(IdentityDomainsApp, {
      client_type: "trusted",
      allowed_grants: ["urn:ietf:params:oauth:grant-type:jwt-bearer"],
      allowed_scopes: [{ fqs: FUSION_FQS }],
      trust_scope: "Explicit",
      certificates: [{ cert_alias: "dev-assert-abc123" }],
      idcs_endpoint: FUSION_DOMAIN,
    });
    const der = new X509Certificate(pem).raw.toString("base64");
    expect(json).toHaveResourceWithProperties(IdentityDomainsOauthClientCertificate, {
      certificate_alias: "dev-assert-abc123",
      x509base64certificate: der,
      schemas: ["urn:ietf:params:scim:schemas:oracle:idcs:OAuthClientCertificate"],
      idcs_endpoint: FUSION_DOMAIN,
    });
    expect(only(parsed, "oci_identity_domains_app").depends_on).toEqual(["oci_identity_domains_oauth_client_certificate.certificate_dev-assert-abc123"]);
    expect(app.x5t).toMatch(/^[A-Za-z0-9_-]{27}$/);
    expect(app.tokenUrl).toBe(`${FUSION_DOMAIN}/oauth2/v1/token`);
  });

  test("without a certificate: no certificates block, default alias", () => {
    let app!: TrustedAssertionApp;
    const { parsed } = synthScope((s) => {
      app = new TrustedAssertionApp(s, "trusted", { identityDomainUrl: DOMAIN, name: "dev-assert", fusionScope: FUSION_FQS });
    });
    expect(only(parsed, "oci_identity_domains_app").certificates).toBeUndefined();
    expect(parsed.resource.oci_identity_domains_oauth_client_certificate).toBeUndefined();
    expect(app.certificateAlias).toBe("dev-assert-v1");
  });

  test("refuses a PEM that holds a private key, and a non-certificate", () => {
    const make = (certificatePem: string) => () => synthScope((s) => new TrustedAssertionApp(s, "t", { identityDomainUrl: DOMAIN, name: "x", fusionScope: FUSION_FQS, certificatePem }));
    // A stand-in block, put together at run time: no key-shaped text in the repository.
    const keyBlock = ["BEGIN", "END"].map((w) => `-----${w} ${"PRIVATE"} KEY-----`).join("\nAAAA\n");
    expect(make(`${pem}\n${keyBlock}\n`)).toThrow(/private key/);
    expect(make("not a cert")).toThrow(ValidationError);
  });
});

describe("AssertionSigningKey", () => {
  test("a vault and an HSM RSA-2048 key; no deletion date (OCI's 30-day default window)", () => {
    const { json, parsed } = synthScope((s) => new AssertionSigningKey(s, "key", { compartmentId: COMPARTMENT, namePrefix: "dev" }));
    expect(json).toHaveResourceWithProperties(KmsKey, { key_shape: { algorithm: "RSA", length: 256 }, protection_mode: "HSM", management_endpoint: "${oci_kms_vault.vault_dev_assertion.management_endpoint}" });
    expect(only(parsed, "oci_kms_vault").vault_type).toBe("DEFAULT");
    expect(only(parsed, "oci_kms_key").time_of_deletion).toBeUndefined();
  });

  test("in an existing vault (KeyVault.fromVaultAttributes): no vault created; preventDestroy protects the key", () => {
    let key!: AssertionSigningKey;
    const { parsed } = synthScope((s) => {
      const vault = KeyVault.fromVaultAttributes(s, "vault", { vaultId: "ocid1.vault.oc1.iad.x", managementEndpoint: "https://m.example", cryptoEndpoint: "https://c.example" });
      key = new AssertionSigningKey(s, "key", { compartmentId: COMPARTMENT, namePrefix: "prod", vault, preventDestroy: true });
    });
    expect(parsed.resource.oci_kms_vault).toBeUndefined();
    expect(only(parsed, "oci_kms_key").lifecycle).toEqual({ prevent_destroy: true });
    expect(only(parsed, "oci_kms_key").management_endpoint).toBe("https://m.example");
    expect(key.cryptoEndpoint).toBe("https://c.example");
  });

  test("grantSign returns the policy it creates: that group may use that one key", () => {
    let policy!: IdentityPolicy;
    const { parsed } = synthScope((s) => {
      const key = AssertionSigningKey.fromKeyAttributes(s, "key", {
        keyId: "ocid1.key.oc1.iad.k",
        keyVersionId: "ocid1.keyversion.oc1.iad.v",
        cryptoEndpoint: "https://c.example",
        managementEndpoint: "https://m.example",
        compartmentId: COMPARTMENT,
        namePrefix: "ext",
      });
      const group = new DynamicGroup(s, "dg", { name: "signers", description: "d", matchingRule: "resource.id = 'x'", tenancyId: TENANCY });
      policy = key.grantSign(group);
    });
    expect(policy).toBeInstanceOf(IdentityPolicy);
    expect(parsed.resource.oci_kms_key).toBeUndefined();
    const [group] = Object.keys(parsed.resource.oci_identity_dynamic_group);
    expect(only(parsed, "oci_identity_policy").statements).toEqual([
      `Allow dynamic-group \${oci_identity_dynamic_group.${group}.name} to use keys in compartment id ${COMPARTMENT} where target.key.id = 'ocid1.key.oc1.iad.k'`,
    ]);
  });
});

describe("AssertionFunction", () => {
  const build = (edit: Partial<AssertionFunctionProps> = {}, instance: string | null = INSTANCE, legacyIdcsAudience = false) =>
    synthScope((s) => {
      const signingKey = new AssertionSigningKey(s, "key", { compartmentId: COMPARTMENT, namePrefix: "dev" });
      const trustedApp = new TrustedAssertionApp(s, "trusted", { identityDomainUrl: FUSION_DOMAIN, name: "dev-assert", fusionScope: FUSION_FQS, legacyIdcsAudience });
      new AssertionFunction(s, "fn", {
        compartmentId: COMPARTMENT,
        tenancyId: TENANCY,
        namePrefix: "dev",
        image: "iad.ocir.io/ns/oic-access/assertion:1.0.0",
        imageDigest: "sha256:" + "a".repeat(64),
        subnetIds: ["ocid1.subnet.oc1.iad.aaaaaaaaexamplesubnet0000000000000"],
        signingKey,
        trustedApp,
        oic: oicIn(s, instance),
        allow: { users: ["jane@example.com"], groups: ["Propagation Users"] },
        ...edit,
      });
    });

  test("function configuration: token URL, aud and groups of the trusted app's domain (Fusion's), the allow rule", () => {
    const { json } = build();
    expect(json).toHaveResourceWithProperties(FunctionsFunction, {
      image: "iad.ocir.io/ns/oic-access/assertion:1.0.0",
      image_digest: "sha256:" + "a".repeat(64),
      memory_in_mbs: "256",
      timeout_in_seconds: 30,
      config: {
        [FUNCTION_CONFIG.trustedClientId]: "dev-assert",
        [FUNCTION_CONFIG.certificateAlias]: "dev-assert-v1",
        [FUNCTION_CONFIG.tokenUrl]: `${FUSION_DOMAIN}/oauth2/v1/token`,
        [FUNCTION_CONFIG.fusionIdentityDomainUrl]: FUSION_DOMAIN,
        [FUNCTION_CONFIG.assertionAudience]: `${FUSION_DOMAIN}/`,
        [FUNCTION_CONFIG.defaultScope]: FUSION_FQS,
        [FUNCTION_CONFIG.allowedScopes]: FUSION_FQS,
        [FUNCTION_CONFIG.allowedUsers]: "jane@example.com",
        [FUNCTION_CONFIG.allowedGroups]: "Propagation Users",
        [FUNCTION_CONFIG.kmsKeyId]: "${oci_kms_key.key_dev_assertion_signing.id}",
        [FUNCTION_CONFIG.kmsKeyVersionId]: "${oci_kms_key.key_dev_assertion_signing.current_key_version}",
        [FUNCTION_CONFIG.kmsCryptoEndpoint]: "${oci_kms_vault.vault_dev_assertion.crypto_endpoint}",
        [FUNCTION_CONFIG.mode]: "payload",
      },
    });
  });

  test("legacy audience (the trusted app's, read by the Function) and the any-federated-user opt-in", () => {
    const { parsed } = build({ allow: { anyFederatedUser: true } }, INSTANCE, true);
    const config = only(parsed, "oci_functions_function").config;
    expect(config.ASSERTION_AUDIENCE).toBe("https://identity.oraclecloud.com/");
    expect(config.ALLOW_ANY_FEDERATED_USER).toBe("true");
    expect(config.ALLOWED_USERS).toBeUndefined();
  });

  test("least privilege: one function signs with one key; this OIC instance, and no other, invokes one function", () => {
    const { parsed } = build();
    const groups = parsed.resource.oci_identity_dynamic_group;
    expect(groups.dg_dev_assertion_fn.compartment_id).toBe(TENANCY);
    expect(groups.dg_dev_assertion_fn.matching_rule).toBe("ALL {resource.type = 'fnfunc', resource.id = '${oci_functions_function.fn_dev_assertion.id}'}");
    expect(groups.dg_dev_oic_instance.matching_rule).toBe(`ALL {resource.type = 'integrationinstance', resource.id = '${INSTANCE}'}`);
    const statements = all(parsed, "oci_identity_policy").flatMap((p) => p.statements as string[]);
    expect(statements.sort()).toEqual([
      `Allow dynamic-group \${oci_identity_dynamic_group.dg_dev_assertion_fn.name} to use keys in compartment id ${COMPARTMENT} where target.key.id = '\${oci_kms_key.key_dev_assertion_signing.id}'`,
      `Allow dynamic-group \${oci_identity_dynamic_group.dg_dev_oic_instance.name} to use fn-invocation in compartment id ${COMPARTMENT} where target.function.id = '\${oci_functions_function.fn_dev_assertion.id}'`,
    ]);
    for (const s of nonEmpty(statements, "policy statement")) expect(s).not.toMatch(/\bmanage\b|in tenancy|any-user/);
  });

  test("without the OIC instance OCID the Function is not deployed: the invoke policy could not be pinned", () => {
    expect(() => build({}, null)).toThrow(ValidationError);
    try {
      build({}, null);
    } catch (e) {
      expect((e as ValidationError).code).toBe("OIC_INSTANCE_REQUIRED");
    }
  });

  test("in a non-Default identity domain the dynamic groups are domain resources, named '<domain>'/'<group>' in policies", () => {
    const { parsed } = build({ identityDomain: { name: "OIC-Domain", url: DOMAIN } });
    expect(parsed.resource.oci_identity_dynamic_group).toBeUndefined();
    const groups = parsed.resource.oci_identity_domains_dynamic_resource_group;
    expect(groups.dg_dev_assertion_fn).toMatchObject({
      idcs_endpoint: DOMAIN,
      display_name: "dev-oic-assertion-fn",
      schemas: ["urn:ietf:params:scim:schemas:oracle:idcs:DynamicResourceGroup"],
    });
    const statements = all(parsed, "oci_identity_policy").flatMap((p) => p.statements as string[]);
    expect(statements.find((x) => x.includes("use keys"))).toMatch(/^Allow dynamic-group 'OIC-Domain'\/'\$\{oci_identity_domains_dynamic_resource_group\.dg_dev_assertion_fn\.display_name\}' to use keys/);
    expect(statements.find((x) => x.includes("fn-invocation"))).toMatch(/^Allow dynamic-group 'OIC-Domain'\/'\$\{oci_identity_domains_dynamic_resource_group\.dg_dev_oic_instance\.display_name\}' to use fn-invocation/);
  });
});

describe("IdentityPropagation", () => {
  test("trusted app and certificate in Fusion's domain; key and Function; the Function exchanges there", () => {
    let p!: IdentityPropagation;
    const { parsed } = synthScope((s) => {
      p = new IdentityPropagation(s, "propagation", {
        namePrefix: "test",
        compartmentId: COMPARTMENT,
        tenancyId: TENANCY,
        oic: oicIn(s),
        fusionIdentityDomainUrl: FUSION_DOMAIN,
        fusionScope: FUSION_FQS,
        trustedAppName: "test-assert",
        certificate: { pem, alias: "test-assert-k1", keyVersionId: "ocid1.keyversion.oc1.iad.v1" },
        function: { image: "iad.ocir.io/ns/oic-access/assertion:1.0.0", subnetIds: ["ocid1.subnet.oc1.iad.aaaaaaaaexamplesubnet0000000000000"] },
        allow: { groups: ["Propagation Users"] },
      });
    });
    expect(only(parsed, "oci_identity_domains_app").idcs_endpoint).toBe(FUSION_DOMAIN);
    expect(only(parsed, "oci_identity_domains_oauth_client_certificate").idcs_endpoint).toBe(FUSION_DOMAIN);
    const config = only(parsed, "oci_functions_function").config;
    expect(config.TOKEN_URL).toBe(`${FUSION_DOMAIN}/oauth2/v1/token`);
    expect(config.KMS_KEY_VERSION_ID).toBe("ocid1.keyversion.oc1.iad.v1");
    expect(p.assertionAudience).toBe(`${FUSION_DOMAIN}/`);
    expect(p.tokenUrl).toBe(`${FUSION_DOMAIN}/oauth2/v1/token`);
  });
});

describe("OicNativePropagation", () => {
  test.each([false, true])("its trusted app carries the audience OIC signs for (legacyIdcsAudience %s), as in the Function mode", (legacyIdcsAudience) => {
    let native!: OicNativePropagation;
    synthScope((s) => {
      native = new OicNativePropagation(s, "native", { fusionIdentityDomainUrl: FUSION_DOMAIN, fusionScope: FUSION_FQS, trustedAppName: "dev-assert", legacyIdcsAudience });
    });
    const expected = legacyIdcsAudience ? LEGACY_IDCS_AUDIENCE : `${FUSION_DOMAIN}/`;
    expect(native.assertionAudience).toBe(expected);
    expect(native.trustedApp.assertionAudience).toBe(expected);
  });
});

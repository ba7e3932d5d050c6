import { X509Certificate } from "node:crypto";
import { FunctionsFunction } from "../../.gen/providers/oci/functions-function";
import { IdentityDomainsApp } from "../../.gen/providers/oci/identity-domains-app";
import { IdentityDomainsOauthClientCertificate } from "../../.gen/providers/oci/identity-domains-oauth-client-certificate";
import { KmsKey } from "../../.gen/providers/oci/kms-key";
import { AssertionFunction } from "../../lib/constructs/assertion-function";
import { AssertionSigningKey } from "../../lib/constructs/assertion-signing-key";
import { TrustedAssertionApp } from "../../lib/constructs/trusted-assertion-app";
import { FUNCTION_CONFIG } from "../../lib/stack-outputs";
import { LocalKeySigner, createLocalCertificate } from "../../function/src/local-signer";
import { all, only, synthScope } from "../helpers/synth";

const DOMAIN = "https://idcs-0123456789abcdef0123456789abcdef.identity.oraclecloud.com";
const FUSION_FQS = "https://fa-x.fa.ocs.oraclecloud.com:443urn:opc:resource:consumer::all";
const COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaaexamplecompartment000000000000";
const TENANCY = "ocid1.tenancy.oc1..aaaaaaaaexampletenancy00000000000000000";

let pem: string;
beforeAll(async () => {
  pem = (await createLocalCertificate(LocalKeySigner.generate("trusted-v1"))).pem;
});

describe("TrustedAssertionApp", () => {
  test("trusted client, JWT-bearer grant, Fusion scope, certificate imported under its alias", () => {
    let app!: TrustedAssertionApp;
    const { json, parsed } = synthScope((s) => {
      app = new TrustedAssertionApp(s, "trusted", { identityDomainUrl: DOMAIN, name: "dev-assert", fusionScope: FUSION_FQS, certificatePem: pem, certificateAlias: "dev-assert-abc123" });
    });
    expect(json).toHaveResourceWithProperties(IdentityDomainsApp, {
      client_type: "trusted",
      allowed_grants: ["urn:ietf:params:oauth:grant-type:jwt-bearer"],
      allowed_scopes: [{ fqs: FUSION_FQS }],
      trust_scope: "Explicit",
      certificates: [{ cert_alias: "dev-assert-abc123" }],
    });
    const der = new X509Certificate(pem).raw.toString("base64");
    expect(json).toHaveResourceWithProperties(IdentityDomainsOauthClientCertificate, {
      certificate_alias: "dev-assert-abc123",
      x509base64certificate: der,
      schemas: ["urn:ietf:params:scim:schemas:oracle:idcs:OAuthClientCertificate"],
    });
    expect(only(parsed, "oci_identity_domains_app").depends_on).toEqual(["oci_identity_domains_oauth_client_certificate.certificate_dev-assert-abc123"]);
    expect(app.x5t).toMatch(/^[A-Za-z0-9_-]{27}$/);
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
    expect(make("not a cert")).toThrow(/not a PEM X.509 certificate/);
  });
});

describe("AssertionSigningKey", () => {
  test("a vault and an HSM RSA-2048 key; no deletion date (OCI's 30-day default window)", () => {
    const { json, parsed } = synthScope((s) => new AssertionSigningKey(s, "key", { compartmentId: COMPARTMENT, namePrefix: "dev" }));
    expect(json).toHaveResourceWithProperties(KmsKey, { key_shape: { algorithm: "RSA", length: 256 }, protection_mode: "HSM", management_endpoint: "${oci_kms_vault.vault_dev_assertion.management_endpoint}" });
    expect(only(parsed, "oci_kms_vault").vault_type).toBe("DEFAULT");
    expect(only(parsed, "oci_kms_key").time_of_deletion).toBeUndefined();
  });

  test("existing vault: no vault created; preventDestroy protects the key", () => {
    let key!: AssertionSigningKey;
    const { parsed } = synthScope((s) => {
      key = new AssertionSigningKey(s, "key", {
        compartmentId: COMPARTMENT,
        namePrefix: "prod",
        existingVault: { id: "ocid1.vault.oc1.iad.x", managementEndpoint: "https://m.example", cryptoEndpoint: "https://c.example" },
        preventDestroy: true,
      });
    });
    expect(parsed.resource.oci_kms_vault).toBeUndefined();
    expect(only(parsed, "oci_kms_key").lifecycle).toEqual({ prevent_destroy: true });
    expect(only(parsed, "oci_kms_key").management_endpoint).toBe("https://m.example");
    expect(key.cryptoEndpoint).toBe("https://c.example");
  });
});

describe("AssertionFunction", () => {
  const build = (oicInstanceId?: string) =>
    synthScope((s) => {
      const signingKey = new AssertionSigningKey(s, "key", { compartmentId: COMPARTMENT, namePrefix: "dev" });
      const trustedApp = new TrustedAssertionApp(s, "trusted", { identityDomainUrl: DOMAIN, name: "dev-assert", fusionScope: FUSION_FQS });
      new AssertionFunction(s, "fn", {
        compartmentId: COMPARTMENT,
        tenancyId: TENANCY,
        namePrefix: "dev",
        image: "iad.ocir.io/ns/oic-access/assertion:1.0.0",
        imageDigest: "sha256:" + "a".repeat(64),
        subnetIds: ["ocid1.subnet.oc1.iad.aaaaaaaaexamplesubnet0000000000000"],
        signingKey,
        trustedApp,
        tokenUrl: `${DOMAIN}/oauth2/v1/token`,
        allowedUsers: ["jane@example.com"],
        oicInstanceId,
      });
    });

  test("function configuration carries everything the Function reads", () => {
    const { json } = build();
    expect(json).toHaveResourceWithProperties(FunctionsFunction, {
      image: "iad.ocir.io/ns/oic-access/assertion:1.0.0",
      image_digest: "sha256:" + "a".repeat(64),
      memory_in_mbs: "256",
      timeout_in_seconds: 30,
      config: {
        [FUNCTION_CONFIG.trustedClientId]: "dev-assert",
        [FUNCTION_CONFIG.certificateAlias]: "dev-assert-v1",
        [FUNCTION_CONFIG.tokenUrl]: `${DOMAIN}/oauth2/v1/token`,
        [FUNCTION_CONFIG.assertionAudience]: "https://identity.oraclecloud.com/",
        [FUNCTION_CONFIG.defaultScope]: FUSION_FQS,
        [FUNCTION_CONFIG.allowedScopes]: FUSION_FQS,
        [FUNCTION_CONFIG.allowedUsers]: "jane@example.com",
        [FUNCTION_CONFIG.kmsKeyId]: "${oci_kms_key.key_dev_assertion_signing.id}",
        [FUNCTION_CONFIG.kmsKeyVersionId]: "${oci_kms_key.key_dev_assertion_signing.current_key_version}",
        [FUNCTION_CONFIG.kmsCryptoEndpoint]: "${oci_kms_vault.vault_dev_assertion.crypto_endpoint}",
        [FUNCTION_CONFIG.mode]: "payload",
      },
    });
  });

  test("least privilege: the dynamic group matches one function; it may sign with one key; OIC may invoke one function", () => {
    const { parsed } = build("ocid1.integrationinstance.oc1.iad.amaaaaaaexample0000000000000000");
    const dg = only(parsed, "oci_identity_dynamic_group");
    expect(dg.compartment_id).toBe(TENANCY);
    expect(dg.matching_rule).toBe("ALL {resource.type = 'fnfunc', resource.id = '${oci_functions_function.fn_dev_assertion.id}'}");
    const statements = all(parsed, "oci_identity_policy").flatMap((p) => p.statements as string[]);
    expect(statements).toEqual(
      expect.arrayContaining([
        `Allow dynamic-group \${oci_identity_dynamic_group.dg_dev_assertion_fn.name} to use keys in compartment id ${COMPARTMENT} where target.key.id = '\${oci_kms_key.key_dev_assertion_signing.id}'`,
        `Allow any-user to use fn-invocation in compartment id ${COMPARTMENT} where ALL {request.principal.type = 'integrationinstance', request.principal.id = 'ocid1.integrationinstance.oc1.iad.amaaaaaaexample0000000000000000', target.function.id = '\${oci_functions_function.fn_dev_assertion.id}'}`,
      ]),
    );
    for (const s of statements) {
      expect(s).not.toMatch(/\bmanage\b|in tenancy|to use keys in compartment id \S+$/);
    }
  });
});

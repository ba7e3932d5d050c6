// Another CDKTF app using the constructs through the package's entry point,
// without this project's environment files or config validation.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, TerraformStack, Testing } from "cdktf";
import { IdentityDomainsApp } from "../../.gen/providers/oci/identity-domains-app";
import { OciProvider } from "../../.gen/providers/oci/provider";
import {
  AppRoleGrant,
  AssertionSigningKey,
  AuthCodeApp,
  ClientCredentialsApp,
  IdentityPropagation,
  OicResource,
  SafetyRuleError,
  TrustedAssertionApp,
  applySafetyRules,
  collectRuleViolations,
  type ISigningKey,
} from "../../lib";
import { synthOrExplain } from "../../lib/synthesize";
import { all, ruleErrors } from "../helpers/synth";

const OIC_DOMAIN = "https://idcs-0123456789abcdef0123456789abcdef.identity.oraclecloud.com";
const FUSION_DOMAIN = "https://idcs-fedcba9876543210fedcba9876543210.identity.oraclecloud.com";
const AUDIENCE = "https://myoic-xyz.integration.us-ashburn-1.ocp.oraclecloud.com:443";
const FUSION_FQS = "https://fa-x.fa.ocs.oraclecloud.com:443urn:opc:resource:consumer::all";
const INSTANCE = "ocid1.integrationinstance.oc1.iad.amaaaaaaexample0000000000000000";
const COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaaexamplecompartment000000000000";
const TENANCY = "ocid1.tenancy.oc1..aaaaaaaaexampletenancy00000000000000000";
const DIGEST = "sha256:" + "ab".repeat(32);

/** A stack of someone else's app: provider, OIC resource, two client apps and propagation. */
class CustomerStack extends TerraformStack {
  readonly oic;
  readonly propagation: IdentityPropagation;
  constructor(scope: App, id: string, opts: { protect?: boolean; digest?: string; key?: (s: TerraformStack) => ISigningKey } = {}) {
    super(scope, id);
    new OciProvider(this, "oci", { region: "us-ashburn-1" });
    const protect = opts.protect ?? false;
    this.oic = OicResource.fromIntegrationInstance(this, "oic", { identityDomainUrl: OIC_DOMAIN, integrationInstanceId: INSTANCE, protectGrants: protect });
    new ClientCredentialsApp(this, "batch", { name: "acme-batch", oic: this.oic, preventDestroy: protect });
    const ui = new AuthCodeApp(this, "portal", { name: "acme-portal", oic: this.oic, redirectUris: ["https://portal.acme.example/cb"], grantInvoke: false, preventDestroy: protect });
    this.oic.grantInvoke(ui);
    this.oic.grantInvoke({ group: "Portal Users" });
    this.propagation = new IdentityPropagation(this, "propagation", {
      namePrefix: "acme",
      compartmentId: COMPARTMENT,
      tenancyId: TENANCY,
      oic: this.oic,
      fusionIdentityDomainUrl: FUSION_DOMAIN,
      fusionScope: FUSION_FQS,
      trustedAppName: "acme-assert",
      signingKey: opts.key?.(this),
      function: { image: "iad.ocir.io/acme/assertion:1.0.0", imageDigest: opts.digest ?? DIGEST, subnetIds: ["ocid1.subnet.oc1.iad.aaaaaaaaexamplesubnet0000000000000"] },
      allow: { groups: ["Propagation Users"] },
      preventDestroy: protect,
    });
    applySafetyRules(this, { protected: protect });
  }
}

describe("the package's public entry point, without our environment config", () => {
  test("a stack of interfaces and imports synthesizes; grants return what they create", () => {
    const app = Testing.app();
    const stack = new CustomerStack(app, "acme");
    const grant = stack.oic.grantInvoke({ user: "ops@acme.example" });
    expect(grant).toBeInstanceOf(AppRoleGrant);
    const parsed = JSON.parse(Testing.synth(stack));
    expect(collectRuleViolations(stack)).toEqual([]);
    const byName = Object.fromEntries(all(parsed, "oci_identity_domains_app").map((a) => [a.name, a]));
    expect(byName["acme-batch"].idcs_endpoint).toBe(OIC_DOMAIN);
    expect(byName["acme-portal"].idcs_endpoint).toBe(OIC_DOMAIN);
    expect(byName["acme-assert"].idcs_endpoint).toBe(FUSION_DOMAIN);
    expect(Object.keys(parsed.resource.oci_identity_domains_grant).sort()).toEqual([
      "grant_ServiceInvoker_app_acme-batch",
      "grant_ServiceInvoker_app_acme-portal",
      "grant_ServiceInvoker_group_Portal_Users",
      "grant_ServiceInvoker_user_ops_acme_example",
    ]);
    expect(stack.propagation.trustedApp).toBeInstanceOf(TrustedAssertionApp);
  });

  test("an imported key (AssertionSigningKey.fromKeyAttributes): no vault or key declared, the sign grant is", () => {
    const app = Testing.app();
    const stack = new CustomerStack(app, "acme", {
      key: (s) =>
        AssertionSigningKey.fromKeyAttributes(s, "shared-key", {
          keyId: "ocid1.key.oc1.iad.shared",
          keyVersionId: "ocid1.keyversion.oc1.iad.shared1",
          cryptoEndpoint: "https://crypto.example",
          managementEndpoint: "https://management.example",
          compartmentId: COMPARTMENT,
          namePrefix: "acme",
        }),
    });
    const parsed = JSON.parse(Testing.synth(stack));
    expect(parsed.resource.oci_kms_key).toBeUndefined();
    expect(parsed.resource.oci_kms_vault).toBeUndefined();
    expect(JSON.stringify(parsed.resource.oci_identity_policy)).toContain("target.key.id = 'ocid1.key.oc1.iad.shared'");
  });

  test("the safety rules hold for a protected stack built without our config", () => {
    const app = Testing.app();
    const stack = new CustomerStack(app, "acme", { protect: true, digest: "sha256:" + "0".repeat(64) });
    // Someone adds an unprotected app holding OIC and Fusion scopes, with a loopback redirect.
    new IdentityDomainsApp(stack, "raw", {
      idcsEndpoint: OIC_DOMAIN,
      schemas: ["urn:ietf:params:scim:schemas:oracle:idcs:App"],
      basedOnTemplate: { value: "CustomWebAppTemplateId" },
      displayName: "raw",
      name: "raw",
      redirectUris: ["http://127.0.0.1:9999/cb"],
      allowedScopes: [{ fqs: `${AUDIENCE}urn:opc:resource:consumer::all` }, { fqs: FUSION_FQS }],
    });
    const errors = ruleErrors(stack);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^OIC-PINNED-IMAGE: the image digest is all zeros/),
        expect.stringMatching(/^OIC-PROTECT: oci_identity_domains_app in a protected stack must have lifecycle.prevent_destroy/),
        expect.stringMatching(/^OIC-ONE-RESOURCE: the app holds scopes of 2 resources/),
        expect.stringMatching(/^OIC-REDIRECT: loopback redirect URI http:\/\/127.0.0.1:9999\/cb in a protected stack/),
      ]),
    );
    expect(errors).toHaveLength(4);
  });

  test("an unprotected stack refuses a loopback redirect on an app that did not ask for one, and allows it where asked", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "s");
    new OciProvider(stack, "oci", { region: "us-ashburn-1" });
    const oic = OicResource.fromAppAttributes(stack, "oic", { identityDomainUrl: OIC_DOMAIN, appId: "0a1b2c3d4e5f60718293a4b5c6d7e8f9", audience: AUDIENCE, baseUrl: "https://oic.example.com" });
    new AuthCodeApp(stack, "dev-ui", { name: "dev-ui", oic, redirectUris: ["http://localhost:8765/cb"], allowLoopbackRedirect: true });
    const raw = new IdentityDomainsApp(stack, "raw", {
      idcsEndpoint: OIC_DOMAIN,
      schemas: ["urn:ietf:params:scim:schemas:oracle:idcs:App"],
      basedOnTemplate: { value: "CustomWebAppTemplateId" },
      displayName: "raw",
      name: "raw",
      redirectUris: ["http://localhost:8765/cb", "http://insecure.example/cb"],
    });
    applySafetyRules(stack);
    expect(ruleErrors(stack)).toEqual([
      "OIC-REDIRECT: loopback redirect URI http://localhost:8765/cb on an app that does not allow one (allowLoopbackRedirect)",
      "OIC-REDIRECT: redirect URI http://insecure.example/cb must use https",
    ]);
    expect(collectRuleViolations(stack).every((v) => v.constructPath === raw.node.path)).toBe(true);
  });

  test("app.synth() fails on rule errors; synthOrExplain says which rules and where", () => {
    const app = new App({ outdir: mkdtempSync(join(tmpdir(), "oic-rules-")) });
    new CustomerStack(app, "acme", { protect: true, digest: "sha256:" + "0".repeat(64) });
    let error: unknown;
    try {
      synthOrExplain(app);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SafetyRuleError);
    expect((error as SafetyRuleError).code).toBe("SAFETY_RULE");
    expect((error as SafetyRuleError).message).toMatch(/1 safety rule violation:\n {2}\[acme\/propagation\/function\/function\] OIC-PINNED-IMAGE/);
  });
});

import { ConfigError } from "../../lib/config/config-error";
import { checkEnvironment, validateEnvironments } from "../../lib/config/validate";
import type { EnvironmentConfig } from "../../lib/config/environment";
import { dev } from "../../stacks/dev";
import { ENVIRONMENTS } from "../../stacks";
import { FUSION_FQS, OIC_AUDIENCE, OIC_FQS, envWith } from "../helpers/config";

/** The one problem a config has, as `field: problem`. */
function problemOf(config: EnvironmentConfig): { field: string; problem: string; fix: string; env: string; value: string } {
  const problems = checkEnvironment(config);
  if (problems.length !== 1) throw new Error(`expected one problem, got ${problems.length}: ${JSON.stringify(problems, null, 2)}`);
  return problems[0];
}

describe("environment validation", () => {
  test("the shipped environments are valid", () => {
    expect(() => validateEnvironments(ENVIRONMENTS)).not.toThrow();
    for (const env of ENVIRONMENTS) expect(checkEnvironment(env)).toEqual([]);
  });

  const cases: [string, (c: any) => void, string, RegExp][] = [
    ["malformed compartment OCID", (c) => (c.compartmentId = "ocid1.compartment.oc1..short"), "compartmentId", /not a well-formed OCID/],
    ["OCID of the wrong type", (c) => (c.tenancyId = dev.compartmentId), "tenancyId", /OCID of a compartment, not of a tenancy/],
    ["malformed subnet OCID", (c) => (c.assertion.function.subnetIds = ["subnet-123"]), "assertion.function.subnetIds[0]", /not a well-formed OCID/],
    ["malformed instance OCID", (c) => (c.oic = { integrationInstanceId: "ocid1.integrationinstance.bad" }), "oic.integrationInstanceId", /not a well-formed OCID/],
    ["audience without :443", (c) => (c.oic.audience = OIC_AUDIENCE.replace(":443", "")), "oic.audience", /must end with ":443"/],
    ["hand-built FQS missing :443", (c) => (c.oic.fullyQualifiedScope = OIC_FQS.replace(":443", "")), "oic.fullyQualifiedScope", /lacks ":443"/],
    ["hand-built FQS with a separator", (c) => (c.oic.fullyQualifiedScope = `${OIC_AUDIENCE}/urn:opc:resource:consumer::all`), "oic.fullyQualifiedScope", /"\/" separates audience and scope/],
    ["FQS of another host", (c) => (c.oic.fullyQualifiedScope = "https://other.integration.ocp.oraclecloud.com:443urn:opc:resource:consumer::all"), "oic.fullyQualifiedScope", /audience host "other\.integration/],
    ["wrong scope on a client app", (c) => (c.clientCredentialsApps[0].scopes = [OIC_FQS.replace(":443", "")]), "clientCredentialsApps[0].scopes[0]", /lacks ":443"/],
    ["app holding OIC and Fusion scopes", (c) => (c.clientCredentialsApps[0].scopes = [OIC_FQS, FUSION_FQS]), "clientCredentialsApps[0].scopes[1]", /both OIC and Fusion scopes/],
    ["offline_access on client credentials", (c) => (c.clientCredentialsApps[0].scopes = ["offline_access"]), "clientCredentialsApps[0].scopes[0]", /authorization-code flow/],
    ["unknown app role", (c) => (c.clientCredentialsApps[0].extraRoles = ["ServiceInvokers"]), "clientCredentialsApps[0].extraRoles[0]", /not an app role/],
    ["non-https redirect URI", (c) => (c.authCodeApps[0].redirectUris[0] = "http://vbcs.example.com/cb"), "authCodeApps[0].redirectUris[0]", /must use https/],
    ["loopback redirect not asked for", (c) => (c.authCodeApps[0].allowLoopbackRedirect = false), "authCodeApps[0].redirectUris[1]", /loopback redirect URI/],
    ["redirect URI with a fragment", (c) => (c.authCodeApps[0].redirectUris[0] = "https://vbcs.example.com/cb#x"), "authCodeApps[0].redirectUris[0]", /fragment/],
    ["auth code for a backend", (c) => (c.authCodeApps[0].caller = "scheduler"), "authCodeApps[0].caller", /declare this caller under clientCredentialsApps|needs a person/],
    ["auth-code app nobody may use", (c) => (c.authCodeApps[0].users = []), "authCodeApps[0].users", /nobody who logs in holds ServiceInvoker/],
    ["duplicate client ID", (c) => (c.authCodeApps[0].name = c.clientCredentialsApps[0].name), "authCodeApps[0].name", /already the name of clientCredentialsApps\[0\]\.name/],
    ["missing function image", (c) => (c.assertion.function.image = ""), "assertion.function.image", /needs its container image/],
    ["image without a tag", (c) => (c.assertion.function.image = "iad.ocir.io/ns/assertion"), "assertion.function.image", /not an OCIR image reference/],
    ["bad image digest", (c) => (c.assertion.function.imageDigest = "sha256:abc"), "assertion.function.imageDigest", /not an image digest/],
    ["assertion without Fusion", (c) => delete c.fusion, "fusion", /identity propagation needs the Fusion resource/],
    ["non-https identity domain", (c) => (c.identityDomainUrl = "http://idcs-1.identity.oraclecloud.com"), "identityDomainUrl", /must use https/],
    ["not an identity domain", (c) => (c.identityDomainUrl = "https://login.example.com"), "identityDomainUrl", /not an identity domain URL/],
    ["bad environment name", (c) => (c.name = "Dev Env"), "name", /lower-case letters/],
    ["bad region", (c) => (c.region = "ashburn"), "region", /not an OCI region/],
    ["body on a GET", (c) => (c.smoke.integration.body = { a: 1 }), "smoke.integration.body", /GET request carries no body/],
    ["failure status expected", (c) => (c.smoke.integration.expectedStatus = 500), "smoke.integration.expectedStatus", /success status/],
    ["object storage backend without bucket", (c) => (c.backend = { type: "oci-object-storage", namespace: "ns", region: "us-ashburn-1" }), "backend.bucket", /is required/],
    ["existing vault without endpoints", (c) => (c.assertion.vault = { existingVaultId: "ocid1.vault.oc1.iad.aaaaaaaaexamplevault000000000000000", cryptoEndpoint: "https://c" }), "assertion.vault.managementEndpoint", /management endpoint/],
    // run-time shape: what a JavaScript file or `as any` can hold
    ["caller that is not one", (c) => (c.clientCredentialsApps[0].caller = "cron"), "clientCredentialsApps[0].caller", /must be one of "backend", "scheduler", "oci-service"/],
    ["a string where a list belongs", (c) => (c.authCodeApps[0].redirectUris = "https://vbcs.example.com/cb"), "authCodeApps[0].redirectUris", /must be an array, not a string/],
    ["a misspelt field", (c) => (c.authCodeApps[0].allowLoopbackRedirects = true), "authCodeApps[0]", /unknown field "allowLoopbackRedirects"/],
    ["a missing required field", (c) => delete c.tenancyId, "tenancyId", /is required/],
    ["protect that is not a boolean", (c) => (c.protect = "yes"), "protect", /must be a boolean/],
    ["allow rule of the wrong shape", (c) => (c.assertion.allow = { anyFederatedUser: "yes" }), "assertion.allow.anyFederatedUser", /takes only the boolean true/],
    // identity domains
    ["Fusion domain that is not one", (c) => (c.fusion.identityDomainUrl = "https://login.example.com"), "fusion.identityDomainUrl", /not an identity domain URL/],
    ["identity domain name with a quote", (c) => (c.identityDomainName = "Dom'ain"), "identityDomainName", /not an identity domain name/],
    // the Function and whom it asserts
    ["Function without an instance OCID", (c) => delete c.oic.integrationInstanceId, "oic.integrationInstanceId", /invoke policy names this OIC instance/],
    ["no OIC runtime URL", (c) => { delete c.oicBaseUrl; delete c.oic.integrationInstanceId; delete c.assertion; delete c.smoke.assertionUser; }, "oicBaseUrl", /runtime URL/],
    ["allow-list with the Kelvin sign", (c) => c.assertion.allow.users.push("\u212Aate"), "assertion.allow.users[2]", /U\+212A/],
    ["allow-list with a bidi override", (c) => c.assertion.allow.users.push("bob\u202Egpj"), "assertion.allow.users[2]", /U\+202E/],
    ["allow-list naming one user twice", (c) => c.assertion.allow.users.push("Integration.Tester@example.com"), "assertion.allow.users[2]", /same user as users\[0\]/],
    ["allow rule naming nobody", (c) => (c.assertion.allow = { users: [] }), "assertion.allow", /assert nobody/],
    ["smoke user the Function refuses", (c) => (c.smoke.assertionUser = "someone.else@example.com"), "smoke.assertionUser", /not in assertion.allow.users/],
    // regions
    ["subnet in another region", (c) => (c.assertion.function.subnetIds = ["ocid1.subnet.oc1.phx.aaaaaaaaexampledevsubnet0000000000000000000000000000000000"]), "assertion.function.subnetIds[0]", /names the region us-phoenix-1, but the environment's region is us-ashburn-1/],
    ["image in another region", (c) => (c.assertion.function.image = "fra.ocir.io/examplens/oic-access/assertion:0.1.0"), "assertion.function.image", /region eu-frankfurt-1/],
    ["OIC host in another region", (c) => (c.oicBaseUrl = "https://oic-dev-examplens-ia.integration.eu-frankfurt-1.ocp.oraclecloud.com"), "oicBaseUrl", /region eu-frankfurt-1/],
    ["certificate PEM that is not one", (c) => { delete c.assertion.certificatePath; c.assertion.certificatePem = "hello"; }, "assertion.certificatePem", /not a PEM X\.509 certificate/],
  ];

  test.each(cases)("%s", (_name, edit, field, problem) => {
    const config = envWith(edit);
    const p = problemOf(config);
    expect(p.field).toBe(field);
    expect(p.problem).toMatch(problem);
    expect(p.env).toBe(config.name);
    expect(p.fix.length).toBeGreaterThan(10);
  });

  test("protected is said by protect: true, never by the name", () => {
    expect(checkEnvironment(envWith((c) => (c.name = "prod-eu")))).toEqual([]);
  });

  const protectedCases: [string, (c: any) => void, string, RegExp][] = [
    ["an HSM key", (c) => (c.assertion.vault.protectionMode = "SOFTWARE"), "assertion.vault.protectionMode", /HSM key/],
    ["a pinned image", (c) => delete c.assertion.function.imageDigest, "assertion.function.imageDigest", /pins the Function image by digest/],
    ["a real digest", (c) => (c.assertion.function.imageDigest = `sha256:${"0".repeat(64)}`), "assertion.function.imageDigest", /all-zero digest/],
    ["no loopback redirect, even when allowed", (c) => (c.authCodeApps[0].redirectUris = ["https://vbcs.example.com/cb", "http://127.0.0.1:8765/callback"]), "authCodeApps[0].redirectUris[1]", /refuses loopback redirect URIs, even with allowLoopbackRedirect/],
    ["an allow rule", (c) => delete c.assertion.allow, "assertion.allow", /must say whom the assertion Function may assert/],
  ];
  /** dev made protected and otherwise valid, then changed by `edit`. */
  const protectedWith = (edit: (c: any) => void) =>
    envWith((c: any) => {
      c.protect = true;
      c.assertion.vault.protectionMode = "HSM";
      c.assertion.function.imageDigest = `sha256:${"ab".repeat(32)}`;
      c.authCodeApps[0].redirectUris = ["https://vbcs.example.com/cb"];
      edit(c);
    });

  test.each(protectedCases)("a protected environment requires %s", (_name, edit, field, problem) => {
    expect(checkEnvironment(protectedWith(() => {}))).toEqual([]);
    const p = problemOf(protectedWith(edit));
    expect([p.field, p.problem]).toEqual([field, expect.stringMatching(problem)]);
  });

  test("shape errors read like every other problem, never as a stack trace", () => {
    const js: unknown = { ...dev, authCodeApps: "dev-oic-vbcs", protect: 1 };
    let message = "";
    try {
      validateEnvironments([js]);
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      message = (e as Error).message;
    }
    expect(message).toContain('[dev] authCodeApps = "dev-oic-vbcs"');
    expect(message).toContain("must be an array, not a string");
    expect(message).toContain("[dev] protect = 1");
    expect(message).not.toMatch(/\n\s+at /);
    expect(() => validateEnvironments([null, 42])).toThrow(ConfigError);
  });

  test("two environments in one identity domain cannot share a client ID; in different domains they can", () => {
    const other = envWith((c: any) => {
      c.name = "dev2";
      c.assertion.trustedAppName = "dev2-oic-fusion-assertion";
      c.authCodeApps[0].name = "dev2-oic-vbcs";
    });
    let message = "";
    try {
      validateEnvironments([dev, other]);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^1 configuration problem:/);
    expect(message).toContain('[dev2] clientCredentialsApps[0].name = "dev-oic-scheduler"');
    expect(message).toContain("same identity domain");
    const elsewhere = envWith((c: any) => {
      c.name = "dev2";
      c.identityDomainUrl = "https://idcs-ffff.identity.oraclecloud.com";
      c.fusion.identityDomainUrl = "https://idcs-ffff.identity.oraclecloud.com";
    });
    expect(() => validateEnvironments([dev, elsewhere])).not.toThrow();
  });

  test("two environments cannot share a state bucket (each plan principal reads its own bucket only)", () => {
    const backend = (bucket: string) => ({ type: "oci-object-storage" as const, namespace: "examplens", bucket, region: "us-ashburn-1" });
    const a = { ...dev, backend: backend("oic-access-state") };
    const b = envWith((c: any) => {
      c.name = "dev2";
      c.identityDomainUrl = "https://idcs-ffff.identity.oraclecloud.com";
      c.fusion.identityDomainUrl = "https://idcs-ffff.identity.oraclecloud.com";
      c.backend = backend("OIC-Access-State");
    });
    expect(() => validateEnvironments([a, b])).toThrow(/\[dev2\] backend\.bucket = "OIC-Access-State"\s+is also the state bucket of dev; each environment's plan principal may read its own bucket only/);
    expect(() => validateEnvironments([a, { ...b, backend: backend("oic-access-state-dev2") }])).not.toThrow();
  });

  test("the trusted app is claimed in Fusion's domain, not OIC's", () => {
    const fusionElsewhere = envWith((c: any) => {
      c.name = "dev2";
      c.identityDomainUrl = "https://idcs-ffff.identity.oraclecloud.com";
      c.fusion.identityDomainUrl = dev.identityDomainUrl;
    });
    expect(() => validateEnvironments([dev, fusionElsewhere])).toThrow(/\[dev2\] assertion.trustedAppName = "dev-oic-fusion-assertion"/);
  });

  test("duplicate environment names are refused, and every problem is reported at once", () => {
    const broken = envWith((c) => (c.region = "nowhere"));
    let error: unknown;
    try {
      validateEnvironments([dev, broken]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toMatch(/^2 configuration problems:/);
    expect(message).toContain("[(environments)] name = \"dev\"");
    expect(message).toContain("two environments have this name");
    expect(message).toContain("[dev] region = \"nowhere\"");
    expect(message).toContain("fix: use the region identifier");
    expect(message).not.toMatch(/\n\s+at /); // no stack trace in the text
  });
});

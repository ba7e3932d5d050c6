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
    ["prod without protect", (c) => (c.name = "prod-eu"), "protect", /must protect/],
    ["body on a GET", (c) => (c.smoke.integration.body = { a: 1 }), "smoke.integration.body", /GET request carries no body/],
    ["failure status expected", (c) => (c.smoke.integration.expectedStatus = 500), "smoke.integration.expectedStatus", /success status/],
    ["object storage backend without bucket", (c) => (c.backend = { type: "oci-object-storage", namespace: "ns", region: "us-ashburn-1" }), "backend.bucket", /required for the Object Storage backend/],
    ["existing vault without endpoints", (c) => (c.assertion.vault = { existingVaultId: "ocid1.vault.oc1.iad.aaaaaaaaexamplevault000000000000000", cryptoEndpoint: "https://c" }), "assertion.vault.managementEndpoint", /management endpoint/],
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

  test("protected environments need HSM and a pinned image", () => {
    const problems = checkEnvironment(envWith((c) => (c.protect = true)));
    expect(problems.map((p) => p.field).sort()).toEqual(["assertion.function.imageDigest", "assertion.vault.protectionMode"]);
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

import type { EnvironmentConfig } from "../lib/config/environment";

/**
 * Development: one identity domain for OIC and Fusion (the special case), OIC
 * given explicitly (copied from the instance's IAM app) with its runtime URL,
 * a loopback redirect URI for the smoke test's login, identity propagation
 * with a software key, asserting a short list of users. Example values:
 * replace with your own.
 */
export const dev: EnvironmentConfig = {
  name: "dev",
  region: "us-ashburn-1",
  tenancyId: "ocid1.tenancy.oc1..aaaaaaaaexampletenancy0000000000000000000000000000000000",
  compartmentId: "ocid1.compartment.oc1..aaaaaaaaexampledevcompartment000000000000000000000000000",
  identityDomainUrl: "https://idcs-0123456789abcdef0123456789abcdef.identity.oraclecloud.com",
  oic: {
    appId: "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
    audience: "https://oic-dev-examplens-ia.integration.us-ashburn-1.ocp.oraclecloud.com:443",
    // The invoke policy of the assertion Function names this instance and no other.
    integrationInstanceId: "ocid1.integrationinstance.oc1.iad.amaaaaaaexampledevinstance000000000000000000000000000",
  },
  oicBaseUrl: "https://oic-dev-examplens-ia.integration.us-ashburn-1.ocp.oraclecloud.com",
  clientCredentialsApps: [{ name: "dev-oic-scheduler", caller: "scheduler" }],
  authCodeApps: [
    {
      name: "dev-oic-vbcs",
      redirectUris: ["https://vbcs-dev.example.com/ic/builder/rt/app/live/oauth2callback", "http://127.0.0.1:8765/callback"],
      allowLoopbackRedirect: true,
      users: ["integration.tester@example.com"],
    },
  ],
  fusion: {
    audience: "https://fa-dev-example.fa.ocs.oraclecloud.com:443",
    baseUrl: "https://fa-dev-example.fa.ocs.oraclecloud.com",
  },
  assertion: {
    trustedAppName: "dev-oic-fusion-assertion",
    certificatePath: "certs/dev.pem",
    allow: { users: ["integration.tester@example.com", "fusion.reader@example.com"] },
    vault: { protectionMode: "SOFTWARE" },
    function: {
      image: "iad.ocir.io/examplens/oic-access/assertion:0.1.0",
      subnetIds: ["ocid1.subnet.oc1.iad.aaaaaaaaexampledevsubnet0000000000000000000000000000000000"],
    },
  },
  smoke: { integration: { method: "GET", path: "HELLO_WORLD/1.0/hello", expectedStatus: 200 }, assertionUser: "integration.tester@example.com" },
};

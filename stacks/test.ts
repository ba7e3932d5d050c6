import type { EnvironmentConfig } from "../lib/config/environment";

/**
 * Test: OIC found from its integration instance; Fusion in its own identity
 * domain (federated with OIC's), holding the trusted app; HSM key; state in
 * Object Storage.
 */
export const test: EnvironmentConfig = {
  name: "test",
  region: "us-ashburn-1",
  tenancyId: "ocid1.tenancy.oc1..aaaaaaaaexampletenancy0000000000000000000000000000000000",
  compartmentId: "ocid1.compartment.oc1..aaaaaaaaexampletestcompartment00000000000000000000000000",
  identityDomainUrl: "https://idcs-0123456789abcdef0123456789abcdef.identity.oraclecloud.com",
  oic: { integrationInstanceId: "ocid1.integrationinstance.oc1.iad.amaaaaaaexampletestinstance00000000000000000000000000" },
  clientCredentialsApps: [
    { name: "test-oic-scheduler", caller: "scheduler" },
    { name: "test-oic-loganalytics", caller: "oci-service" },
  ],
  authCodeApps: [
    {
      name: "test-oic-vbcs",
      redirectUris: ["https://vbcs-test.example.com/ic/builder/rt/app/live/oauth2callback"],
      groups: ["OIC Test Users"],
    },
  ],
  fusion: {
    audience: "https://fa-test-example.fa.ocs.oraclecloud.com:443",
    baseUrl: "https://fa-test-example.fa.ocs.oraclecloud.com",
    identityDomainUrl: "https://idcs-3456789abcdef0123456789abcdef012.identity.oraclecloud.com",
  },
  assertion: {
    trustedAppName: "test-oic-fusion-assertion",
    certificatePath: "certs/test.pem",
    allow: { users: ["integration.tester@example.com"], groups: ["OIC Fusion Propagation Users"] },
    vault: {},
    function: {
      image: "iad.ocir.io/examplens/oic-access/assertion:0.1.0",
      subnetIds: ["ocid1.subnet.oc1.iad.aaaaaaaaexampletestsubnet000000000000000000000000000000000"],
      mode: "token",
    },
  },
  smoke: { integration: { method: "POST", path: "ORDER_SYNC/1.0/orders", body: { dryRun: true }, expectedStatus: 202 }, assertionUser: "integration.tester@example.com" },
  backend: { type: "oci-object-storage", namespace: "examplens", bucket: "oic-access-state-test", region: "us-ashburn-1" },
};

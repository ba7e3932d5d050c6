import type { EnvironmentConfig } from "../../lib/config/environment";

/**
 * An example, not a deployed environment (it is not in stacks/index.ts):
 * identity propagation signed by OIC itself (`assertion.mode: "oic-native"`)
 * across two identity domains. The trusted app and its certificate live in
 * Fusion's domain; the private key is uploaded to OIC's certificate store by
 * `npm run cert`; no Vault key, Function, dynamic group or invoke policy.
 * `npm run sandbox -- native` rehearses it offline.
 */
export const native: EnvironmentConfig = {
  name: "native",
  region: "us-ashburn-1",
  tenancyId: "ocid1.tenancy.oc1..aaaaaaaaexampletenancy0000000000000000000000000000000000",
  compartmentId: "ocid1.compartment.oc1..aaaaaaaaexamplenativecompartment000000000000000000000000",
  identityDomainUrl: "https://idcs-4567890abcdef0123456789abcdef0123.identity.oraclecloud.com",
  oic: {
    appId: "1b2c3d4e5f60718293a4b5c6d7e8f90a",
    audience: "https://oic-native-examplens-ia.integration.us-ashburn-1.ocp.oraclecloud.com:443",
  },
  oicBaseUrl: "https://oic-native-examplens-ia.integration.us-ashburn-1.ocp.oraclecloud.com",
  clientCredentialsApps: [
    { name: "native-oic-scheduler", caller: "scheduler" },
    // Uploads the signing key to OIC's certificate store and tests the connection (OIC's REST API).
    { name: "native-oic-admin", caller: "backend", extraRoles: ["ServiceAdministrator"] },
  ],
  authCodeApps: [
    {
      name: "native-oic-vbcs",
      redirectUris: ["https://vbcs-native.example.com/ic/builder/rt/app/live/oauth2callback"],
      users: ["integration.tester@example.com"],
    },
  ],
  fusion: {
    audience: "https://fa-native-example.fa.ocs.oraclecloud.com:443",
    baseUrl: "https://fa-native-example.fa.ocs.oraclecloud.com",
    identityDomainUrl: "https://idcs-56789abcdef0123456789abcdef01234.identity.oraclecloud.com",
  },
  assertion: {
    mode: "oic-native",
    trustedAppName: "native-oic-fusion-assertion",
    certificatePath: "certs/native.pem",
    oicNative: {
      connectionId: "FUSION_AS_CALLER",
      adapter: "rest",
      triggerSecurity: "oauth2",
      serviceInstanceName: "oic-native-examplens",
      adminApp: "native-oic-admin",
      callerIntegration: { method: "GET", path: "FUSION_AS_CALLER/1.0/whoami", expectedStatus: 200 },
    },
  },
  smoke: { integration: { method: "GET", path: "HELLO_WORLD/1.0/hello", expectedStatus: 200 }, assertionUser: "integration.tester@example.com" },
};

/** Example environments `npm run sandbox` can rehearse besides stacks/index.ts's. */
export const EXAMPLE_ENVIRONMENTS: readonly EnvironmentConfig[] = [native];

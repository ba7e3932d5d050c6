import type { EnvironmentConfig } from "../lib/config/environment";

/**
 * Production: protected (prevent_destroy on identity apps, grants and the
 * Vault key), image pinned by digest, no loopback redirect URI.
 */
export const prod: EnvironmentConfig = {
  name: "prod",
  region: "us-ashburn-1",
  tenancyId: "ocid1.tenancy.oc1..aaaaaaaaexampletenancy0000000000000000000000000000000000",
  compartmentId: "ocid1.compartment.oc1..aaaaaaaaexampleprodcompartment00000000000000000000000000",
  identityDomainUrl: "https://idcs-fedcba9876543210fedcba9876543210.identity.oraclecloud.com",
  oic: { integrationInstanceId: "ocid1.integrationinstance.oc1.iad.amaaaaaaexampleprodinstance00000000000000000000000000" },
  clientCredentialsApps: [
    { name: "prod-oic-scheduler", caller: "scheduler" },
    { name: "prod-oic-erp-backend", caller: "backend", extraRoles: ["ServiceUser"] },
  ],
  authCodeApps: [
    {
      name: "prod-oic-vbcs",
      redirectUris: ["https://vbcs.example.com/ic/builder/rt/app/live/oauth2callback"],
      groups: ["OIC Business Users"],
    },
  ],
  fusion: {
    audience: "https://fa-prod-example.fa.ocs.oraclecloud.com:443",
    baseUrl: "https://fa-prod-example.fa.ocs.oraclecloud.com",
  },
  assertion: {
    trustedAppName: "prod-oic-fusion-assertion",
    certificatePath: "certs/prod.pem",
    allow: { groups: ["OIC Fusion Propagation Users"] },
    vault: { protectionMode: "HSM", keyLengthBytes: 256 },
    function: {
      image: "iad.ocir.io/examplens/oic-access/assertion:0.1.0",
      // Example value: the digest of the image you pushed (an all-zero digest is refused).
      imageDigest: "sha256:4f0c1a7e2b9d3c5e8a6f1b0d2c4e6a8b9d1f3e5c7a9b0d2e4f6a8c0e2b4d6f8a",
      subnetIds: ["ocid1.subnet.oc1.iad.aaaaaaaaexampleprodsubnet000000000000000000000000000000000"],
      mode: "token",
    },
  },
  smoke: { integration: { method: "GET", path: "HEALTH_CHECK/1.0/ping", expectedStatus: 200 } },
  backend: { type: "oci-object-storage", namespace: "examplens", bucket: "oic-access-state", region: "us-ashburn-1" },
  protect: true,
};

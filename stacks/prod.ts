import type { EnvironmentConfig } from "../lib/config/environment";

/**
 * Production: protected (prevent_destroy on identity apps, grants and the
 * Vault key), image pinned by digest, no loopback redirect URI; Fusion in its
 * own identity domain, holding the trusted app; the Function asserts members
 * of one group only.
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
    identityDomainUrl: "https://idcs-89abcdef0123456789abcdef01234567.identity.oraclecloud.com",
  },
  assertion: {
    trustedAppName: "prod-oic-fusion-assertion",
    certificatePath: "certs/prod.pem",
    allow: { groups: ["OIC Fusion Propagation Users"] },
    vault: { protectionMode: "HSM", keyLengthBytes: 256 },
    function: {
      image: "iad.ocir.io/examplens/oic-access/assertion:0.1.0",
      // Example value: replace with the digest docker push prints (an all-zero digest is refused).
      imageDigest: "sha256:4f3c2b1a09e8d7c6b5a4938271605f4e3d2c1b0a9f8e7d6c5b4a39281706f5e4",
      subnetIds: ["ocid1.subnet.oc1.iad.aaaaaaaaexampleprodsubnet000000000000000000000000000000000"],
      mode: "token",
    },
  },
  smoke: { integration: { method: "GET", path: "HEALTH_CHECK/1.0/ping", expectedStatus: 200 }, assertionUser: "oic.smoke@example.com" },
  backend: { type: "oci-object-storage", namespace: "examplens", bucket: "oic-access-state-prod", region: "us-ashburn-1" },
  protect: true,
};

// The fake cloud's seed from what Terraform applied (state) and output: a
// hand-written `terraform show -json` document with two identity domains.
import { X509Certificate } from "node:crypto";
import { beforeAll, describe, expect, it } from "@jest/globals";
import { LEGACY_IDCS_AUDIENCE } from "../../contract/identity-domain";
import { createLocalCertificate } from "../../contract/local-signer";
import { OUTPUTS } from "../../contract/outputs";
import type { CloudSeed } from "../../sandbox/cloud/seed";
import { seedFromTerraform } from "../../sandbox/cloud/seed-from-terraform";
import type { IdentityDomainStandin } from "../../sandbox/standins/identity-domain";
import { freshSigner } from "../helpers/throwaway-signer";

const OIC_DOMAIN = "https://idcs-oic0000000000000000000000000000.identity.oraclecloud.com";
const FUSION_DOMAIN = "https://idcs-fa00000000000000000000000000000.identity.oraclecloud.com";
const OIC_AUD = "https://oic-dev.integration.us-ashburn-1.ocp.oraclecloud.com:443";
const FUSION_AUD = "https://fa-dev.fa.ocs.oraclecloud.com:443";
const CONSUMER = "urn:opc:resource:consumer::all";
const FN = "ocid1.fnfunc.oc1.iad.assert";

const managed = (type: string, values: Record<string, unknown>) => ({ mode: "managed", type, values });

function terraformState(certificateDer: string): unknown {
  return {
    values: {
      root_module: {
        resources: [
          { mode: "data", type: "oci_identity_domains_app_roles", values: { app_roles: [{ id: "role-1", display_name: "ServiceInvoker" }] } },
          { mode: "data", type: "oci_identity_domains_users", values: { users: [{ id: "user-1", user_name: "jane.doe@example.com" }] } },
          managed("oci_identity_domains_app", { id: "app-cc", name: "dev-cc", idcs_endpoint: OIC_DOMAIN, client_secret: "secret-cc-from-apply", client_type: "confidential", allowed_grants: ["client_credentials"], allowed_scopes: [{ fqs: `${OIC_AUD}${CONSUMER}` }], active: true }),
          managed("oci_identity_domains_app", { id: "app-ac", name: "dev-ac", idcs_endpoint: OIC_DOMAIN, client_secret: "secret-ac-from-apply", client_type: "confidential", allowed_grants: ["authorization_code", "refresh_token"], allowed_scopes: [{ fqs: `${OIC_AUD}${CONSUMER}` }, { fqs: "offline_access" }], redirect_uris: ["https://vbcs.example.com/cb"], active: true }),
          managed("oci_identity_domains_app", { id: "app-tr", name: "dev-assert", idcs_endpoint: FUSION_DOMAIN, client_type: "trusted", allowed_grants: ["urn:ietf:params:oauth:grant-type:jwt-bearer"], allowed_scopes: [{ fqs: `${FUSION_AUD}${CONSUMER}` }], certificates: [{ cert_alias: "dev-assert-v1" }], active: true }),
          managed("oci_identity_domains_oauth_client_certificate", { certificate_alias: "dev-assert-v1", x509base64certificate: certificateDer, idcs_endpoint: FUSION_DOMAIN }),
          managed("oci_identity_domains_grant", { idcs_endpoint: OIC_DOMAIN, grantee: [{ type: "App", value: "app-cc" }], entitlement: [{ attribute_value: "role-1" }] }),
          managed("oci_identity_domains_grant", { idcs_endpoint: OIC_DOMAIN, grantee: [{ type: "User", value: "user-1" }], entitlement: [{ attribute_value: "role-1" }] }),
          managed("oci_functions_function", { id: FN, config: { ALLOWED_GROUPS: "Fusion Callers", TOKEN_URL: `${FUSION_DOMAIN}/oauth2/v1/token` } }),
        ],
      },
    },
  };
}

const OUTPUT_VALUES: Record<string, unknown> = {
  [OUTPUTS.identityDomainUrl]: OIC_DOMAIN,
  [OUTPUTS.oicAudience]: OIC_AUD,
  [OUTPUTS.oicScope]: `${OIC_AUD}${CONSUMER}`,
  [OUTPUTS.oicBaseUrl]: "https://oic-dev.integration.us-ashburn-1.ocp.oraclecloud.com",
  [OUTPUTS.integrationMethod]: "POST",
  [OUTPUTS.integrationPath]: "/ic/api/integration/v1/flows/rest/PING/1.0/ping",
  [OUTPUTS.integrationExpectedStatus]: 202,
  [OUTPUTS.clientCredentialsClientId]: "dev-cc",
  [OUTPUTS.authCodeClientId]: "dev-ac",
  [OUTPUTS.fusionIdentityDomainUrl]: FUSION_DOMAIN,
  [OUTPUTS.trustedClientId]: "dev-assert",
  [OUTPUTS.fusionScope]: `${FUSION_AUD}${CONSUMER}`,
  [OUTPUTS.fusionBaseUrl]: "https://fa-dev.fa.ocs.oraclecloud.com",
  [OUTPUTS.assertionFunctionInvokeEndpoint]: "https://abc.us-ashburn-1.functions.oci.oraclecloud.com",
  [OUTPUTS.signingKeyCryptoEndpoint]: "https://vault-crypto.kms.us-ashburn-1.oraclecloud.com",
};

describe("seedFromTerraform", () => {
  let der: string;
  let seed: CloudSeed;
  beforeAll(async () => {
    der = new X509Certificate((await createLocalCertificate(freshSigner("dev-assert-v1"))).pem).raw.toString("base64");
    seed = seedFromTerraform(terraformState(der), OUTPUT_VALUES, { env: "dev", users: ["smoke.user@example.com"] });
  });

  it("puts each app in the domain its idcs_endpoint names, with the secret Terraform applied", () => {
    expect(seed.fusion).not.toBe(seed.oic);
    expect(seed.domainUrls).toEqual({ oic: OIC_DOMAIN, fusion: FUSION_DOMAIN });
    expect([...seed.oic.apps.keys()]).toEqual(["dev-cc", "dev-ac"]);
    expect([...seed.fusion.apps.keys()]).toEqual(["dev-assert"]);
    expect(seed.oic.app("dev-cc").secret).toBe("secret-cc-from-apply");
    expect(seed.oic.app("dev-ac").scopes).toEqual([`${OIC_AUD}${CONSUMER}`]);
    expect(seed.fusion.app("dev-assert").clientType).toBe("trusted");
  });

  it("trusts the certificate in the state under its alias", () => {
    const key = seed.fusion.app("dev-assert").certificates.get("dev-assert-v1");
    expect(key?.equals(new X509Certificate(Buffer.from(der, "base64")).publicKey)).toBe(true);
  });

  it("grants by the names behind the ids Terraform resolved; the directly granted user logs in", () => {
    expect(seed.oic.hasRole({ type: "App", name: "dev-cc" }, "ServiceInvoker")).toBe(true);
    expect(seed.oic.hasRole({ type: "User", name: "jane.doe@example.com" }, "ServiceInvoker")).toBe(true);
    expect(seed.loginUser).toBe("jane.doe@example.com");
  });

  it("federates the smoke's users into both domains and into the groups the Function allows", () => {
    expect(seed.oic.users.has("smoke.user@example.com")).toBe(true);
    expect(seed.fusion.users.has("smoke.user@example.com")).toBe(true);
    expect(seed.fusion.users.has("jane.doe@example.com")).toBe(true);
    expect([...(seed.fusion.groups.get("Fusion Callers") ?? [])]).toEqual(["smoke.user@example.com"]);
  });

  it("names OIC, Fusion, the integration and the Functions as the outputs do", () => {
    expect(seed.oicAudience).toBe(OIC_AUD);
    expect(seed.oicBaseUrl).toBe("https://oic-dev.integration.us-ashburn-1.ocp.oraclecloud.com");
    expect(seed.oic.resources).toEqual([{ kind: "oic", audience: OIC_AUD, scope: CONSUMER }]);
    expect(seed.fusion.resources).toEqual([{ kind: "fusion", audience: FUSION_AUD, scope: CONSUMER }]);
    expect(seed.integrations).toEqual([{ method: "POST", path: "PING/1.0/ping", status: 202 }]);
    expect(seed.fusionResource).toEqual({ audience: FUSION_AUD, baseUrl: "https://fa-dev.fa.ocs.oraclecloud.com", smokePath: "/hcmRestApi/resources/11.13.18.05/userAccounts?limit=1" });
    expect(seed.functions).toEqual({
      configs: { [FN]: { ALLOWED_GROUPS: "Fusion Callers", TOKEN_URL: `${FUSION_DOMAIN}/oauth2/v1/token` } },
      invokeEndpoint: "https://abc.us-ashburn-1.functions.oci.oraclecloud.com",
      cryptoEndpoint: "https://vault-crypto.kms.us-ashburn-1.oraclecloud.com",
    });
  });

  it("asks for a loopback redirect on a free port and hands Terraform's outputs on unchanged", () => {
    expect(seed.loopbackRedirectFor).toBe("dev-ac");
    expect(seed.trustedKey).toBeUndefined();
    expect(seed.outputs({ oic: {} as IdentityDomainStandin, fusion: {} as IdentityDomainStandin })).toEqual(OUTPUT_VALUES);
    expect(seed.notes).toEqual([`two identity domains: OIC's (${OIC_DOMAIN}) and Fusion's (${FUSION_DOMAIN}), each with its own signing key`]);
  });

  it("asks for a free-port redirect even where the stack declares a loopback one (dev's 8765: two rehearsals at once)", () => {
    const state = JSON.parse(JSON.stringify(terraformState(der)).replace('"https://vbcs.example.com/cb"', '"https://vbcs.example.com/cb","http://127.0.0.1:8765/callback"')) as unknown;
    const declared = seedFromTerraform(state, OUTPUT_VALUES, { env: "dev", users: [] });
    expect(declared.oic.app("dev-ac").redirectUris).toEqual(["https://vbcs.example.com/cb", "http://127.0.0.1:8765/callback"]);
    expect(declared.loopbackRedirectFor).toBe("dev-ac");
  });

  it("accepts the legacy IDCS aud only where the outputs name it", () => {
    expect(seed.fusion.acceptLegacyAudience).toBe(false);
    const legacy = seedFromTerraform(terraformState(der), { ...OUTPUT_VALUES, [OUTPUTS.assertionAudience]: LEGACY_IDCS_AUDIENCE }, { env: "dev", users: [] });
    expect(legacy.fusion.acceptLegacyAudience).toBe(true);
  });

  it("holds everything in one domain when the outputs name one", () => {
    const oneDomain = Object.fromEntries(Object.entries(OUTPUT_VALUES).filter(([name]) => name !== OUTPUTS.fusionIdentityDomainUrl));
    const state = JSON.parse(JSON.stringify(terraformState(der)).replaceAll(FUSION_DOMAIN, OIC_DOMAIN)) as unknown;
    const one = seedFromTerraform(state, oneDomain, { env: "dev", users: [] });
    expect(one.fusion).toBe(one.oic);
    expect([...one.oic.apps.keys()]).toEqual(["dev-cc", "dev-ac", "dev-assert"]);
    expect(one.oic.resources.map((r) => r.kind)).toEqual(["oic", "fusion"]);
  });
});

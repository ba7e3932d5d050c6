import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_FUSION_SMOKE_PATH, OutputsFileError, readDeployedOutputs, readOutputsFile } from "../../contract/deployed-outputs";
import { LEGACY_IDCS_AUDIENCE } from "../../contract/identity-domain";

const OIC_DOMAIN = "https://idcs-oic.identity.oraclecloud.com";
const FUSION_DOMAIN = "https://idcs-fa.identity.oraclecloud.com";

describe("readDeployedOutputs: what the stack wrote, derived once where an older stack did not", () => {
  test("reads the values as written, the legacy aud included", () => {
    const d = readDeployedOutputs({
      identity_domain_url: OIC_DOMAIN,
      token_url: `${OIC_DOMAIN}/oauth2/v1/token`,
      fusion_identity_domain_url: FUSION_DOMAIN,
      fusion_token_url: `${FUSION_DOMAIN}/oauth2/v1/token`,
      assertion_audience: LEGACY_IDCS_AUDIENCE,
      trusted_client_id: "dev-trusted",
      fusion_smoke_path: "/x",
      apps: JSON.stringify([{ name: "dev-ui", flow: "authorization-code" }]),
      auth_code_client_id: "dev-ui",
      auth_code_redirect_uris: ["https://ui.example.com/cb"],
      signing_key_id: "ocid1.key.oc1.iad.k",
    });
    expect(d.trustedDomain).toEqual({ url: FUSION_DOMAIN, named: true, tokenUrl: `${FUSION_DOMAIN}/oauth2/v1/token`, assertionAudience: LEGACY_IDCS_AUDIENCE });
    expect(d.trusted).toMatchObject({ clientId: "dev-trusted", fusionSmokePath: "/x" });
    expect(d.apps).toEqual([{ name: "dev-ui", flow: "authorization-code" }]);
    expect(d.authCode?.redirectUris).toEqual(["https://ui.example.com/cb"]);
    expect(d.signingKey.keyId).toBe("ocid1.key.oc1.iad.k");
  });

  test("derives token URLs, aud and the Fusion smoke path through the contract's functions when absent", () => {
    const d = readDeployedOutputs({ identity_domain_url: `${OIC_DOMAIN}/`, trusted_client_id: "t" });
    expect(d.tokenUrl).toBe(`${OIC_DOMAIN}/oauth2/v1/token`);
    expect(d.authorizeUrl).toBe(`${OIC_DOMAIN}/oauth2/v1/authorize`);
    // One domain: the trusted app is in OIC's.
    expect(d.trustedDomain).toEqual({ url: `${OIC_DOMAIN}/`, named: false, tokenUrl: `${OIC_DOMAIN}/oauth2/v1/token`, assertionAudience: `${OIC_DOMAIN}/` });
    expect(d.trusted?.fusionSmokePath).toBe(DEFAULT_FUSION_SMOKE_PATH);
    const two = readDeployedOutputs({ token_url: `${OIC_DOMAIN}/oauth2/v1/token`, fusion_identity_domain_url: FUSION_DOMAIN });
    expect(two.trustedDomain).toEqual({ url: FUSION_DOMAIN, named: true, tokenUrl: `${FUSION_DOMAIN}/oauth2/v1/token`, assertionAudience: `${FUSION_DOMAIN}/` });
    expect(two.trusted).toBeUndefined();
  });

  test("the outputs file: the environment's block, or an OutputsFileError that says why", () => {
    const dir = mkdtempSync(join(tmpdir(), "oic-outputs-"));
    const file = join(dir, "o.json");
    writeFileSync(file, JSON.stringify({ dev: { token_url: "x" } }));
    expect(readOutputsFile(file, "dev")).toEqual({ token_url: "x" });
    expect(readOutputsFile(join(dir, "none.json"), "dev", { optional: true })).toBeUndefined();
    const reason = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(OutputsFileError);
        return (e as OutputsFileError).reason;
      }
      throw new Error("no error");
    };
    expect(reason(() => readOutputsFile(file, "prod"))).toBe("no-environment");
    expect(reason(() => readOutputsFile(join(dir, "none.json"), "dev"))).toBe("unreadable");
    writeFileSync(file, "{");
    expect(reason(() => readOutputsFile(file, "dev"))).toBe("not-json");
  });
});

import { FunctionConfigError, loadFunctionConfig } from "../../function/src/config";

const FUSION_DOMAIN = "https://idcs-fa1.identity.oraclecloud.com";
/** `base` without the Fusion domain key. */
function withoutFusion(): Record<string, string> {
  const copy: Record<string, string> = { ...base };
  delete copy.FUSION_IDENTITY_DOMAIN_URL;
  return copy;
}

const base = {
  FUSION_IDENTITY_DOMAIN_URL: FUSION_DOMAIN,
  ASSERTION_AUDIENCE: `${FUSION_DOMAIN}/`,
  TRUSTED_CLIENT_ID: "trusted",
  CERT_ALIAS: "trusted-abc123",
  DEFAULT_SCOPE: "https://fa.example.com:443urn:opc:resource:consumer::all",
};

function problem(env: Record<string, string>, requireKms = false): string {
  try {
    loadFunctionConfig(env, { requireKms });
  } catch (e) {
    expect(e).toBeInstanceOf(FunctionConfigError);
    return (e as Error).message;
  }
  throw new Error("expected a FunctionConfigError");
}

describe("loadFunctionConfig", () => {
  it("reads a payload-mode configuration with defaults", () => {
    const c = loadFunctionConfig(base, { requireKms: false });
    expect(c.mode).toBe("payload");
    // Oracle's "Client/User JWT Assertion": the domain URL of the trusted app must be in aud.
    expect(c.assertionAudience).toBe(`${FUSION_DOMAIN}/`);
    expect([...c.allowedScopes]).toEqual([base.DEFAULT_SCOPE]);
    // Nothing allowed: nobody is asserted.
    expect(c.allow).toEqual({ anyFederatedUser: false, users: new Set(), groups: [] });
    expect(c.kms).toBeUndefined();
  });

  it("reads lists, lower-cases users and always allows the default scope", () => {
    const c = loadFunctionConfig(
      { ...base, ALLOWED_SCOPES: " https://a:443x , https://b:443y,", ALLOWED_USERS: "Jane@Example.com, bob ", MODE: "TOKEN", TOKEN_URL: "https://idcs-1.identity.oraclecloud.com/oauth2/v1/token" },
      { requireKms: false },
    );
    expect(c.mode).toBe("token");
    expect([...c.allowedScopes]).toEqual(["https://a:443x", "https://b:443y", base.DEFAULT_SCOPE]);
    expect([...c.allow.users]).toEqual(["jane@example.com", "bob"]);
  });

  it("reads aud as the stack set it, never derives it: the legacy value as given, a missing one is a configuration problem", () => {
    const legacy = loadFunctionConfig({ ...base, ASSERTION_AUDIENCE: "https://identity.oraclecloud.com/" }, { requireKms: false });
    expect(legacy.assertionAudience).toBe("https://identity.oraclecloud.com/");
    const noAud: Record<string, string> = { ...base };
    delete noAud.ASSERTION_AUDIENCE;
    expect(problem(noAud)).toMatch(/missing ASSERTION_AUDIENCE/);
    expect(problem({ ...base, ASSERTION_AUDIENCE: "not a url" })).toMatch(/ASSERTION_AUDIENCE is not a URL/);
  });

  it("reads groups and the explicit any-federated-user opt-in", () => {
    const c = loadFunctionConfig({ ...base, ALLOWED_GROUPS: "Fusion Propagation, HR", ALLOW_ANY_FEDERATED_USER: "false" }, { requireKms: false });
    expect(c.allow).toEqual({ anyFederatedUser: false, users: new Set(), groups: ["Fusion Propagation", "HR"] });
    expect(loadFunctionConfig({ ...base, ALLOW_ANY_FEDERATED_USER: "TRUE" }, { requireKms: false }).allow.anyFederatedUser).toBe(true);
    expect(problem({ ...base, ALLOW_ANY_FEDERATED_USER: "yes" })).toMatch(/ALLOW_ANY_FEDERATED_USER must be "true" or "false"/);
    const noFusion = withoutFusion();
    expect(problem({ ...noFusion, ASSERTION_AUDIENCE: "https://x/", ALLOWED_GROUPS: "HR" })).toMatch(/ALLOWED_GROUPS needs FUSION_IDENTITY_DOMAIN_URL/);
  });

  it("refuses an allow-list entry that is not a safe user name", () => {
    expect(problem({ ...base, ALLOWED_USERS: "kate,\u212Aate" })).toMatch(/ALLOWED_USERS entry .* holds U\+212A/);
    expect(problem({ ...base, ALLOWED_USERS: "bob\u202Etxt" })).toMatch(/U\+202E/);
  });

  it("names every missing key at once", () => {
    expect(problem({ MODE: "token" }, true)).toMatch(
      /missing TRUSTED_CLIENT_ID, CERT_ALIAS, TOKEN_URL, DEFAULT_SCOPE, KMS_KEY_ID, KMS_KEY_VERSION_ID, KMS_CRYPTO_ENDPOINT/,
    );
  });

  it("refuses a bad mode and non-https endpoints", () => {
    expect(problem({ ...base, MODE: "both" })).toMatch(/MODE must be "payload" or "token"/);
    expect(problem({ ...base, MODE: "token", TOKEN_URL: "http://idcs.example.com/oauth2/v1/token" })).toMatch(/TOKEN_URL must be an https URL/);
    expect(problem({ ...base, TOKEN_URL: "not a url" })).toMatch(/TOKEN_URL is not a URL/);
    expect(
      problem({ ...base, KMS_KEY_ID: "k", KMS_KEY_VERSION_ID: "v", KMS_CRYPTO_ENDPOINT: "http://kms.example.com" }, true),
    ).toMatch(/KMS_CRYPTO_ENDPOINT must be an https URL/);
  });

  it("accepts plain http only towards a loopback stand-in", () => {
    const c = loadFunctionConfig({ ...base, MODE: "token", TOKEN_URL: "http://127.0.0.1:4000/oauth2/v1/token" }, { requireKms: false });
    expect(c.tokenUrl).toBe("http://127.0.0.1:4000/oauth2/v1/token");
  });

  it("collects the Vault settings", () => {
    const c = loadFunctionConfig(
      { ...base, KMS_KEY_ID: "ocid1.key.oc1..k", KMS_KEY_VERSION_ID: "ocid1.keyversion.oc1..v", KMS_CRYPTO_ENDPOINT: "https://x-crypto.kms.us-ashburn-1.oraclecloud.com" },
      { requireKms: true },
    );
    expect(c.kms).toEqual({ keyId: "ocid1.key.oc1..k", keyVersionId: "ocid1.keyversion.oc1..v", cryptoEndpoint: "https://x-crypto.kms.us-ashburn-1.oraclecloud.com" });
  });
});

import { FunctionConfigError, DEFAULT_ASSERTION_AUDIENCE, loadFunctionConfig } from "../../function/src/config";

const base = {
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
    expect(c.assertionAudience).toBe(DEFAULT_ASSERTION_AUDIENCE);
    expect([...c.allowedScopes]).toEqual([base.DEFAULT_SCOPE]);
    expect(c.allowedUsers).toBeNull();
    expect(c.kms).toBeUndefined();
  });

  it("reads lists, lower-cases users and always allows the default scope", () => {
    const c = loadFunctionConfig(
      { ...base, ALLOWED_SCOPES: " https://a:443x , https://b:443y,", ALLOWED_USERS: "Jane@Example.com, bob ", MODE: "TOKEN", TOKEN_URL: "https://idcs-1.identity.oraclecloud.com/oauth2/v1/token" },
      { requireKms: false },
    );
    expect(c.mode).toBe("token");
    expect([...c.allowedScopes]).toEqual(["https://a:443x", "https://b:443y", base.DEFAULT_SCOPE]);
    expect([...c.allowedUsers!]).toEqual(["jane@example.com", "bob"]);
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

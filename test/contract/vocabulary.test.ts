import { allowRuleConfig, allowsAnyone } from "../../contract/allow-rule";
import { certificatePaths } from "../../contract/certificate-files";
import { OicAccessError } from "../../contract/errors";
import { GRANT_TYPES, LEGACY_IDCS_AUDIENCE, assertionAudience, authorizeUrl, tokenUrl } from "../../contract/identity-domain";
import { INTEGRATION_PREFIX, integrationPath } from "../../contract/integration-path";
import { isLoopbackHost, isLoopbackUrl } from "../../contract/loopback";
import { ConfigError } from "../../lib/config/config-error";
import { SafetyRuleError, UnknownEnvironmentError, ValidationError } from "../../lib/errors";

const DOMAIN = "https://idcs-0123456789abcdef0123456789abcdef.identity.oraclecloud.com";

describe("contract/: the vocabulary lib/ and function/ share", () => {
  test("identity-domain URLs and the assertions' aud (the domain URL with a slash, as Oracle's sample writes it)", () => {
    expect(tokenUrl(`${DOMAIN}/`)).toBe(`${DOMAIN}/oauth2/v1/token`);
    expect(authorizeUrl(DOMAIN)).toBe(`${DOMAIN}/oauth2/v1/authorize`);
    expect(assertionAudience(DOMAIN)).toBe(`${DOMAIN}/`);
    expect(assertionAudience(`${DOMAIN}/`)).toBe(`${DOMAIN}/`);
    expect(assertionAudience(DOMAIN, { legacyIdcsAudience: true })).toBe(LEGACY_IDCS_AUDIENCE);
    expect(GRANT_TYPES.jwtBearer).toBe("urn:ietf:params:oauth:grant-type:jwt-bearer");
  });

  test("integration paths", () => {
    expect(integrationPath("HELLO/1.0/hi")).toBe(`${INTEGRATION_PREFIX}HELLO/1.0/hi`);
    expect(integrationPath("/HELLO/1.0/hi")).toBe(`${INTEGRATION_PREFIX}HELLO/1.0/hi`);
    expect(integrationPath(`${INTEGRATION_PREFIX}HELLO/1.0/hi`)).toBe(`${INTEGRATION_PREFIX}HELLO/1.0/hi`);
  });

  test("loopback hosts", () => {
    for (const h of ["127.0.0.1", "localhost", "[::1]", "::1", "LOCALHOST"]) expect(isLoopbackHost(h)).toBe(true);
    for (const h of ["127.0.0.1.example.com", "example.com", "10.0.0.1"]) expect(isLoopbackHost(h)).toBe(false);
    expect(isLoopbackUrl("http://[::1]:8080/cb")).toBe(true);
    expect(isLoopbackUrl("not a url")).toBe(false);
  });

  test("the allow rule as Function configuration: lists, or the explicit opt-in; empty asserts nobody", () => {
    expect(allowRuleConfig({ users: ["a", "b"], groups: ["G"] })).toEqual({ ALLOWED_USERS: "a,b", ALLOWED_GROUPS: "G" });
    expect(allowRuleConfig({ anyFederatedUser: true })).toEqual({ ALLOW_ANY_FEDERATED_USER: "true" });
    expect(allowRuleConfig(undefined)).toEqual({ ALLOWED_USERS: "", ALLOWED_GROUPS: "" });
    expect(allowsAnyone(undefined)).toBe(false);
    expect(allowsAnyone({ users: [] })).toBe(false);
    expect(allowsAnyone({ groups: ["G"] })).toBe(true);
  });

  test("certificate files of an environment", () => {
    expect(certificatePaths("certs", "dev")).toEqual({ pem: "certs/dev.pem", sidecar: "certs/dev.json", previousPem: "certs/dev.previous.pem", previousSidecar: "certs/dev.previous.json" });
  });

  test("one coded error family: told apart by class and code, never by message", () => {
    const errors: OicAccessError[] = [
      new ConfigError([]),
      new ValidationError("REDIRECT_URI_NOT_HTTPS", "x", "dev/ac"),
      new UnknownEnvironmentError(["staging"], ["dev"]),
      new SafetyRuleError([]),
    ];
    expect(errors.map((e) => [e instanceof OicAccessError, e.code, e.name])).toEqual([
      [true, "CONFIG", "ConfigError"],
      [true, "REDIRECT_URI_NOT_HTTPS", "ValidationError"],
      [true, "UNKNOWN_ENVIRONMENT", "UnknownEnvironmentError"],
      [true, "SAFETY_RULE", "SafetyRuleError"],
    ]);
  });
});

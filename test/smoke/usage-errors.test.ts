// Usage mistakes are one line that names the problem and the fix: a malformed
// URL in the outputs file, an unknown environment, bad options, and the
// sandbox's own arguments.
import { describe, expect, it } from "@jest/globals";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UsageError } from "../../lib/errors";
import { parseSandboxArgs, SANDBOX_USAGE } from "../../sandbox/rehearsal/args";
import { InputError, resolveInputs, urlProblem } from "../../tools/smoke/inputs";
import { DEFAULT_PROPAGATION_WAIT_SECONDS, JUST_DEPLOYED_PROPAGATION_WAIT_SECONDS, parseSmokeArgs } from "../../tools/smoke/options";
import { defaultDeps } from "../../tools/smoke/context";
import { runSmoke } from "../../tools/smoke/run";

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected a throw");
}

const ENVS = [{ name: "dev", smoke: { assertionUser: "smoke.user@example.com" } }, { name: "test" }, { name: "prod" }];

const GOOD = {
  token_url: "https://idcs-x.identity.oraclecloud.com/oauth2/v1/token",
  oic_audience: "https://oic.example.com:443",
  oic_scope: "https://oic.example.com:443urn:opc:resource:consumer::all",
  oic_base_url: "https://oic.example.com",
  client_credentials_client_id: "cc",
  auth_code_client_id: "ac",
  auth_code_redirect_uris: ["https://vbcs.example.com/cb", "http://127.0.0.1:8765/callback"],
  trusted_client_id: "tr",
  fusion_base_url: "https://fa.example.com",
  assertion_function_invoke_endpoint: "https://abc.us-ashburn-1.functions.oci.oraclecloud.com",
};

describe("URLs in the outputs file", () => {
  it("accepts well-formed https URLs, and http only on loopback", () => {
    expect(() => resolveInputs("dev", GOOD, {})).not.toThrow();
    expect(urlProblem("http://127.0.0.1:4000/oauth2/v1/token")).toBeUndefined();
  });

  it.each([
    ["oic_base_url", "oic.example.com", "no scheme"],
    ["oic_base_url", "https://oic.example.com /x", "whitespace"],
    ["token_url", "http://idcs-x.identity.oraclecloud.com/oauth2/v1/token", 'scheme is "http"'],
    ["token_url", "https://", "does not parse"],
    ["fusion_base_url", "ftp://fa.example.com", 'scheme is "ftp"'],
    ["oic_audience", "https://user:pw@oic.example.com:443", "user name or password"],
    ["assertion_function_invoke_endpoint", "https://fn.example.com/#x", "fragment"],
    ["identity_domain_url", "htps//idcs.example.com", "no scheme"],
  ])("%s = %j: one line naming the output, the problem and the fix", (key, value, problem) => {
    const outputs: Record<string, unknown> = { ...GOOD, [key]: value };
    if (key === "identity_domain_url") delete outputs.token_url;
    const err = thrown(() => resolveInputs("dev", outputs, {}, {}, 'outputs file "o.json"'));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).not.toContain("\n");
    expect(err.message).toContain(`output ${key} = ${JSON.stringify(value)}`);
    expect(err.message).toContain(problem);
    expect(err.message).toMatch(/fix the value in stacks\/dev\.ts/);
    expect(err.message.startsWith('outputs file "o.json"')).toBe(true);
  });

  it("a redirect URI that is not a URL", () => {
    const err = thrown(() => resolveInputs("dev", { ...GOOD, auth_code_redirect_uris: ["https://ok.example.com/cb", "not a uri"] }, {}));
    expect(err.message).toContain("output auth_code_redirect_uris");
    expect(err.message).not.toContain("\n");
  });

  it("runSmoke rejects the run before any request, naming the outputs file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "oic-smoke-url-"));
    const file = join(dir, "outputs.json");
    writeFileSync(file, JSON.stringify({ dev: { ...GOOD, oic_base_url: "https//oic.example.com" } }));
    let requests = 0;
    const fetch = (async () => {
      requests++;
      throw new Error("no network");
    }) as unknown as typeof globalThis.fetch;
    await expect(runSmoke(parseSmokeArgs(["dev", "--outputs", file], {}), defaultDeps({ fetch, log: () => {} }), { vars: {} })).rejects.toThrow(
      new RegExp(`^outputs file "${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}": output oic_base_url = "https//oic.example.com" is not a usable URL: it has no scheme`),
    );
    expect(requests).toBe(0);
  });
});

describe("smoke arguments", () => {
  it("an unknown environment names the known ones", () => {
    const err = thrown(() => parseSmokeArgs(["stage"], {}, ENVS));
    expect(err).toBeInstanceOf(UsageError);
    expect(err.message).toBe('unknown environment "stage"; use one of dev, test, prod (declared in stacks/index.ts)');
  });

  it("flow C's user defaults to the environment's smoke.assertionUser; --user wins", () => {
    expect(parseSmokeArgs(["dev"], {}, ENVS)).toMatchObject({ user: "smoke.user@example.com", userSource: "smoke.assertionUser" });
    expect(parseSmokeArgs(["dev", "--user", "bob"], {}, ENVS)).toMatchObject({ user: "bob", userSource: "--user" });
    expect(parseSmokeArgs(["test"], {}, ENVS).user).toBeUndefined();
  });

  it("a short wait budget by default, a long one only when asked", () => {
    expect(DEFAULT_PROPAGATION_WAIT_SECONDS).toBeLessThanOrEqual(30);
    expect(parseSmokeArgs(["dev"], {}).propagationWaitSeconds).toBe(DEFAULT_PROPAGATION_WAIT_SECONDS);
    expect(parseSmokeArgs(["dev", "--just-deployed"], {}).propagationWaitSeconds).toBe(JUST_DEPLOYED_PROPAGATION_WAIT_SECONDS);
    expect(parseSmokeArgs(["dev", "--just-deployed", "--propagation-wait", "90"], {}).propagationWaitSeconds).toBe(90);
  });

  it.each([
    [["dev", "--connect-to", "oic.example.com=http://127.0.0.1:1"], "is not a URL"],
    [["dev", "--connect-to", "https://oic.example.com=127.0.0.1:1"], "give an origin such as"],
    [["dev", "--connect-to", "https://oic.example.com=http://10.0.0.1:1"], "not a loopback address"],
    [["dev", "--frobnicate"], "unknown option --frobnicate"],
    [[], "missing environment name"],
    [["dev", "logout"], 'unknown command "logout"'],
    [["dev", "--propagation-wait", "soon"], "--propagation-wait must be"],
    [["dev", "--outputs"], "--outputs needs a value"],
    [["dev", "--outputs", "--flows", "a"], "--outputs needs a value"],
    [["dev", "--just-deployed=yes"], "--just-deployed takes no value"],
  ])("%j: one line", (argv, text) => {
    const err = thrown(() => parseSmokeArgs(argv, {}));
    expect(err).toBeInstanceOf(UsageError);
    expect(err.message).toContain(text);
    expect(err.message).not.toContain("\n");
  });
});

describe("parseSandboxArgs", () => {
  const known = ["dev", "test", "prod"];

  it("defaults to dev; takes an environment and --json", () => {
    expect(parseSandboxArgs([], known)).toEqual({ env: "dev" });
    expect(parseSandboxArgs(["test", "--json", "r.json"], known)).toEqual({ env: "test", json: "r.json" });
    expect(parseSandboxArgs(["--json=r.json", "prod"], known)).toEqual({ env: "prod", json: "r.json" });
    expect(parseSandboxArgs(["--", "test"], known)).toEqual({ env: "test" });
  });

  it("--help and -h ask for the usage, whatever else is there", () => {
    expect(parseSandboxArgs(["--help"], known)).toEqual({ env: "dev", help: true });
    expect(parseSandboxArgs(["nope", "-h"], known)).toMatchObject({ help: true });
    expect(SANDBOX_USAGE).toMatch(/^usage: npm run sandbox/);
  });

  it.each([
    [["stage"], "unknown-environment", 'unknown environment "stage"; use one of dev, test, prod'],
    [["--verbose"], "unknown-option", 'unknown option "--verbose"'],
    [["dev", "--json"], "missing-value", "--json needs a file name"],
    [["dev", "--json", "--help2"], "missing-value", "--json needs a file name"],
    [["dev", "test"], "extra-argument", "give one environment"],
  ])("%j -> %s", (argv, code, text) => {
    const err = thrown(() => parseSandboxArgs(argv, known));
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).code).toBe("USAGE");
    expect((err as UsageError).reason).toBe(code);
    expect((err as UsageError).usage).toBe(SANDBOX_USAGE);
    expect((err as UsageError).exitCode).toBe(2);
    expect(err.message).toContain(text);
    expect(err.message).not.toContain("\n");
  });

  it("an unknown environment never echoes control characters", () => {
    const err = thrown(() => parseSandboxArgs(["dev\n## heading"], known));
    expect(err.message).not.toContain("\n");
  });
});

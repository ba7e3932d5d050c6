// Each safety rule (lib/rules/), written once: a compliant and a
// non-compliant case through the rule itself and through its Aspect on a
// stack; config validation reports the same text; an acknowledgement with a
// reason silences a finding and shows in the synth summary.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TerraformStack, Testing } from "cdktf";
import type { Construct } from "constructs";
import { FunctionsFunction } from "../../.gen/providers/oci/functions-function";
import { IdentityDomainsApp } from "../../.gen/providers/oci/identity-domains-app";
import { KmsKey } from "../../.gen/providers/oci/kms-key";
import { OciProvider } from "../../.gen/providers/oci/provider";
import { acknowledgeRule, applySafetyRules, collectRuleFindings, collectRuleViolations } from "../../lib/aspects";
import type { FunctionAssertionConfig } from "../../lib/config/environment";
import { checkEnvironment } from "../../lib/config/validate";
import { ValidationError } from "../../lib/errors";
import {
  ASSERTION_ALLOW_RULE,
  ASSERTION_ANY_USER_RULE,
  HSM_KEY_RULE,
  ONE_RESOURCE_RULE,
  PINNED_IMAGE_RULE,
  PROTECTED_RESOURCES_RULE,
  REDIRECT_RULE,
  RULES,
  type Rule,
} from "../../lib/rules";
import { describeStack } from "../../lib/stack-model/describe";
import { stackModelOf } from "../../lib/stack-model/read-stack";
import { envWith } from "../helpers/config";
import { nonEmpty } from "../helpers/non-empty";

const DOMAIN = "https://idcs-0123.identity.oraclecloud.com";
const OIC_FQS = "https://oic.example.com:443urn:opc:resource:consumer::all";
const FUSION_FQS = "https://fa.example.com:443urn:opc:resource:consumer::all";
const DIGEST = `sha256:${"a".repeat(64)}`;

function app(scope: Construct, id: string, o: { redirectUris?: string[]; scopes?: string[]; preventDestroy?: boolean } = {}): IdentityDomainsApp {
  const a = new IdentityDomainsApp(scope, id, {
    idcsEndpoint: DOMAIN,
    schemas: ["urn:ietf:params:scim:schemas:oracle:idcs:App"],
    basedOnTemplate: { value: "CustomWebAppTemplateId" },
    displayName: id,
    name: id,
    redirectUris: o.redirectUris,
    allowedScopes: (o.scopes ?? [OIC_FQS]).map((fqs) => ({ fqs })),
  });
  if (o.preventDestroy) a.addOverride("lifecycle.prevent_destroy", true);
  return a;
}

function key(scope: Construct, id: string, protectionMode?: string): KmsKey {
  const k = new KmsKey(scope, id, { compartmentId: "ocid1.compartment.oc1..c", displayName: id, managementEndpoint: "https://m.example", keyShape: { algorithm: "RSA", length: 256 }, protectionMode });
  k.addOverride("lifecycle.prevent_destroy", true);
  return k;
}

function fn(scope: Construct, id: string, o: { digest?: string; config?: Record<string, string> } = {}): FunctionsFunction {
  return new FunctionsFunction(scope, id, { applicationId: "ocid1.fnapp.oc1..a", displayName: id, image: "iad.ocir.io/ns/a:1", imageDigest: o.digest, memoryInMbs: "256", config: { TRUSTED_CLIENT_ID: "t", ...o.config } });
}

/** A stack with the safety rules applied and `build` inside; its findings after synthesis. */
function findingsOf(build: (s: TerraformStack) => void, isProtected = false) {
  const stack = new TerraformStack(Testing.app(), "s");
  new OciProvider(stack, "oci", { region: "us-ashburn-1" });
  build(stack);
  applySafetyRules(stack, { protected: isProtected });
  // Without errors left, synthesize as `cdktf synth` does (Testing.synth drops the `//` metadata the summary reads).
  let json = Testing.synth(stack);
  if (collectRuleViolations(stack).length === 0) json = readFileSync(join(Testing.fullSynth(stack), "stacks", "s", "cdk.tf.json"), "utf8");
  return { findings: collectRuleFindings(stack), violations: collectRuleViolations(stack), warnings: collectRuleViolations(stack, ["warning"]), json };
}

const ids = (fs: { rule: string; constructPath: string }[]) => fs.map((f) => `${f.rule} ${f.constructPath.split("/").pop()}`);

describe("each rule: a compliant and a non-compliant case, through the rule and through its Aspect", () => {
  test("every rule has an id, a level and a summary, and ids are unique", () => {
    expect(RULES.length).toBeGreaterThan(0);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of nonEmpty(RULES, "RULES")) {
      expect(r.id).toMatch(/^OIC-[A-Z-]+$/);
      expect(["error", "warning"]).toContain(r.level);
      expect(r.summary.length).toBeGreaterThan(10);
    }
  });

  test("OIC-REDIRECT", () => {
    const check = (uri: string, allowLoopback = false, p = false) => REDIRECT_RULE.check({ uri, allowLoopback, protected: p }).map((f) => f.code);
    expect(check("https://ui.example.com/cb")).toEqual([]);
    expect(check("http://127.0.0.1:8765/cb", true)).toEqual([]);
    expect(check("http://ui.example.com/cb")).toEqual(["REDIRECT_URI_NOT_HTTPS"]);
    expect(check("http://127.0.0.1:8765/cb")).toEqual(["LOOPBACK_REDIRECT_NOT_ALLOWED"]);
    expect(check("http://127.0.0.1:8765/cb", true, true)).toEqual(["LOOPBACK_REDIRECT_PROTECTED"]);
    const { violations } = findingsOf((s) => {
      app(s, "good", { redirectUris: ["https://ui.example.com/cb"] });
      app(s, "bad", { redirectUris: ["http://ui.example.com/cb"] });
    });
    expect(ids(violations)).toEqual(["OIC-REDIRECT bad"]);
  });

  test("OIC-ONE-RESOURCE", () => {
    expect(ONE_RESOURCE_RULE.check({ scopes: [OIC_FQS, "offline_access"] })).toEqual([]);
    expect(ONE_RESOURCE_RULE.check({ scopes: [OIC_FQS, FUSION_FQS] }).map((f) => f.code)).toEqual(["ONE_APP_ONE_RESOURCE"]);
    const { violations } = findingsOf((s) => {
      app(s, "good", { scopes: [OIC_FQS] });
      app(s, "bad", { scopes: [OIC_FQS, FUSION_FQS] });
    });
    expect(ids(violations)).toEqual(["OIC-ONE-RESOURCE bad"]);
  });

  test("OIC-PROTECT (protected stacks only)", () => {
    expect(PROTECTED_RESOURCES_RULE.check({ resourceType: "oci_kms_key", preventDestroy: true })).toEqual([]);
    expect(PROTECTED_RESOURCES_RULE.check({ resourceType: "oci_kms_key", preventDestroy: false }).map((f) => f.code)).toEqual(["PREVENT_DESTROY_MISSING"]);
    const build = (s: TerraformStack) => {
      app(s, "good", { preventDestroy: true });
      app(s, "bad");
    };
    expect(ids(findingsOf(build, true).violations)).toEqual(["OIC-PROTECT bad"]);
    expect(findingsOf(build, false).violations).toEqual([]);
  });

  test("OIC-HSM (protected stacks only)", () => {
    expect(HSM_KEY_RULE.check({})).toEqual([]);
    expect(HSM_KEY_RULE.check({ protectionMode: "HSM" })).toEqual([]);
    expect(HSM_KEY_RULE.check({ protectionMode: "SOFTWARE" }).map((f) => f.code)).toEqual(["KEY_NOT_HSM"]);
    const { violations } = findingsOf((s) => {
      key(s, "good", "HSM");
      key(s, "bad", "SOFTWARE");
    }, true);
    expect(ids(violations)).toEqual(["OIC-HSM bad"]);
  });

  test("OIC-PINNED-IMAGE (protected stacks only)", () => {
    expect(PINNED_IMAGE_RULE.check({ imageDigest: DIGEST })).toEqual([]);
    expect(PINNED_IMAGE_RULE.check({}).map((f) => f.code)).toEqual(["IMAGE_NOT_PINNED"]);
    expect(PINNED_IMAGE_RULE.check({ imageDigest: `sha256:${"0".repeat(64)}` }).map((f) => f.code)).toEqual(["IMAGE_DIGEST_PLACEHOLDER"]);
    const { violations } = findingsOf((s) => {
      fn(s, "good", { digest: DIGEST, config: { ALLOWED_USERS: "jane" } });
      fn(s, "bad", { config: { ALLOWED_USERS: "jane" } });
    }, true);
    expect(ids(violations)).toEqual(["OIC-PINNED-IMAGE bad"]);
  });

  test("OIC-ASSERT-ALLOW (protected stacks only)", () => {
    expect(ASSERTION_ALLOW_RULE.check({ users: [], groups: ["G"], anyFederatedUser: false })).toEqual([]);
    expect(ASSERTION_ALLOW_RULE.check({ users: [], groups: [], anyFederatedUser: false }).map((f) => f.code)).toEqual(["ASSERT_ALLOW_REQUIRED"]);
    const { violations } = findingsOf((s) => {
      fn(s, "good", { digest: DIGEST, config: { ALLOWED_GROUPS: "G" } });
      fn(s, "bad", { digest: DIGEST, config: { ALLOWED_USERS: " " } });
    }, true);
    expect(ids(violations)).toEqual(["OIC-ASSERT-ALLOW bad"]);
  });

  test("OIC-ASSERT-ANY is a warning: reported, synthesis goes on", () => {
    expect(ASSERTION_ANY_USER_RULE.level).toBe("warning");
    expect(ASSERTION_ANY_USER_RULE.check({ users: ["jane"], groups: [], anyFederatedUser: false })).toEqual([]);
    expect(ASSERTION_ANY_USER_RULE.check({ users: [], groups: [], anyFederatedUser: true }).map((f) => f.code)).toEqual(["ASSERT_ANY_FEDERATED_USER"]);
    const { violations, warnings } = findingsOf((s) => {
      fn(s, "good", { config: { ALLOWED_USERS: "jane" } });
      fn(s, "any", { config: { ALLOW_ANY_FEDERATED_USER: "true" } });
    });
    expect(violations).toEqual([]);
    expect(ids(warnings)).toEqual(["OIC-ASSERT-ANY any"]);
  });
});

describe("one text per rule, wherever it is applied", () => {
  const problemOf = <S>(rule: Rule<S>, subject: S) => rule.check(subject)[0].problem;

  test("config validation reports the rule's problem and fix, with its id", () => {
    const config = envWith((c) => {
      c.protect = true;
      const a = c.assertion as FunctionAssertionConfig;
      c.assertion = { ...a, vault: { ...a.vault, protectionMode: "SOFTWARE" } };
    });
    const problems = checkEnvironment(config);
    const hsm = problems.find((p) => p.field === "assertion.vault.protectionMode");
    expect(hsm?.problem).toBe(`${problemOf(HSM_KEY_RULE, { protectionMode: "SOFTWARE" })} (OIC-HSM)`);
    expect(hsm?.fix).toBe(HSM_KEY_RULE.check({ protectionMode: "SOFTWARE" })[0].fix);
  });

  test("the Aspect's message is `<id>: <problem>`, the rule id read from data, not from the message", () => {
    const { violations, findings } = findingsOf((s) => key(s, "k", "SOFTWARE"), true);
    expect(violations).toEqual([expect.objectContaining({ rule: "OIC-HSM", level: "error", code: "KEY_NOT_HSM", message: `OIC-HSM: ${problemOf(HSM_KEY_RULE, { protectionMode: "SOFTWARE" })}` })]);
    expect(findings).toHaveLength(1);
  });

  test("a construct's check throws the rule's finding as a coded ValidationError", async () => {
    const { AuthCodeApp, OicResource } = await import("../../lib/index");
    const stack = new TerraformStack(Testing.app(), "c");
    const oic = OicResource.fromAppAttributes(stack, "oic", { identityDomainUrl: DOMAIN, appId: "0a1b2c3d4e5f60718293a4b5c6d7e8f9", audience: "https://oic.example.com:443", baseUrl: "https://oic.example.com" });
    let error: unknown;
    try {
      new AuthCodeApp(stack, "ui", { name: "ui", oic, redirectUris: ["http://ui.example.com/cb"] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).code).toBe("REDIRECT_URI_NOT_HTTPS");
    expect((error as Error).message).toContain(`OIC-REDIRECT: ${problemOf(REDIRECT_RULE, { uri: "http://ui.example.com/cb", allowLoopback: false, protected: false })}`);
  });
});

describe("acknowledgements", () => {
  test("an acknowledged finding does not fail the synth and shows, with its reason, in the synth summary", () => {
    const reason = "image promoted by digest in the release job; pinned there";
    const { violations } = findingsOf((s) => {
      acknowledgeRule(fn(s, "fn", { config: { ALLOWED_USERS: "jane" } }), "OIC-PINNED-IMAGE", reason);
      fn(s, "other", { config: { ALLOWED_USERS: "jane" } });
    }, true);
    expect(ids(violations)).toEqual(["OIC-PINNED-IMAGE other"]);
    const { findings, json } = findingsOf((s) => acknowledgeRule(fn(s, "fn", { config: { ALLOWED_USERS: "jane" } }), "OIC-PINNED-IMAGE", reason), true);
    expect(findings.map((f) => [f.rule, f.acknowledged])).toEqual([["OIC-PINNED-IMAGE", reason]]);
    const summary = describeStack(stackModelOf(JSON.parse(json))).join("\n");
    expect(summary).toContain(`acknowledged OIC-PINNED-IMAGE on oci_functions_function.fn: ${reason}`);
  });

  test("an acknowledgement covers the constructs under its scope, and only its rule", () => {
    const { violations } = findingsOf((s) => {
      acknowledgeRule(s, "OIC-PROTECT", "a throw-away stack for a demo, destroyed after use");
      app(s, "a");
      key(s, "k", "SOFTWARE");
    }, true);
    expect(ids(violations)).toEqual(["OIC-HSM k"]);
  });

  test("needs a known rule id and a reason", () => {
    const stack = new TerraformStack(Testing.app(), "a");
    expect(() => acknowledgeRule(stack, "OIC-NOPE", "a reason that is long enough")).toThrow(/no such safety rule/);
    expect(() => acknowledgeRule(stack, "OIC-HSM", " ")).toThrow(ValidationError);
  });
});

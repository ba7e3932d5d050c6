import { readFileSync } from "node:fs";
import { join } from "node:path";
import { actionOf } from "../../tools/review/changes";
import { indexConstructs } from "../../lib/stack-model/construct-index";
import { parseSynthesizedStack } from "../../tools/review/load-input";
import { renderMarkdown, reviewMarker } from "../../tools/review/markdown";
import { exitStatus, reviewConfiguration, reviewPlan, type EnvironmentReview } from "../../tools/review/review";
import { broadness } from "../../tools/review/risks";
import { loadPlan, STACKS_DIR } from "./fixtures";
import { nonEmpty } from "../helpers/non-empty";

function review(name: string): EnvironmentReview {
  return reviewPlan("dev", loadPlan(name));
}

function codes(r: EnvironmentReview, severity?: "high" | "review"): string[] {
  return r.flags.filter((f) => !severity || f.severity === severity).map((f) => f.code);
}

const devStack = () => {
  const file = join(STACKS_DIR, "dev", "cdk.tf.json");
  return parseSynthesizedStack(readFileSync(file, "utf8"), file);
};

describe("actions", () => {
  it.each([
    [["create"], "create"],
    [["update"], "update"],
    [["delete", "create"], "replace"],
    [["create", "delete"], "replace"],
    [["delete"], "delete"],
    [["no-op"], "no-op"],
    [["read"], "read"],
  ])("%j is a %s", (actions, expected) => {
    expect(actionOf(actions)).toBe(expected);
  });
});

/** Fixture addresses (test/fixtures/plans/*.json are real plans of the dev stack, `npm run gen:plans`). */
const SCHEDULER = "oci_identity_domains_app.app_dev-oic-scheduler";
const VBCS = "oci_identity_domains_app.app_dev-oic-vbcs";
const TRUSTED = "oci_identity_domains_app.app_dev-oic-fusion-assertion";
const APPS = [TRUSTED, SCHEDULER, VBCS];

function flag(r: EnvironmentReview, code: string, address: string) {
  const found = r.flags.filter((f) => f.code === code && f.address === address);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/**
 * The provider does not mark client_secret sensitive: every app in the state
 * shows it, and the review says so once, in one summary (not one flag per app).
 */
function expectClearSecretsOfAppsOnly(r: EnvironmentReview): void {
  expect(r.flags.map((f) => f.code as string)).not.toContain("secret-in-clear");
  const summary = r.clearSecrets!;
  expect(summary).toBeDefined();
  expect(summary.groups.flatMap((g) => g.addresses).sort()).toEqual(APPS);
  expect(summary.resources).toBe(APPS.length);
  for (const g of nonEmpty(summary.groups, "secret group")) {
    expect(g.attributes).toContain("client_secret");
    expect(g.parts).toContain("prior_state");
  }
}

describe("plan review", () => {
  it("create: counts creates, flags the new narrow policies for review only, exit 0", () => {
    const r = review("create.json");
    expect(r.counts).toMatchObject({ create: 15, update: 0, replace: 0, delete: 0, "no-op": 0 });
    expect(codes(r, "high")).toEqual([]);
    expect(codes(r)).toEqual(["policy-statement-added", "policy-statement-added"]);
    // nothing is in the state yet: client secrets are unknown, not in clear
    expect(r.clearSecrets).toBeUndefined();
    expect(exitStatus([r], false)).toBe(0);
  });

  it("update: scope removed and redirect URI added are high risk, scope added and clear secret are flagged", () => {
    const r = review("update-scope-redirect.json");
    expect(r.counts).toMatchObject({ update: 1, replace: 0, delete: 0, create: 0 });
    expect(r.changes.find((c) => c.action === "update")!.address).toBe(VBCS);
    expect(codes(r, "high").sort()).toEqual(["redirect-uri-added", "scope-removed"]);
    expect(codes(r, "review")).toEqual(["scope-added"]);
    const redirect = flag(r, "redirect-uri-added", VBCS);
    expect(redirect.explanation).toContain("http://attacker.example.net/cb");
    expect(redirect.explanation).toContain("plain http");
    expect(flag(r, "scope-removed", VBCS).explanation).toContain("https://oic-dev-examplens-ia.integration.us-ashburn-1.ocp.oraclecloud.com:443urn:opc:resource:consumer::all");
    expect(flag(r, "scope-added", VBCS).explanation).toContain("https://oic-dev2-examplens-ia.integration.us-ashburn-1.ocp.oraclecloud.com:443urn:opc:resource:consumer::all");
    const clear = r.clearSecrets!.groups.find((g) => g.addresses.includes(VBCS))!;
    expect(clear.parts).toEqual(["prior_state", "before", "after"]);
    expectClearSecretsOfAppsOnly(r);
    expect(exitStatus([r], false)).toBe(3);
  });

  it("replace: both action orders of an identity app are high risk and name what forces them", () => {
    const plan = loadPlan("replace-apps.json");
    const actions = (address: string) => plan.resource_changes!.find((c) => c.address === address)!.change.actions;
    expect(actions(SCHEDULER)).toEqual(["delete", "create"]);
    expect(actions(TRUSTED)).toEqual(["create", "delete"]);
    const r = reviewPlan("dev", plan);
    expect(r.counts.replace).toBe(3);
    expect(codes(r, "high")).toEqual(["identity-app-replaced", "identity-app-replaced"]);
    const scheduler = flag(r, "identity-app-replaced", SCHEDULER);
    const trusted = flag(r, "identity-app-replaced", TRUSTED);
    expect(scheduler.explanation).toMatch(/client ID and client secret change/);
    expect(scheduler.explanation).toContain("`name`");
    expect(trusted.explanation).toContain("certificate must be imported again");
    expect(trusted.explanation).toContain("`idcs_endpoint`");
    expect(r.changes.find((c) => c.address === TRUSTED)!.kind).toBe("trusted-app");
    // the scheduler's grant names the app's id: it is recreated with it
    expect(flag(r, "grant-recreated", "oci_identity_domains_grant.grant_ServiceInvoker_app_dev-oic-scheduler").severity).toBe("review");
  });

  it("delete: an app removed from the config deletes app and grant, both high risk", () => {
    const r = review("delete.json");
    expect(r.counts.delete).toBe(2);
    expect(codes(r, "high").sort()).toEqual(["grant-removed", "identity-app-deleted"]);
    expect(flag(r, "identity-app-deleted", SCHEDULER).explanation).toContain("can no longer get tokens");
  });

  it("delete: identity propagation removed deletes trusted app, certificate, vault and key, all high risk", () => {
    const r = review("delete-propagation.json");
    expect(r.counts.delete).toBe(10);
    expect(codes(r, "high").sort()).toEqual(["certificate-removed", "identity-app-deleted", "key-deleted", "key-deleted"]);
    expect(flag(r, "key-deleted", "oci_kms_key.key_dev_assertion_signing").title).toBe("Vault key deleted (scheduled for deletion)");
    expect(flag(r, "key-deleted", "oci_kms_vault.vault_dev_assertion").title).toBe("Vault deleted (scheduled for deletion)");
    expect(codes(r, "review")).toEqual(expect.arrayContaining(["function-removed", "policy-removed"]));
  });

  it("key: time_of_deletion set and desired_state DISABLED are high risk", () => {
    const r = review("key-deletion.json");
    expect(codes(r, "high").sort()).toEqual(["key-deletion-scheduled", "key-state-changed"]);
    expect(flag(r, "key-deletion-scheduled", "oci_kms_key.key_dev_assertion_signing").explanation).toContain("2030-01-31T00:00:00.000Z");
  });

  it("policy: manage / in tenancy / any-user without where are high risk", () => {
    const r = review("policy-widened.json");
    expect(codes(r, "high")).toEqual(["policy-widened", "policy-widened"]);
    const text = r.flags.map((f) => f.explanation).join(" ");
    expect(text).toContain("verb `manage`");
    expect(text).toContain("`in tenancy`");
    expect(text).toContain("`any-user` without a `where` condition");
  });

  it("no-op: nothing to approve, but the clear client_secret in state is flagged", () => {
    const r = review("no-op.json");
    expect(r.counts).toMatchObject({ "no-op": 15, create: 0, update: 0, replace: 0, delete: 0 });
    expect(codes(r)).toEqual([]);
    expectClearSecretsOfAppsOnly(r);
    expect(exitStatus([r], false)).toBe(0);
  });

  it("values marked sensitive are not reported as in clear", () => {
    const plan = loadPlan("sensitive-marked.json");
    const fnChange = plan.resource_changes!.find((c) => c.type === "oci_functions_function")!.change;
    expect(fnChange.before_sensitive).toMatchObject({ config: { EXTRA_TOKEN: true } });
    expect(fnChange.after_sensitive).toMatchObject({ config: { EXTRA_TOKEN: true } });
    const r = reviewPlan("dev", plan);
    const fn = r.changes.find((c) => c.type === "oci_functions_function")!;
    expect(fn.action).toBe("update");
    expect(fn.changedAttributes).toEqual(["config"]);
    expect(fn.clearSecrets).toEqual([]);
    expect(r.flags.filter((f) => f.address === fn.address)).toEqual([]);
    // the only clear secrets are the client secrets the provider does not mark
    expect(codes(r)).toEqual([]);
    expectClearSecretsOfAppsOnly(r);
    expect(r.flags.map((f) => f.explanation).join(" ")).not.toContain("EXTRA_TOKEN");
  });

  it("--approved turns exit 3 into 0 while keeping the flags in the Markdown", () => {
    const r = review("delete.json");
    expect(exitStatus([r], true)).toBe(0);
    const md = renderMarkdown([r], { approved: true });
    expect(md).toContain("approved");
    expect(md).toContain("Identity app deleted");
  });
});

describe("grouping by mission construct", () => {
  it("uses the construct path of cdk.tf.json, and the resource kind for what it does not know", () => {
    const r = reviewPlan("dev", loadPlan("stacks/dev/plan.json"), indexConstructs(devStack()));
    expect(r.groupedBy).toBe("construct");
    const group = (suffix: string) => r.changes.find((c) => c.address.endsWith(suffix))!.group;
    expect(group("app_dev-oic-scheduler")).toBe("cc-dev-oic-scheduler");
    expect(group("grant_ServiceInvoker_app_dev-oic-scheduler")).toBe("oic");
    expect(group("key_dev_assertion_signing")).toBe("signing-key");
    expect(group("fn_dev_assertion")).toBe("Function");
    expect(codes(r).sort()).toEqual(["grant-recreated"]);
    expect(r.clearSecrets?.groups.length).toBeGreaterThan(0);
  });

  it("groups by resource kind without construct paths", () => {
    const r = review("replace-apps.json");
    expect(r.groupedBy).toBe("kind");
    const group = (address: string) => r.changes.find((c) => c.address === address)!.group;
    expect([group(SCHEDULER), group(VBCS), group(TRUSTED)]).toEqual(["Client apps", "Client apps", "Trusted app"]);
    expect([...new Set(r.changes.filter((c) => c.action !== "no-op").map((c) => c.group))].sort()).toEqual(["Client apps", "Grants", "Trusted app"]);
  });

  it("reviews a synthesized stack without a plan as all-create, with prevent_destroy and app details", () => {
    const r = reviewConfiguration("dev", devStack(), indexConstructs(devStack()));
    expect(r.source).toBe("configuration");
    expect(r.counts.create).toBe(6);
    const md = renderMarkdown([r], { approved: false });
    expect(md.startsWith(reviewMarker("dev"))).toBe(true);
    expect(md).toContain("#### `trusted-assertion`");
    expect(md).toMatch(/app_dev-oic-scheduler` \(client app\) 🔒/);
    expect(md).toContain("grants `client_credentials`");
    // the OIC invoke policy's any-user statement has a where condition: review, not high
    expect(codes(r, "high")).toEqual([]);
    // a literal key_store_password in the configuration is named in the secret summary (and redacted)
    expect(r.clearSecrets!.groups.flatMap((g) => g.attributes)).toContain("key_store_password");
    expect(r.clearSecrets!.groups.flatMap((g) => g.parts)).toEqual(["configuration"]);
  });
});

describe("broadness", () => {
  it.each([
    ["Allow group Admins to manage all-resources in tenancy", true],
    ["Allow any-user to use fn-invocation in compartment id x", true],
    ["Allow any-user to use fn-invocation in compartment id x where request.principal.type = 'integrationinstance'", false],
    ["Allow dynamic-group fn to use keys in compartment id x where target.key.id = 'k'", false],
  ])("%s -> broad: %s", (statement, broad) => {
    expect(Boolean(broadness(statement))).toBe(broad);
  });
});

describe("values known only after apply", () => {
  it("does not call an unknown scope a removed scope", () => {
    const plan = JSON.parse(JSON.stringify(loadPlan("update-scope-redirect.json")));
    const change = plan.resource_changes.find((c: any) => c.address === VBCS).change;
    change.after.allowed_scopes = [{ fqs: null }];
    change.after_unknown.allowed_scopes = [{ fqs: true }];
    const r = reviewPlan("dev", plan);
    expect(codes(r)).not.toContain("scope-removed");
    expect(codes(r)).toContain("scope-unknown");
  });
});

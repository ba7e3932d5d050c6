import { readFileSync } from "node:fs";
import { join } from "node:path";
import { actionOf } from "../../lib/review/changes";
import { indexConstructs } from "../../lib/synth/construct-index";
import { parseSynthesizedStack } from "../../lib/review/load-input";
import { renderMarkdown, reviewMarker } from "../../lib/review/markdown";
import { exitStatus, reviewConfiguration, reviewPlan, type EnvironmentReview } from "../../lib/review/review";
import { broadness } from "../../lib/review/risks";
import { loadPlan, STACKS_DIR } from "./fixtures";

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

describe("plan review", () => {
  it("create: counts creates, flags a new narrow policy for review only, exit 0", () => {
    const r = review("create.json");
    expect(r.counts).toMatchObject({ create: 3, update: 0, replace: 0, delete: 0, "no-op": 0 });
    expect(codes(r, "high")).toEqual([]);
    expect(codes(r)).toEqual(["policy-statement-added"]);
    expect(exitStatus([r], false)).toBe(0);
  });

  it("update: scope removed and redirect URI added are high risk, scope added and clear secret are flagged", () => {
    const r = review("update-scope-redirect.json");
    expect(r.counts.update).toBe(1);
    expect(codes(r, "high").sort()).toEqual(["redirect-uri-added", "scope-removed"]);
    expect(codes(r, "review").sort()).toEqual(["scope-added", "secret-in-clear"]);
    const redirect = r.flags.find((f) => f.code === "redirect-uri-added")!;
    expect(redirect.explanation).toContain("http://attacker.example.net/cb");
    expect(redirect.explanation).toContain("plain http");
    const clear = r.flags.find((f) => f.code === "secret-in-clear")!;
    expect(clear.explanation).toContain("before.client_secret");
    expect(clear.explanation).toContain("prior_state.client_secret");
    expect(exitStatus([r], false)).toBe(2);
  });

  it("replace: both action orders of an identity app are high risk and name what forces them", () => {
    const r = review("replace-apps.json");
    expect(r.counts.replace).toBe(2);
    expect(codes(r, "high")).toEqual(["identity-app-replaced", "identity-app-replaced"]);
    const [scheduler, trusted] = r.flags.filter((f) => f.code === "identity-app-replaced");
    expect(scheduler!.explanation).toMatch(/client ID and client secret change/);
    expect(scheduler!.explanation).toContain("`name`");
    expect(trusted!.explanation).toContain("certificate must be imported again");
    expect(r.changes.find((c) => c.address.endsWith("fusion-assertion"))!.kind).toBe("trusted-app");
  });

  it("delete: app, grant, key version and certificate deletions are all high risk", () => {
    const r = review("delete.json");
    expect(r.counts.delete).toBe(4);
    expect(codes(r, "high").sort()).toEqual(["certificate-removed", "grant-removed", "identity-app-deleted", "key-deleted"]);
    expect(r.flags.find((f) => f.code === "key-deleted")!.title).toBe("Vault key version deleted (scheduled for deletion)");
  });

  it("key: time_of_deletion set and desired_state DISABLED are high risk", () => {
    const r = review("key-deletion.json");
    expect(codes(r, "high").sort()).toEqual(["key-deletion-scheduled", "key-state-changed"]);
    expect(r.flags.find((f) => f.code === "key-deletion-scheduled")!.explanation).toContain("2030-01-31T00:00:00Z");
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
    expect(r.counts["no-op"]).toBe(2);
    expect(codes(r)).toEqual(["secret-in-clear"]);
    expect(exitStatus([r], false)).toBe(0);
  });

  it("values marked sensitive are not reported as in clear", () => {
    const r = review("sensitive-marked.json");
    expect(codes(r)).toEqual([]);
    expect(r.changes.find((c) => c.type === "oci_functions_function")!.changedAttributes).toEqual(["config"]);
  });

  it("--approved turns exit 2 into 0 while keeping the flags in the Markdown", () => {
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
    expect(codes(r).sort()).toEqual(["grant-recreated", "secret-in-clear"]);
  });

  it("groups by resource kind without construct paths", () => {
    const r = review("replace-apps.json");
    expect(r.groupedBy).toBe("kind");
    expect(r.changes.map((c) => c.group).sort()).toEqual(["Client apps", "Trusted app"]);
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
    // a literal key_store_password in the configuration is flagged (and redacted)
    expect(codes(r)).toContain("secret-in-clear");
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
    const change = plan.resource_changes[0].change;
    change.after.allowed_scopes = [{ fqs: null }];
    change.after_unknown.allowed_scopes = [{ fqs: true }];
    const r = reviewPlan("dev", plan);
    expect(codes(r)).not.toContain("scope-removed");
    expect(codes(r)).toContain("scope-unknown");
  });
});

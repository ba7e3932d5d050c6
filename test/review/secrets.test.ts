/**
 * The one property that must never break: no secret value of the input
 * reaches the published review (Markdown or JSON), whatever the scenario.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { indexConstructs } from "../../lib/stack-model/construct-index";
import { parseSynthesizedStack } from "../../tools/review/load-input";
import { renderJson, renderMarkdown } from "../../tools/review/markdown";
import { REDACTED } from "../../tools/review/redact";
import { reviewConfiguration, reviewPlan } from "../../tools/review/review";
import { runReview } from "../../tools/review/run";
import { fixturePath, fixtureText, loadPlan, planFixtures, plantedSecrets, STACKS_DIR } from "./fixtures";
import { nonEmpty } from "../helpers/non-empty";

const secrets = plantedSecrets();

function expectNoSecret(text: string): void {
  for (const secret of nonEmpty(secrets, "secret")) expect(text).not.toContain(secret);
  expect(text).not.toContain("do-not-print-");
}

describe("no secret value in the review", () => {
  it("the fixtures do plant secrets (client_secret, key_store_password, marked values)", () => {
    expect(secrets.length).toBeGreaterThanOrEqual(8);
  });

  it.each(planFixtures())("%s: Markdown and JSON are redacted", (name) => {
    const review = reviewPlan("dev", loadPlan(name));
    for (const approved of [false, true]) {
      expectNoSecret(renderMarkdown([review], { approved }));
      expectNoSecret(renderJson([review], { approved }));
    }
  });

  it("names secret-bearing attributes but never quotes their values", () => {
    const md = renderMarkdown([reviewPlan("dev", loadPlan("update-scope-redirect.json"))], { approved: false });
    expect(md).toContain("client_secret");
    expectNoSecret(md);
  });

  it("a synthesized stack with a literal secret is redacted too", () => {
    const file = join(STACKS_DIR, "dev", "cdk.tf.json");
    const stack = parseSynthesizedStack(readFileSync(file, "utf8"), file);
    const review = reviewConfiguration("dev", stack, indexConstructs(stack));
    expectNoSecret(renderMarkdown([review], { approved: false }));
    expectNoSecret(renderJson([review], { approved: false }));
  });

  it("a secret quoted in a non-secret attribute is scrubbed from the text", () => {
    // A redirect URI that (wrongly) embeds the client secret: the final scrub removes it.
    const plan = JSON.parse(fixtureText("update-scope-redirect.json"));
    const vbcs = plan.resource_changes.find((c: any) => c.address === "oci_identity_domains_app.app_dev-oic-vbcs").change;
    const secret: string = vbcs.before.client_secret;
    expect(secret).toMatch(/^do-not-print-client-secret-/);
    vbcs.after.redirect_uris.push(`https://x.example.com/cb?s=${secret}`);
    const md = renderMarkdown([reviewPlan("dev", plan)], { approved: false });
    expectNoSecret(md);
    expect(md).toContain(`https://x.example.com/cb?s=${REDACTED}`);
  });

  it("a value sensitive anywhere (variable, output, another resource's state) is scrubbed where it is reused in clear", () => {
    const plan = JSON.parse(fixtureText("create.json"));
    const index = plan.resource_changes.findIndex((c: any) => c.address === "oci_identity_domains_app.app_dev-oic-scheduler");
    const app = plan.resource_changes[index].change.after;
    app.description = "uses do-not-print-var-value and do-not-print-output-value and do-not-print-state-value";
    app.redirect_uris = ["https://x.example.com/cb#do-not-print-var-value"];
    plan.variables = { fn_token: { value: "do-not-print-var-value" } };
    plan.configuration = { root_module: { variables: { fn_token: { sensitive: true } } } };
    plan.planned_values = { outputs: { token: { sensitive: true, value: "do-not-print-output-value" } } };
    plan.prior_state = { values: { root_module: { resources: [{ address: "oci_functions_function.other", type: "oci_functions_function", name: "other", values: { config: { T: "do-not-print-state-value" } }, sensitive_values: { config: { T: true } } }] } } };
    const r = reviewPlan("dev", plan);
    expectNoSecret(JSON.stringify(r.changes) + JSON.stringify(r.flags));
    expectNoSecret(renderMarkdown([r], { approved: false }) + renderJson([r], { approved: false }));
    expect((r.changes[index]!.after as { description: string }).description).toBe(`uses ${REDACTED} and ${REDACTED} and ${REDACTED}`);
  });

  it("the CLI's stdout, stderr and --out file carry no secret", () => {
    const dir = mkdtempSync(join(tmpdir(), "review-secrets-"));
    try {
      for (const name of planFixtures()) {
        let out = "";
        const io = { cwd: dir, projectDir: dir, stdout: (t: string) => (out += t), stderr: (t: string) => (out += t) };
        runReview(["dev", "--plan", fixturePath(name), "--out", "review.md"], io);
        runReview(["dev", "--plan", fixturePath(name), "--json"], io);
        expectNoSecret(out);
        expectNoSecret(readFileSync(join(dir, "review.md"), "utf8"));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

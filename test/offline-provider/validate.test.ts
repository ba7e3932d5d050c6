// terraform validate with the offline provider serving the committed OCI
// schema: our stacks pass, and broken ones fail with Terraform's own
// messages (two of the three need the provider's schema to be detected).
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { init, validate, type ValidateOutput } from "../../lib/terraform/commands";
import { runTerraform } from "../../lib/terraform/run";
import { type Workspace, synthesized, workspace } from "./workspace";

let ws: Workspace;
beforeAll(async () => {
  ws = await workspace();
});
afterAll(() => ws?.cleanup());

function summaries(v: ValidateOutput): string[] {
  return v.diagnostics.map((d) => `${d.summary}: ${d.detail ?? ""}`);
}

describe("terraform validate, offline provider", () => {
  it.each(["dev", "test", "prod"])("passes on the synthesized %s stack", async (env) => {
    const dir = ws.stackDir(env, synthesized(env));
    const initResult = await init(dir);
    expect(initResult.stdout).toMatch(/Installed oracle\/oci v7\.27\.0/);
    const { json } = await validate(dir);
    expect(summaries(json)).toEqual([]);
    expect(json.valid).toBe(true);
  }, 120_000);

  it("rejects an interpolated depends_on (at init, Terraform's message)", async () => {
    const stack = synthesized("dev");
    stack.resource.oci_functions_function.fn_dev_assertion.depends_on = ["${oci_identity_domains_app.app_dev-oic-fusion-assertion}"];
    const dir = ws.stackDir("broken-depends-on", stack);
    const result = await runTerraform(["init", "-input=false", "-no-color"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Error: Invalid expression");
    expect(result.stderr).toContain("A single static variable reference is required");
    expect(result.stderr).toContain("in resource.oci_functions_function.fn_dev_assertion.depends_on");
  }, 60_000);

  it("rejects an attribute the provider schema does not have", async () => {
    const stack = synthesized("dev");
    stack.resource.oci_identity_domains_app["app_dev-oic-scheduler"].client_secret_rotation = true;
    const dir = ws.stackDir("broken-attribute", stack);
    await init(dir);
    const { json } = await validate(dir);
    expect(json.valid).toBe(false);
    expect(summaries(json)).toEqual(['Extraneous JSON object property: No argument or block type is named "client_secret_rotation".']);
  }, 60_000);

  it("rejects a missing required block", async () => {
    const stack = synthesized("dev");
    delete stack.resource.oci_identity_domains_app["app_dev-oic-scheduler"].based_on_template;
    const dir = ws.stackDir("broken-block", stack);
    await init(dir);
    const { json } = await validate(dir);
    expect(json.valid).toBe(false);
    expect(summaries(json)).toEqual(['Insufficient based_on_template blocks: At least 1 "based_on_template" blocks are required.']);
  }, 60_000);
});

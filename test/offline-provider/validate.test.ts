// terraform validate with the offline provider serving the committed OCI
// schema: our stacks pass, and broken ones fail with Terraform's own
// messages. This is the project's one schema-conformance check (the
// hand-written model of Terraform's checks, lib/synth/schema-check.ts, is
// gone): names, required arguments and blocks, block counts, value types and
// computed-only attributes are Terraform's to judge.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { cpSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { init, validate, type ValidateOutput } from "../../lib/terraform/commands";
import { runTerraform } from "../../lib/terraform/run";
import { prepareStackDir } from "../../lib/terraform/stack-dir";
import { ENVIRONMENTS } from "../../stacks";
import { synthEnv } from "../helpers/synth";
import { type Workspace, synthesized, workspace } from "./workspace";

let ws: Workspace;
beforeAll(async () => {
  ws = await workspace();
});
afterAll(() => ws?.cleanup());

function summaries(v: ValidateOutput): string[] {
  return v.diagnostics.map((d) => `${d.summary}: ${d.detail ?? ""}`);
}

/** Runs `tasks` with at most `limit` at a time, keeping their order. */
async function pool<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
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

  it("passes on two identity domains and a non-Default domain's dynamic resource groups", async () => {
    const env = {
      ...ENVIRONMENTS[0]!,
      identityDomainName: "OIC-Domain",
      fusion: { ...ENVIRONMENTS[0]!.fusion!, identityDomainUrl: "https://idcs-fedcba9876543210fedcba9876543210.identity.oraclecloud.com" },
    };
    const { parsed } = synthEnv(env);
    expect(Object.keys(parsed.resource)).toContain("oci_identity_domains_dynamic_resource_group");
    const dir = ws.stackDir("two-domains", parsed);
    await init(dir);
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
});

/**
 * Deliberately broken dev stacks, each edited in one place. One directory is
 * initialised (the provider installed once); each case is a copy of it with
 * its own cdk.tf.json, and the validations run side by side.
 */
describe("terraform validate rejects a broken stack with Terraform's own message", () => {
  const app = (s: Record<string, any>) => s.resource.oci_identity_domains_app["app_dev-oic-scheduler"];
  const CASES: readonly (readonly [string, (s: Record<string, any>) => void, readonly string[]])[] = [
    ["an attribute the provider schema does not have", (s) => (app(s).client_secret_rotation = true), ['Extraneous JSON object property: No argument or block type is named "client_secret_rotation".']],
    ["another unknown attribute", (s) => (app(s).client_scopes = ["x"]), ['Extraneous JSON object property: No argument or block type is named "client_scopes".']],
    // Not Terraform's own check: Terraform leaves computed-only attributes to
    // the provider's ValidateResourceTypeConfig (the real oracle/oci, on
    // SDKv2, says `"client_secret": this field cannot be set`); the offline
    // provider's validate.ts answers for it.
    [
      "a computed-only attribute set (the provider's check)",
      (s) => (app(s).client_secret = "hunter2"),
      ["Invalid Configuration for Read-Only Attribute: Cannot set value for this attribute as the provider has marked it as read-only. Remove the configuration line setting the value."],
    ],
    ["a required attribute missing", (s) => delete app(s).schemas, ['Missing required argument: The argument "schemas" is required, but no definition was found.']],
    ["a missing required block", (s) => delete app(s).based_on_template, ['Insufficient based_on_template blocks: At least 1 "based_on_template" blocks are required.']],
    ["a value of the wrong type", (s) => (app(s).active = "yes"), ['Incorrect attribute value type: Inappropriate value for attribute "active": a bool is required.']],
    ["a set given as a string", (s) => (app(s).allowed_grants = "client_credentials"), ['Incorrect attribute value type: Inappropriate value for attribute "allowed_grants": set of string required.']],
    ["an unknown attribute inside a nested block", (s) => (app(s).allowed_scopes = [{ fqs: "x", scope: "y" }]), ['Extraneous JSON object property: No argument or block type is named "scope".']],
    ["too many blocks in a max-1 block", (s) => (app(s).based_on_template = [{ value: "a" }, { value: "b" }]), ['Too many based_on_template blocks: No more than 1 "based_on_template" blocks are allowed']],
    [
      "a resource type the provider does not have",
      (s) => (s.resource.oci_identity_domains_application = { x: {} }),
      ['Invalid resource type: The provider oracle/oci does not support resource type "oci_identity_domains_application".'],
    ],
    ["an unknown provider argument", (s) => (s.provider.oci[0].password = "x"), ['Extraneous JSON object property: No argument or block type is named "password".']],
  ];

  let results: ValidateOutput[];
  beforeAll(async () => {
    const template = ws.stackDir("broken-template", synthesized("dev"));
    await init(template);
    results = await pool(
      CASES.map(([, edit], i) => async () => {
        const cwd = join(ws.root, `broken-${i}`);
        cpSync(template.cwd, cwd, { recursive: true, verbatimSymlinks: true });
        const stack = synthesized("dev");
        edit(stack);
        prepareStackDir(cwd, stack);
        return (await validate({ cwd, env: template.env })).json;
      }),
      Math.max(2, availableParallelism()),
    );
  }, 180_000);

  it.each(CASES.map(([name, , expected], i) => [name, i, expected] as const))("%s", (_name, i, expected) => {
    const json = results[i]!;
    expect(json.valid).toBe(false);
    expect(summaries(json)).toEqual(expected);
  });
});

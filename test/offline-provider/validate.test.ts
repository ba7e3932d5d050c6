// terraform validate with the offline provider serving the committed OCI
// schema: our stacks pass, and broken ones fail with Terraform's own
// messages. This is the project's one schema-conformance check (the
// hand-written model of Terraform's checks, lib/stack-model/schema-check.ts, is
// gone): names, required arguments and blocks, block counts, value types and
// computed-only attributes are Terraform's to judge.
//
// Every validation runs in beforeAll, side by side against one attached
// provider (test/helpers/offline-terraform.ts); the tests read the results.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { installOfflineProvider } from "../../offline-provider/install";
import { init, validate, type ValidateOutput } from "../../tools/terraform/commands";
import { runTerraform, type TerraformResult } from "../../tools/terraform/run";
import { ENVIRONMENTS } from "../../stacks";
import { offlineTerraform, type OfflineTerraform } from "../helpers/offline-terraform";
import { synthEnv } from "../helpers/synth";
import { synthesized } from "../helpers/environments";
import { prepareStackDir } from "../../tools/terraform/stack-dir";
import { inPool } from "../../tools/pipeline/pool";

let tf: OfflineTerraform;
beforeAll(async () => {
  tf = await offlineTerraform();
}, 60_000);
afterAll(() => tf?.close());

function summaries(v: ValidateOutput): string[] {
  return v.diagnostics.map((d) => `${d.summary}: ${d.detail ?? ""}`);
}


const PARALLEL = Math.max(2, availableParallelism());

/** `terraform validate` of a stack in a ready directory of its own. */
async function validated(name: string, stack: Record<string, any>): Promise<ValidateOutput> {
  return (await validate(await tf.readyDir(name, stack))).json;
}

describe("terraform validate, offline provider", () => {
  const ENVS = ["dev", "test", "prod"] as const;
  let byEnv: Record<string, ValidateOutput>;
  let twoDomains: ValidateOutput;
  let twoDomainsStack: Record<string, any>;
  let brokenInit: TerraformResult;
  /** Terraform installing the provider from the mirror and starting it itself (the way a real provider runs): covered once. */
  let managed: { init: TerraformResult; validate: ValidateOutput };
  const managedRoot = mkdtempSync(join(tmpdir(), "oic-offline-tf-managed-"));
  afterAll(() => rmSync(managedRoot, { recursive: true, force: true }));

  beforeAll(async () => {
    twoDomainsStack = synthEnv({
      ...ENVIRONMENTS[0]!,
      identityDomainName: "OIC-Domain",
      fusion: { ...ENVIRONMENTS[0]!.fusion!, identityDomainUrl: "https://idcs-fedcba9876543210fedcba9876543210.identity.oraclecloud.com" },
    }).parsed;
    const broken = synthesized("dev");
    broken.resource.oci_functions_function.fn_dev_assertion.depends_on = ["${oci_identity_domains_app.app_dev-oic-fusion-assertion}"];
    const [dev, ...rest] = await inPool<ValidateOutput | TerraformResult>(
      [
        ...ENVS.map((env) => () => validated(env, synthesized(env))),
        () => validated("two-domains", twoDomainsStack),
        () => runTerraform(["init", "-input=false", "-no-color"], tf.stackDir("broken-depends-on", broken)),
        async () => {
          const { env } = await installOfflineProvider(managedRoot);
          const dir = { cwd: prepareStackDir(join(managedRoot, "dev"), synthesized("dev")), env };
          managed = { init: await init(dir), validate: (await validate(dir)).json };
          return managed.validate;
        },
      ],
      PARALLEL,
    );
    const results = [dev, ...rest];
    byEnv = Object.fromEntries(ENVS.map((env, i) => [env, results[i] as ValidateOutput]));
    twoDomains = results[ENVS.length] as ValidateOutput;
    brokenInit = results[ENVS.length + 1] as TerraformResult;
  }, 180_000);

  it.each(ENVS)("passes on the synthesized %s stack", (env) => {
    expect(summaries(byEnv[env]!)).toEqual([]);
    expect(byEnv[env]!.valid).toBe(true);
  });

  it("passes with the provider installed by terraform init from the offline mirror and started by Terraform", () => {
    expect(managed.init.stdout).toMatch(/Installed oracle\/oci v7\.27\.0/);
    expect(summaries(managed.validate)).toEqual([]);
    expect(managed.validate.valid).toBe(true);
  });

  it("passes on two identity domains and a non-Default domain's dynamic resource groups", () => {
    expect(Object.keys(twoDomainsStack.resource)).toContain("oci_identity_domains_dynamic_resource_group");
    expect(summaries(twoDomains)).toEqual([]);
    expect(twoDomains.valid).toBe(true);
  });

  it("rejects an interpolated depends_on (at init, Terraform's message)", () => {
    expect(brokenInit.code).toBe(1);
    expect(brokenInit.stderr).toContain("Error: Invalid expression");
    expect(brokenInit.stderr).toContain("A single static variable reference is required");
    expect(brokenInit.stderr).toContain("in resource.oci_functions_function.fn_dev_assertion.depends_on");
  });
});

/**
 * Deliberately broken dev stacks, each edited in one place, validated side
 * by side.
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
    results = await inPool(
      CASES.map(([, edit], i) => async () => {
        const stack = synthesized("dev");
        edit(stack);
        return validated(`broken-${i}`, stack);
      }),
      PARALLEL,
    );
  }, 180_000);

  it.each(CASES.map(([name, , expected], i) => [name, i, expected] as const))("%s", (_name, i, expected) => {
    const json = results[i]!;
    expect(json.valid).toBe(false);
    expect(summaries(json)).toEqual(expected);
  });
});

/**
 * Which engine runs Terraform for an environment (issue 18):
 *
 * - `"terraform-cli"` (the default): Terraform on the runner, state in the
 *   configured backend, our own deploy lock (tools/pipeline/state-lock.ts);
 * - `{ type: "resource-manager", compartmentId }`: OCI Resource Manager runs
 *   plan and apply jobs inside OCI, keeps the state and its lock, and applies
 *   the very plan job that was reviewed (tools/pipeline/resource-manager/).
 *
 * The zod schema and the checks live here so that schema.ts and validate.ts
 * each gain one line.
 */
import { z } from "zod";

/**
 * Terraform versions Resource Manager offers for new stacks. Oracle's
 * "Supported Terraform Versions" page lists 1.5.x (CLI 1.5.7) as the newest,
 * and stops creating stacks and jobs on versions before 1.5.x in 2026.
 */
export const RESOURCE_MANAGER_TERRAFORM_VERSIONS = ["1.5.x"] as const;
export type ResourceManagerTerraformVersion = (typeof RESOURCE_MANAGER_TERRAFORM_VERSIONS)[number];

export interface ResourceManagerEngineConfig {
  readonly type: "resource-manager";
  /** Compartment that holds the environment's Resource Manager stack and its jobs (IAM policies name it). */
  readonly compartmentId: string;
  /** The stack's Terraform version. @default "1.5.x" */
  readonly terraformVersion?: ResourceManagerTerraformVersion;
  /** The stack's display name (it is found by it). @default "oic-access-<env>" */
  readonly stackName?: string;
}

export type DeployEngineConfig = "terraform-cli" | ResourceManagerEngineConfig;

// The object first: when both branches fail equally, its issue (a field of the object) is the one reported.
export const engineSchema = z.union([
  z.strictObject({
    type: z.literal("resource-manager"),
    compartmentId: z.string(),
    terraformVersion: z.enum(RESOURCE_MANAGER_TERRAFORM_VERSIONS).optional(),
    stackName: z.string().optional(),
  }),
  z.literal("terraform-cli"),
]);

/** The engine of an environment, defaults applied. */
export function resourceManagerEngine(env: { readonly name: string; readonly engine?: DeployEngineConfig }): Required<ResourceManagerEngineConfig> | undefined {
  const e = env.engine;
  if (!e || e === "terraform-cli") return undefined;
  return { type: "resource-manager", compartmentId: e.compartmentId, terraformVersion: e.terraformVersion ?? "1.5.x", stackName: e.stackName ?? `oic-access-${env.name}` };
}

const COMPARTMENT_OCID = /^ocid1\.(compartment|tenancy)\.oc[0-9]+\.[a-z0-9-]*(\.[a-z0-9-]+)?\.[a-z0-9]{20,}$/;
/** Resource Manager's display names: 1-255 characters; we keep to ones a policy or a console search can name unambiguously. */
const STACK_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export interface EngineProblem {
  readonly field: string;
  readonly value: unknown;
  readonly problem: string;
  readonly fix: string;
}

/** Problems of `engine` beyond its shape (the schema checks that). */
export function engineProblems(env: { readonly name: string; readonly engine?: DeployEngineConfig }): EngineProblem[] {
  const e = env.engine;
  if (!e || e === "terraform-cli") return [];
  const out: EngineProblem[] = [];
  if (typeof e.compartmentId !== "string" || !COMPARTMENT_OCID.test(e.compartmentId)) {
    out.push({
      field: "engine.compartmentId",
      value: e.compartmentId,
      problem: "is not the OCID of a compartment (the Resource Manager stack and its jobs live there)",
      fix: "copy the compartment's OCID from Identity > Compartments (ocid1.compartment.oc1..aaaa...)",
    });
  }
  if (e.terraformVersion !== undefined && !(RESOURCE_MANAGER_TERRAFORM_VERSIONS as readonly string[]).includes(e.terraformVersion)) {
    out.push({
      field: "engine.terraformVersion",
      value: e.terraformVersion,
      problem: `is not a Terraform version Resource Manager offers for new stacks (${RESOURCE_MANAGER_TERRAFORM_VERSIONS.join(", ")})`,
      fix: 'leave it out (default "1.5.x"), or use one of the versions listed',
    });
  }
  if (e.stackName !== undefined && !STACK_NAME.test(e.stackName)) {
    out.push({
      field: "engine.stackName",
      value: e.stackName,
      problem: "must be 1-100 letters, digits, dots, dashes or underscores, starting with a letter or digit",
      fix: `leave it out (default "oic-access-${env.name}") or use e.g. "oic-access-${env.name}"`,
    });
  }
  return out;
}

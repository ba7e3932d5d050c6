/**
 * Reading the review's input: a plan from `terraform show -json`, or the
 * synthesized configuration cdktf writes. Every problem becomes one
 * sentence (ReviewInputError) that says what to do; the CLI prints it and
 * exits 1.
 */
import type { SynthesizedStack, TerraformPlan } from "../synth/terraform-json";
import { OicAccessError } from "../../contract/errors";

export class ReviewInputError extends OicAccessError {
  readonly code = "REVIEW_INPUT";
  override readonly name = "ReviewInputError";
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function parseJson(text: string, source: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ReviewInputError(
      `${source} is not JSON: pass ${what}, not the binary plan file or the text printed by \`terraform plan\`.`,
    );
  }
}

/** Validates and returns a JSON plan; `source` names the file in messages. */
export function parsePlan(text: string, source: string): TerraformPlan {
  const doc = parseJson(text, source, "the output of `terraform show -json <saved plan>`");
  if (!isRecord(doc)) {
    throw new ReviewInputError(`${source} is not a Terraform JSON plan: expected an object at the top level.`);
  }
  if (!("format_version" in doc)) {
    if ("resource" in doc || "terraform" in doc) {
      throw new ReviewInputError(
        `${source} is a synthesized configuration (cdk.tf.json), not a plan: run the review without --plan to read it, or pass \`terraform show -json <saved plan>\`.`,
      );
    }
    throw new ReviewInputError(
      `${source} is not a Terraform JSON plan: field format_version is missing; create it with \`terraform show -json <saved plan> > plan.json\`.`,
    );
  }
  const version = doc.format_version;
  if (typeof version !== "string" || !/^1\.\d+$/.test(version)) {
    throw new ReviewInputError(
      `${source} has format_version ${JSON.stringify(version)}: this review reads Terraform's JSON plan format 1.x; create the file with Terraform 1.x \`terraform show -json <saved plan>\`.`,
    );
  }
  const isPlan = "resource_changes" in doc || "planned_values" in doc || "applyable" in doc;
  if (!isPlan) {
    throw new ReviewInputError(
      `${source} is Terraform JSON but not a plan (no resource_changes or planned_values; is it \`terraform show -json\` of the state?): pass \`terraform show -json <saved plan>\`.`,
    );
  }
  const changes = doc.resource_changes;
  if (changes !== undefined) {
    if (!Array.isArray(changes)) {
      throw new ReviewInputError(`${source}: field resource_changes must be a list; the file is damaged or not from \`terraform show -json\`.`);
    }
    changes.forEach((rc, i) => {
      const ok =
        isRecord(rc) &&
        typeof rc.address === "string" &&
        typeof rc.type === "string" &&
        isRecord(rc.change) &&
        Array.isArray(rc.change.actions);
      if (!ok) {
        throw new ReviewInputError(
          `${source}: resource_changes[${i}] lacks address, type or change.actions; the file is damaged or not from \`terraform show -json\`.`,
        );
      }
    });
  }
  return doc as unknown as TerraformPlan;
}

/** Validates and returns a synthesized stack (cdk.tf.json). */
export function parseSynthesizedStack(text: string, source: string): SynthesizedStack {
  const doc = parseJson(text, source, "cdktf.out/stacks/<env>/cdk.tf.json as written by `npm run synth`");
  if (!isRecord(doc) || "format_version" in doc) {
    throw new ReviewInputError(
      `${source} is not a synthesized configuration (cdk.tf.json): run \`npm run synth\`, or pass a plan with --plan.`,
    );
  }
  if (doc.resource !== undefined && !isRecord(doc.resource)) {
    throw new ReviewInputError(`${source}: field resource must be an object of resource types; run \`npm run synth\` again.`);
  }
  return doc as SynthesizedStack;
}

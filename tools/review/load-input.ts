/**
 * Reading the review's input: a plan from `terraform show -json`, or the
 * synthesized configuration cdktf writes. Every problem becomes one
 * sentence (ReviewInputError) that says what to do; the CLI prints it and
 * exits 1.
 */
import type { SynthesizedStack, TerraformPlan } from "../../lib/stack-model/terraform-json";
import { ERROR_CODES, OicAccessError } from "../../contract/errors";

export class ReviewInputError extends OicAccessError {
  readonly code = ERROR_CODES.reviewInput;
  override readonly name = "ReviewInputError";
}

/**
 * Deepest nesting of objects and arrays the review accepts. Terraform plans
 * of this project nest about 12 levels (child modules add two each): 512 is
 * far beyond any real plan and far below what the recursive walks of the
 * review (redaction, secret collection, diff) can take on Node's stack.
 */
export const MAX_NESTING = 512;

/** The one-line error for input nested deeper than {@link MAX_NESTING}. */
export function nestingError(source: string | undefined, what = "plan JSON", at?: string): ReviewInputError {
  const where = at ? ` (at ${at.length > 80 ? at.slice(0, 80) + "…" : at})` : "";
  return new ReviewInputError(
    `${source ? `${source}: ` : ""}${what} nests deeper than ${MAX_NESTING} levels${where}; no Terraform plan or cdktf stack is this deep, so the file is damaged or crafted: regenerate it with \`terraform show -json <saved plan>\` (or \`npm run synth\`).`,
  );
}

/**
 * Throws {@link nestingError} when `doc` nests deeper than {@link MAX_NESTING}.
 * Iterative: JSON.parse itself is iterative in V8 and accepts any depth, the
 * walks after it are not.
 */
export function assertNesting(doc: unknown, source: string, what = "plan JSON"): void {
  const values: unknown[] = [doc];
  const depths: number[] = [0];
  while (values.length) {
    const value = values.pop();
    const depth = depths.pop()!;
    if (typeof value !== "object" || value === null) continue;
    if (depth >= MAX_NESTING) {
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      const at = (pathToDepth(doc, 0) ?? "").replace(/^\./, "").replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, "?");
      throw nestingError(source, what, at || "top level");
    }
    for (const item of Array.isArray(value) ? value : Object.values(value)) {
      if (typeof item === "object" && item !== null) {
        values.push(item);
        depths.push(depth + 1);
      }
    }
  }
}

/** The first steps of the path to a container at depth MAX_NESTING, for the message (recursion bounded by MAX_NESTING). */
function pathToDepth(value: unknown, depth: number): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  if (depth >= MAX_NESTING) return "";
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [`[${i}]`, v]) : Object.entries(value).map(([k, v]) => [`.${k}`, v]);
  for (const [step, item] of entries) {
    const rest = pathToDepth(item, depth + 1);
    if (rest !== undefined) return depth < 4 ? `${step}${rest}` : depth === 4 ? "…" : "";
  }
  return undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function parseJson(text: string, source: string, what: string, kind: string): unknown {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new ReviewInputError(
      `${source} is not JSON: pass ${what}, not the binary plan file or the text printed by \`terraform plan\`.`,
    );
  }
  assertNesting(doc, source, kind);
  return doc;
}

/** A value quoted in an error message: one line, at most 40 characters. */
function shortJson(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** Validates and returns a JSON plan; `source` names the file in messages. */
export function parsePlan(text: string, source: string): TerraformPlan {
  const doc = parseJson(text, source, "the output of `terraform show -json <saved plan>`", "plan JSON");
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
      `${source} has format_version ${shortJson(version)}: this review reads Terraform's JSON plan format 1.x; create the file with Terraform 1.x \`terraform show -json <saved plan>\`.`,
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
  const doc = parseJson(text, source, "cdktf.out/stacks/<env>/cdk.tf.json as written by `npm run synth`", "synthesized configuration JSON");
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

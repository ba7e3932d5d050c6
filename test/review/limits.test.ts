/** Hostile sizes and shapes: deep nesting gives a one-line error, never a stack overflow. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MAX_NESTING, parsePlan, parseSynthesizedStack, ReviewInputError } from "../../tools/review/load-input";
import { renderMarkdown } from "../../tools/review/markdown";
import { reviewPlan } from "../../tools/review/review";
import { runReview } from "../../tools/review/run";
import type { TerraformPlan } from "../../lib/stack-model/terraform-json";
import { UsageError } from "../../lib/errors";

/** `{"a":{"a":...1...}}` nested `levels` objects deep, as text. */
function nestedText(levels: number): string {
  return '{"a":'.repeat(levels - 1) + "{}" + "}".repeat(levels - 1);
}

function nested(levels: number): unknown {
  let v: unknown = {};
  for (let i = 1; i < levels; i++) v = { a: v };
  return v;
}

function planWith(after: string, where: "after" | "drift" | "module" = "after"): string {
  const rc = (a: string) => `{"address":"x.y","type":"x","name":"y","change":{"actions":["update"],"before":{},"after":${a}}}`;
  if (where === "drift") return `{"format_version":"1.2","resource_changes":[],"resource_drift":[${rc(after)}]}`;
  if (where === "module") return `{"format_version":"1.2","resource_changes":[],"prior_state":{"values":{"root_module":${after}}}}`;
  return `{"format_version":"1.2","resource_changes":[${rc(after)}]}`;
}

/** child_modules nested `levels` deep. */
function deepModules(levels: number): string {
  return '{"child_modules":[{"child_modules":['.repeat(levels) + "{}" + "]}]}".repeat(levels);
}

const MESSAGE = new RegExp(`plan JSON nests deeper than ${MAX_NESTING} levels .*regenerate it with \`terraform show -json <saved plan>\``);

describe("nesting", () => {
  it.each([
    ["10,000 levels in a change's after", planWith(nestedText(10_000))],
    ["10,000 levels in resource_drift", planWith(nestedText(10_000), "drift")],
    ["5,000 levels of child_modules", planWith(deepModules(5_000), "module")],
    ["an array 10,000 levels deep", planWith("[".repeat(10_000) + "]".repeat(10_000))],
  ])("%s: a one-line ReviewInputError, not a stack overflow", (_name, text) => {
    expect(() => parsePlan(text, "deep.json")).toThrow(ReviewInputError);
    expect(() => parsePlan(text, "deep.json")).toThrow(MESSAGE);
  });

  it("names where the nesting starts", () => {
    expect(() => parsePlan(planWith(nestedText(10_000)), "deep.json")).toThrow(/\(at resource_changes\[0\]\.change\.after…\)/);
  });

  it("accepts a plan nested up to the limit and reviews it", () => {
    // top level (1) + resource_changes (2) + [0] (3) + change (4) + after (5): after holds MAX_NESTING - 4 levels.
    const text = planWith(nestedText(MAX_NESTING - 4));
    const plan = parsePlan(text, "ok.json");
    expect(renderMarkdown([reviewPlan("dev", plan)], { approved: false })).toContain("x.y");
    expect(() => parsePlan(planWith(nestedText(MAX_NESTING - 3)), "deep.json")).toThrow(MESSAGE);
  });

  it("every recursive walk refuses depth by itself too (a plan object that did not come through parsePlan)", () => {
    const plan = { format_version: "1.2", resource_changes: [{ address: "x.y", type: "x", name: "y", change: { actions: ["update"], before: {}, after: nested(10_000) } }] };
    expect(() => reviewPlan("dev", plan as unknown as TerraformPlan)).toThrow(/plan JSON nests deeper than/);
    const masked = { ...plan, resource_changes: [{ ...plan.resource_changes[0]!, change: { ...plan.resource_changes[0]!.change, after: {}, after_sensitive: nested(10_000), after_unknown: nested(10_000) } }] };
    expect(() => reviewPlan("dev", masked as unknown as TerraformPlan)).not.toThrow(RangeError);
  });

  it("a deep cdk.tf.json is refused the same way", () => {
    expect(() => parseSynthesizedStack(`{"resource":${nestedText(10_000)}}`, "cdk.tf.json")).toThrow(/synthesized configuration JSON nests deeper than/);
  });

  it("the CLI prints one line and exits 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "review-deep-"));
    try {
      writeFileSync(join(dir, "plan.json"), planWith(nestedText(10_000)));
      let stdout = "";
      let stderr = "";
      const status = runReview(["dev", "--plan", "plan.json"], { cwd: dir, projectDir: dir, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
      expect(status).toBe(1);
      expect(stdout).toBe("");
      expect(stderr.trim().split("\n")).toHaveLength(1);
      expect(stderr).toMatch(MESSAGE);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("one-line errors", () => {
  it("an option or path carrying a newline still gives one line", () => {
    const io = { cwd: tmpdir(), projectDir: tmpdir(), stdout: () => undefined, stderr: (t: string) => (err += t) };
    let err = "";
    // A usage mistake is thrown to runCommand, which prints it as one line (test/command/run-command.test.ts).
    expect(() => runReview(["--x\ny"], io)).toThrow(UsageError);
    expect(runReview(["dev", "--plan", "no\nsuch\u2028file.json"], io)).toBe(1);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).toMatch(/does not exist: create it with/);
  });

  it("a huge format_version is quoted short", () => {
    const text = `{"format_version":${JSON.stringify("9".repeat(10_000))},"resource_changes":[]}`;
    expect(() => parsePlan(text, "p.json")).toThrow(/format_version "9{39}…: this review reads/);
  });
});

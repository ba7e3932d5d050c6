/**
 * The closed shape cannot rot: the resource types, data sources, data-source
 * references and functions that config-shape.ts allows are exactly what our
 * constructs emit across every stack variant, and every variant passes
 * check-config against its base (the controls of the hostile corpus).
 */
import { baselineFromStack, checkStack, formatViolation } from "../../tools/pipeline/check-stack";
import { DATA_SOURCES, FUNCTIONS, postconditionFor, RESOURCE_TYPES } from "../../tools/pipeline/config-shape";
import { parseStrictJson } from "../../tools/pipeline/strict-json";
import { parseTemplate, type Expr } from "../../tools/pipeline/template";
import { environmentStacks, oneMoreAppStack, twoDomainStack, type Variant } from "./stack-variants";
import { nonEmpty } from "../helpers/non-empty";

let variants: Variant[];
beforeAll(async () => {
  variants = [...environmentStacks(), await twoDomainStack(), oneMoreAppStack()];
});

/** Every string in the stack (keys too), outside `//` comments. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === "string") out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) if (k !== "//") strings(x, strings(k, out));
  return out;
}

function exprs(e: Expr, out: Expr[] = []): Expr[] {
  out.push(e);
  if (e.kind === "call") e.args.forEach((a) => exprs(a, out));
  if (e.kind === "tuple") e.items.forEach((a) => exprs(a, out));
  if (e.kind === "object") e.entries.forEach(([, a]) => exprs(a, out));
  return out;
}

describe("check-config: the closed shape equals what our constructs emit", () => {
  it("resource types and data sources", () => {
    expect(variants.length).toBe(5);
    const resources = new Set(variants.flatMap((v) => Object.keys(v.stack.resource)));
    const data = new Set(variants.flatMap((v) => Object.keys(v.stack.data)));
    expect([...resources].sort()).toEqual([...RESOURCE_TYPES].sort());
    expect([...data].sort()).toEqual(Object.keys(DATA_SOURCES).sort());
  });

  it("data-source arguments, the references other blocks make to data sources, and functions", () => {
    const args = new Map<string, Set<string>>();
    for (const v of nonEmpty(variants, "stack variant")) {
      for (const [type, named] of Object.entries<Record<string, any>>(v.stack.data)) {
        for (const body of Object.values(named)) for (const k of Object.keys(body)) if (k !== "//" && k !== "lifecycle") (args.get(type) ?? args.set(type, new Set()).get(type)!).add(k);
      }
    }
    for (const [type, shape] of nonEmpty(Object.entries(DATA_SOURCES), "data source shape")) expect([...(args.get(type) ?? [])].sort()).toEqual([...shape.arguments].sort());

    // provider and variable are compared whole with the base branch's; the postconditions are matched whole, not through the grammar.
    const postconditions = new Set(Object.values(DATA_SOURCES).flatMap((s) => (s.postconditionList ? [postconditionFor(s.postconditionList)] : [])));
    const found = variants.flatMap((v) => strings([v.stack.resource, v.stack.data, v.stack.output]).filter((s) => s.includes("${") && !postconditions.has(s)).flatMap((s) => parseTemplate(s)).flatMap((p) => ("expr" in p ? exprs(p.expr) : [])));
    expect(found.length).toBeGreaterThan(0);
    const dataRefs = new Set(found.flatMap((e) => (e.kind === "reference" && e.mode === "data" ? [`${e.type} ${e.text.split(".").slice(3).join(".")}`] : [])));
    const allowedRefs = Object.entries(DATA_SOURCES).flatMap(([type, s]) => s.references.map((r) => `${type} ${r}`));
    expect([...dataRefs].sort()).toEqual(allowedRefs.sort());
    const functions = new Set(found.flatMap((e) => (e.kind === "call" ? [e.fn] : [])));
    expect([...functions].sort()).toEqual([...FUNCTIONS].sort());
  });
});

describe("check-config: the controls pass", () => {
  it("every environment, the two-domain variant with a certificate, and one more client app (against the base branch's dev)", () => {
    expect(variants.length).toBe(5);
    for (const v of nonEmpty(variants, "stack variant")) {
      // Through the strict reader, as the artifact is read.
      const read = parseStrictJson(JSON.stringify(v.stack, null, 2));
      expect([v.name, checkStack(read, `stacks/${v.name}/cdk.tf.json`, baselineFromStack(parseStrictJson(JSON.stringify(v.base)))).map(formatViolation)]).toEqual([v.name, []]);
    }
  });
});

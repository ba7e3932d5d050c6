// A test whose expectations sit in a loop over an empty list passes while
// asserting nothing. Every loop in test/ that holds an `expect(...)` must go
// over a non-empty array literal (or a const bound to one in the same file),
// or over `nonEmpty(...)` / `all(...)` (test/helpers), which fail on nothing.
import { describe, expect, it } from "@jest/globals";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { createRequire } from "node:module";
import type * as TS from "typescript";

// Required, not imported: an ESM import of this 9 MB CommonJS file makes Jest
// scan all of it for named exports first (~1 s of CPU per test file).
const ts = createRequire(import.meta.url)("typescript") as typeof TS;

const TEST_DIR = new URL("..", import.meta.url).pathname;
const GUARDS = new Set(["nonEmpty", "all"]);
const CALLBACK_LOOPS = new Set(["forEach", "map", "flatMap", "every", "some"]);

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

/** "<file>:<line> <loop>" for every expectation inside a loop over a list that may be empty. */
function unguardedLoops(file: string, text = readFileSync(file, "utf8")): string[] {
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const literalConsts = new Set<string>();
  const collect = (n: TS.Node): void => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && ts.isArrayLiteralExpression(n.initializer) && n.initializer.elements.length > 0) literalConsts.add(n.name.text);
    ts.forEachChild(n, collect);
  };
  collect(src);
  const guarded = (e: TS.Expression): boolean =>
    (ts.isArrayLiteralExpression(e) && e.elements.length > 0) || (ts.isIdentifier(e) && literalConsts.has(e.text)) || (ts.isCallExpression(e) && ts.isIdentifier(e.expression) && GUARDS.has(e.expression.text));
  const found = new Set<string>();
  const visit = (node: TS.Node, loop: { node: TS.Node; safe: boolean } | undefined): void => {
    let here = loop;
    if (ts.isForOfStatement(node) || ts.isForInStatement(node)) here = { node, safe: guarded(node.expression) };
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && CALLBACK_LOOPS.has(node.expression.name.text) && node.arguments.some((a) => ts.isArrowFunction(a) || ts.isFunctionExpression(a))) {
      here = { node, safe: guarded(node.expression.expression) };
    }
    if (loop && !loop.safe && ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "expect") {
      const line = src.getLineAndCharacterOfPosition(loop.node.getStart()).line + 1;
      found.add(`${relative(TEST_DIR, file)}:${line} ${loop.node.getText(src).split("\n")[0].slice(0, 90)}`);
    }
    ts.forEachChild(node, (c) => visit(c, here));
  };
  visit(src, undefined);
  return [...found];
}

describe("expectations in loops", () => {
  it("never sit in a loop over a list that may be empty", () => {
    const files = testFiles(TEST_DIR);
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((f) => unguardedLoops(f))).toEqual([]);
  });

  it("flags a loop over an unguarded list, and not one over a literal, nonEmpty(...) or all(...)", () => {
    const file = join(TEST_DIR, "sample.ts");
    expect(unguardedLoops(file, "const xs = load();\nfor (const x of xs) expect(x).toBe(1);\nxs.forEach((x) => expect(x).toBe(1));")).toHaveLength(2);
    expect(unguardedLoops(file, "const ys = [1];\nfor (const y of ys) expect(y).toBe(1);\nfor (const z of [2]) expect(z).toBe(2);")).toEqual([]);
    expect(unguardedLoops(file, 'for (const x of nonEmpty(load(), "x")) expect(x).toBe(1);\nfor (const r of all(parsed, "t")) expect(r).toBeDefined();')).toEqual([]);
  });
});

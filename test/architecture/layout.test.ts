/**
 * The tree's shape: four kinds in four places and no cycle between files or
 * between folders. The import graph comes from TypeScript's own pre-processor
 * and module resolution (the compiler that type-checks us), not from a regex.
 */
import { describe, expect, it } from "@jest/globals";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import ts from "typescript";

const ROOT = process.cwd();
const SOURCE_DIRS = ["main.ts", "lib", "cli", "tools", "sandbox", "offline-provider", "contract", "stacks", "function/src"];

function sourceFiles(path: string): string[] {
  const abs = join(ROOT, path);
  if (statSync(abs).isFile()) return [path];
  return readdirSync(abs).flatMap((name) => {
    const child = join(path, name);
    if (statSync(join(ROOT, child)).isDirectory()) return name === "node_modules" ? [] : sourceFiles(child);
    return /\.ts$/.test(name) && !name.endsWith(".d.ts") ? [child] : [];
  });
}

const files = SOURCE_DIRS.flatMap(sourceFiles).map((f) => f.split(sep).join("/"));
const options: ts.CompilerOptions = { moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext, allowImportingTsExtensions: true };

/** file -> the project files it imports (packages left out). */
const graph = new Map<string, string[]>(
  files.map((file) => {
    const info = ts.preProcessFile(readFileSync(join(ROOT, file), "utf8"), true, true);
    const targets = info.importedFiles
      .map((ref) => ts.resolveModuleName(ref.fileName, join(ROOT, file), options, ts.sys).resolvedModule)
      .filter((m): m is ts.ResolvedModuleFull => m !== undefined && !m.isExternalLibraryImport)
      .map((m) => relative(ROOT, m.resolvedFileName).split(sep).join("/"))
      .filter((t) => !t.startsWith(".gen/"));
    return [file, targets];
  }),
);

/** Strongly connected components with more than one member (or a self-loop): the cycles. */
function cycles(g: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>(), low = new Map<string, number>(), onStack = new Set<string>(), stack: string[] = [];
  const out: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index); low.set(v, index); index++; stack.push(v); onStack.add(v);
    for (const w of g.get(v) ?? []) {
      if (!idx.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do { w = stack.pop()!; onStack.delete(w); scc.push(w); } while (w !== v);
      if (scc.length > 1 || (g.get(v) ?? []).includes(v)) out.push(scc.sort());
    }
  };
  for (const v of g.keys()) if (!idx.has(v)) visit(v);
  return out;
}

/** The kind of a file: its top folder (main.ts is the app). */
const kindOf = (f: string): string => (f === "main.ts" ? "app" : f.startsWith("function/") ? "function" : f.split("/")[0]!);

/** Which kinds each kind may import (besides itself): the one direction of dependencies the README describes. */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  contract: [],
  lib: ["contract"],
  stacks: ["lib", "contract"],
  app: ["lib", "stacks", "contract"],
  tools: ["lib", "contract"],
  "offline-provider": ["contract"],
  sandbox: ["tools", "lib", "contract", "offline-provider"],
  cli: ["tools", "sandbox", "offline-provider", "lib", "stacks", "contract"],
  function: ["contract"],
};

describe("layout", () => {
  it("keeps every import inside what its kind may import (resolved paths: stacks/ and lib/oic-access-stack/ told apart)", () => {
    const kinds = new Set(files.map(kindOf));
    expect([...kinds].sort()).toEqual(Object.keys(MAY_IMPORT).sort());
    const wrong = [...graph].flatMap(([from, targets]) =>
      // provider/oci-schema.json is data (the provider's schema), read by the checker and the offline provider.
      targets.filter((to) => !to.startsWith("provider/") && kindOf(to) !== kindOf(from) && !MAY_IMPORT[kindOf(from)]!.includes(kindOf(to))).map((to) => `${from} -> ${to}`),
    );
    expect(wrong).toEqual([]);
  });

  it("reads a real import graph", () => {
    expect(files.length).toBeGreaterThan(100);
    const edges = [...graph.values()].reduce((n, t) => n + t.length, 0);
    expect(edges).toBeGreaterThan(300);
  });

  it("has no cycle between files", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("has no cycle between folders", () => {
    const folder = (f: string): string => f.includes("/") ? f.slice(0, f.lastIndexOf("/")) : ".";
    const folders = new Map<string, Set<string>>();
    for (const [from, targets] of graph) {
      for (const to of targets) {
        const a = folder(from), b = folder(to);
        // A folder may import its own sub-folders and its parent's files; a cycle across siblings is what we refuse.
        if (a === b || b.startsWith(`${a}/`) || a.startsWith(`${b}/`)) continue;
        if (!folders.has(a)) folders.set(a, new Set());
        folders.get(a)!.add(b);
      }
    }
    expect(folders.size).toBeGreaterThan(5);
    expect(cycles(new Map([...folders].map(([k, v]) => [k, [...v]])))).toEqual([]);
  });
});

/**
 * The tree's shape: four kinds in four places and no cycle between files or
 * between folders. The import graph comes from TypeScript's own pre-processor
 * and module resolution (the compiler that type-checks us), not from a regex.
 */
import { describe, expect, it } from "@jest/globals";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { createRequire } from "node:module";
import type * as TS from "typescript";

// Required, not imported: an ESM import of this 9 MB CommonJS file makes Jest
// scan all of it for named exports first (~1 s of CPU per test file).
const ts = createRequire(import.meta.url)("typescript") as typeof TS;

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
const options: TS.CompilerOptions = { moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext, allowImportingTsExtensions: true };

/** The project files `file` imports (packages left out; dynamic `import("...")` included). */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(join(ROOT, file), "utf8"), true, true);
  return info.importedFiles
    .map((ref) => ts.resolveModuleName(ref.fileName, join(ROOT, file), options, ts.sys).resolvedModule)
    .filter((m): m is TS.ResolvedModuleFull => m !== undefined && !m.isExternalLibraryImport)
    .map((m) => relative(ROOT, m.resolvedFileName).split(sep).join("/"))
    .filter((t) => !t.startsWith(".gen/"));
}

/** file -> the project files it imports. */
const graph = new Map<string, string[]>(files.map((file) => [file, importsOf(file)]));

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

/**
 * Where the code is started from, each with why: every other file under
 * the checked folders must be reachable from one of these through imports,
 * or it is dead. (Tests count: a fake used only by tests is alive.)
 */
const ENTRY_POINTS: readonly { readonly match: (f: string) => boolean; readonly why: string }[] = [
  { match: (f) => f === "main.ts", why: "the CDKTF app (cdktf.json `app`, npm run synth)" },
  { match: (f) => f === "lib/index.ts", why: "the library's public API (package.json `exports`)" },
  { match: (f) => /^cli\/[^/]+\.ts$/.test(f), why: "one command each (scripts/build.mjs bundles cli/*.ts)" },
  { match: (f) => f.startsWith("stacks/"), why: "the environment files and their examples (read by main.ts, the commands and users)" },
  { match: (f) => f === "function/src/func.ts", why: "the assertion Function (function/build.mjs bundles it; func.yaml runs it)" },
  { match: (f) => f === "offline-provider/main.ts", why: "the offline provider's plugin process (offline-provider/install.ts bundles it; Terraform starts it)" },
  { match: (f) => f.startsWith("bench/"), why: "benchmarks (scripts/bench.mjs bundles bench/*.ts)" },
  { match: (f) => f.startsWith("scripts/"), why: "generators (scripts/gen-plan-fixtures.mjs bundles scripts/plan-fixtures/generate.ts)" },
  { match: (f) => f.startsWith("test/"), why: "the jest suites and their helpers" },
];

/** The folders whose every file must be reachable from an entry point. */
const CHECKED_FOR_DEAD_CODE = ["lib/", "contract/", "tools/", "sandbox/", "offline-provider/", "function/src/"];

/** Every file reachable from an entry point (test/, bench/ and scripts/ files included in the walk). */
function reachable(): Set<string> {
  const all = [...files, ...["test", "bench", "scripts"].flatMap(sourceFiles).map((f) => f.split(sep).join("/"))];
  const imports = new Map<string, string[]>([...graph, ...all.filter((f) => !graph.has(f)).map((f) => [f, importsOf(f)] as [string, string[]])]);
  const seen = new Set<string>();
  const todo = all.filter((f) => ENTRY_POINTS.some((e) => e.match(f)));
  while (todo.length > 0) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    todo.push(...(imports.get(f) ?? []));
  }
  return seen;
}

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

  it("has no dead file: every file of the library, contract, tools, fakes and Function is reachable from an entry point", () => {
    const live = reachable();
    const checked = files.filter((f) => CHECKED_FOR_DEAD_CODE.some((d) => f.startsWith(d)));
    expect(checked.length).toBeGreaterThan(100);
    expect(live.size).toBeGreaterThan(checked.length / 2);
    expect(checked.filter((f) => !live.has(f))).toEqual([]);
  });
});

/**
 * Mermaid's own parser, in a child process (test/helpers/mermaid-check.mjs:
 * jsdom + mermaid from node_modules).
 *
 * Each result is kept in node_modules/.cache/oic-access/mermaid/, under a
 * hash of the diagram's source, mermaid's version and the checker's own
 * source: starting jsdom and mermaid costs about a second of CPU per call,
 * and a diagram that did not change parses as it did. A changed diagram, a
 * new mermaid or a changed checker is parsed anew.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { hashOf, keep, readKept } from "./kept-result";

export interface ParsedMermaid {
  readonly ok: boolean;
  readonly error?: string;
  readonly type?: string;
  readonly vertices: readonly { id: string; text: string; classes: readonly string[]; link: string | null; type: string | null }[];
  readonly edges: readonly { start: string; end: string; text: string; type: string; stroke: string }[];
  readonly subgraphs: readonly { id: string; title: string; nodes: readonly string[] }[];
  readonly classes: readonly string[];
  /** click handlers, links and tooltips: none of our diagrams has one. */
  readonly clicks: number;
  readonly ms: number;
}

const SCRIPT = fileURLToPath(new URL("./mermaid-check.mjs", import.meta.url));

let checker: string | undefined;
/** What a result depends on besides the source: mermaid's version and this checker. */
function checkerKey(): string {
  if (checker === undefined) {
    const mermaid = JSON.parse(readFileSync(fileURLToPath(new URL("../../node_modules/mermaid/package.json", import.meta.url)), "utf8")) as { version: string };
    checker = `${mermaid.version}\0${readFileSync(SCRIPT, "utf8")}`;
  }
  return checker;
}

const hashFor = (source: string) => hashOf([checkerKey(), source]);

/** Parses every source with mermaid.parse and reads back the graph mermaid built (one process for those not kept). */
export function parseMermaid(sources: readonly string[]): ParsedMermaid[] {
  const results = sources.map((source) => readKept<ParsedMermaid>("mermaid", hashFor(source)));
  const missing = sources.filter((_, i) => !results[i]);
  if (missing.length === 0) return results as ParsedMermaid[];
  const run = spawnSync(process.execPath, [SCRIPT], { input: JSON.stringify(missing), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`mermaid-check failed (${run.status}): ${run.stderr}`);
  const parsed = JSON.parse(run.stdout) as ParsedMermaid[];
  missing.forEach((source, i) => keep("mermaid", hashFor(source), parsed[i]!));
  let next = 0; // `missing` is in the order of the gaps in `results`
  return results.map((r) => r ?? parsed[next++]!);
}

/** The Mermaid source inside the first ```mermaid fence of a Markdown text. */
export function mermaidSourceIn(markdown: string): string {
  const m = /^```mermaid\n([\s\S]*?)\n```$/m.exec(markdown);
  if (!m) throw new Error("no ```mermaid block in the text");
  return m[1]!;
}

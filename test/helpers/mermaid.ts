/** Mermaid's own parser, in a child process (test/helpers/mermaid-check.mjs: jsdom + mermaid from node_modules). */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

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

/** Parses every source with mermaid.parse and reads back the graph mermaid built (one process for all). */
export function parseMermaid(sources: readonly string[]): ParsedMermaid[] {
  const run = spawnSync(process.execPath, [SCRIPT], { input: JSON.stringify(sources), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`mermaid-check failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as ParsedMermaid[];
}

/** The Mermaid source inside the first ```mermaid fence of a Markdown text. */
export function mermaidSourceIn(markdown: string): string {
  const m = /^```mermaid\n([\s\S]*?)\n```$/m.exec(markdown);
  if (!m) throw new Error("no ```mermaid block in the text");
  return m[1]!;
}

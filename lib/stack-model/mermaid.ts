/**
 * A topology (topology.ts) as a Mermaid flowchart, which GitHub draws in
 * comments and Markdown files.
 *
 * Every piece of text from a stack or a plan (names, URLs, user names,
 * aliases) is untrusted: it goes into a double-quoted label with every
 * character outside letters, digits, space, ".", "/", "@" and "-" written as
 * Mermaid's numeric entity `#<code>;` (Mermaid turns these into placeholders
 * before parsing and into HTML character references after rendering). So a
 * label can hold no quote, bracket, pipe, backtick, `;`, `%%`, `-->`, `:::`,
 * `<`, `&`, newline or Markdown emphasis that Mermaid, its Markdown labels or
 * the browser would read as syntax: it can neither end its string, start a
 * statement (`click`, `style`, `classDef`, a comment), nor inject HTML. The
 * "style ... : ... #...;" rewrite Mermaid applies to whole lines needs a
 * literal ":", which is escaped too. Control and invisible characters are
 * shown (U+2400 pictures, `[U+202E]`), long lines are cut. Node and subgraph
 * ids are ours (`n0`, `d0`), never derived from text.
 */
import { MAX_TOPOLOGY_NODES, type ChangeStatus, type NodeKind, type Topology, type TopologyEdge, type TopologyNode } from "./topology";

/** Characters of one label line shown before it is cut. */
export const MAX_LABEL_CHARS = 110;

const SAFE = /^[A-Za-z0-9 ./@-]$/;
// C1 controls, invisible formatting, bidi controls, line/paragraph separators, BOM.
const INVISIBLE = /^[\u0080-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufeff\ufff9-\ufffb]$/;

/** One character as Mermaid label text: itself when inert, else a numeric entity. */
function escapeChar(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code < 0x20 || code === 0x7f) return `#${code === 0x7f ? 0x2421 : 0x2400 + code};`;
  if (INVISIBLE.test(ch) || (code >= 0xd800 && code <= 0xdfff)) return `#91;U#43;${code.toString(16).toUpperCase().padStart(4, "0")}#93;`;
  // A leading "-" or digit could start a Markdown list inside a label: entity too.
  return SAFE.test(ch) ? ch : `#${code};`;
}

/** Untrusted text as the inside of a quoted Mermaid label: one line, inert, at most MAX_LABEL_CHARS characters. */
export function mermaidText(text: string, max = MAX_LABEL_CHARS): string {
  const chars = [...text];
  const cut = chars.length > max ? [...chars.slice(0, max), "…"] : chars;
  return cut
    .map((ch, i) => (i === 0 && /[-0-9]/.test(ch) ? `#${ch.codePointAt(0)};` : escapeChar(ch)))
    .join("");
}

/** Several lines of untrusted text as one quoted label (lines joined by our own `<br/>`). */
function label(lines: readonly string[], scrub: (s: string) => string): string {
  return `"${lines.map((l) => mermaidText(scrub(l))).join("<br/>")}"`;
}

const STATUS_TEXT: Readonly<Record<ChangeStatus, string>> = {
  added: "➕ added",
  replaced: "♻️ replaced",
  updated: "✏️ updated",
  deleted: "🗑️ deleted",
  unchanged: "",
};

/** Node shapes by kind: open and close around the quoted label. */
const SHAPES: Readonly<Record<NodeKind, readonly [string, string]>> = {
  oic: ["[[", "]]"],
  "client-app": ["[", "]"],
  "trusted-app": ["[", "]"],
  certificate: ["{{", "}}"],
  user: ["([", "])"],
  group: ["([", "])"],
  "signing-key": ["[(", ")]"],
  function: ["[/", "/]"],
  invoker: [">", "]"],
};

/** Arrows by status: a change reads without colour too. */
const ARROWS: Readonly<Record<ChangeStatus, string>> = { added: "==>", replaced: "==>", updated: "-->", deleted: "-.->", unchanged: "-->" };

const CLASS_DEFS: Readonly<Record<Exclude<ChangeStatus, "unchanged">, string>> = {
  added: "fill:#dafbe1,stroke:#1a7f37,stroke-width:2px,color:#0f5323",
  replaced: "fill:#fff8c5,stroke:#9a6700,stroke-width:3px,color:#4d2d00",
  updated: "fill:#ddf4ff,stroke:#0969da,stroke-width:2px,color:#0a3069",
  deleted: "fill:#ffebe9,stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 3,color:#82071e",
};
const LINK_COLORS: Readonly<Record<Exclude<ChangeStatus, "unchanged">, string>> = { added: "#1a7f37", replaced: "#9a6700", updated: "#0969da", deleted: "#cf222e" };

export interface MermaidOptions {
  /** Applied to every text before escaping (the review removes secret values with it). @default identity */
  readonly scrub?: (text: string) => string;
}

/** The nodes drawn: changed ones first when there are too many, and how many were left out. */
function visibleNodes(nodes: readonly TopologyNode[]): { shown: TopologyNode[]; omitted: number } {
  if (nodes.length <= MAX_TOPOLOGY_NODES) return { shown: [...nodes], omitted: 0 };
  const ranked = [...nodes].sort((a, b) => Number(a.status === "unchanged") - Number(b.status === "unchanged"));
  const keep = new Set(ranked.slice(0, MAX_TOPOLOGY_NODES - 1).map((n) => n.key));
  return { shown: nodes.filter((n) => keep.has(n.key)), omitted: nodes.length - keep.size };
}

/** The Mermaid source of a topology (without Markdown fences). */
export function renderMermaid(t: Topology, options: MermaidOptions = {}): string {
  const scrub = options.scrub ?? ((s: string) => s);
  const { shown, omitted } = visibleNodes(t.nodes);
  const ids = new Map(shown.map((n, i) => [n.key, `n${i}`]));
  const nodeLine = (n: TopologyNode) => {
    const [open, close] = SHAPES[n.kind];
    const lines = n.status === "unchanged" ? n.lines : [STATUS_TEXT[n.status], ...n.lines];
    return `    ${ids.get(n.key)}${open}${label(lines, scrub)}${close}`;
  };
  const out = ["flowchart LR"];
  const places: [TopologyNode["place"], string[]][] = [
    ["oic-domain", t.fusionDomainUrl ? ["OIC's identity domain", t.oicDomainUrl] : ["OIC's and Fusion's identity domain", t.oicDomainUrl]],
    ["fusion-domain", ["Fusion's identity domain", t.fusionDomainUrl ?? ""]],
    ["tenancy", ["OCI tenancy: Vault, Functions, policies"]],
  ];
  places.forEach(([place, title], i) => {
    const inside = shown.filter((n) => n.place === place);
    if (inside.length === 0) return;
    out.push(`  subgraph d${i}[${label(title.filter(Boolean), scrub)}]`, "    direction TB", ...inside.map(nodeLine), "  end");
  });
  if (omitted > 0) out.push(`  more[${label([`${omitted} more resources not drawn`], scrub)}]`);

  const edges = t.edges.filter((e) => ids.has(e.from) && ids.has(e.to));
  const linkStyles = new Map<ChangeStatus, number[]>();
  edges.forEach((e: TopologyEdge, i) => {
    const text = e.status === "unchanged" ? e.label : `${e.label} (${e.status})`;
    out.push(`  ${ids.get(e.from)} ${ARROWS[e.status]}|${label([text], scrub)}| ${ids.get(e.to)}`);
    if (e.status !== "unchanged") linkStyles.set(e.status, [...(linkStyles.get(e.status) ?? []), i]);
  });

  const statuses = (Object.keys(CLASS_DEFS) as (keyof typeof CLASS_DEFS)[]).filter((s) => t.showsChanges || shown.some((n) => n.status === s));
  for (const s of statuses) out.push(`  classDef ${s} ${CLASS_DEFS[s]}`);
  for (const s of statuses) {
    const members = shown.filter((n) => n.status === s).map((n) => ids.get(n.key)!);
    if (members.length) out.push(`  class ${members.join(",")} ${s}`);
  }
  for (const [s, indexes] of linkStyles) {
    if (s !== "unchanged") out.push(`  linkStyle ${indexes.join(",")} stroke:${LINK_COLORS[s]},stroke-width:2px`);
  }
  if (t.showsChanges) {
    out.push(`  subgraph legend[${label(["Legend"], scrub)}]`, "    direction LR");
    statuses.forEach((s, i) => out.push(`    legend${i}[${label([STATUS_TEXT[s]], scrub)}]:::${s}`));
    out.push(`    legend${statuses.length}[${label(["unchanged"], scrub)}]`, "  end");
  }
  return out.join("\n");
}

/** A Mermaid source as a fenced Markdown block (the source holds no backtick: labels are escaped). */
export function mermaidBlock(source: string): string {
  return ["```mermaid", source, "```"].join("\n");
}

/**
 * The review comment is safe to post: no plan value renders as anything but
 * literal text. Checked two ways: on the exact Markdown text, and by parsing
 * it with a CommonMark renderer (commonmark.js, a pinned devDependency) — GitHub's GFM is CommonMark plus
 * tables, autolinks, mentions and emoji, whose handling (all skipped inside
 * code spans, `\|` in cells) is asserted on the text.
 */
import { createRequire } from "node:module";
import { isOwnReviewComment, reviewMarker, truncateComment } from "../../tools/review/comment";
import { renderJson, renderMarkdown } from "../../tools/review/markdown";
import { codeList, inlineCode, MAX_VALUE_CHARS, tableCell, visible } from "../../tools/review/md-escape";
import { reviewPlan } from "../../tools/review/review";
import { loadPlan } from "./fixtures";
import { mermaidSourceIn, parseMermaid } from "../helpers/mermaid";
import { nonEmpty } from "../helpers/non-empty";

interface CmNode {
  readonly type: string;
  readonly literal: string | null;
  readonly level: number;
  readonly info: string | null;
  readonly parent: CmNode | null;
}
interface CommonMark {
  Parser: new () => { parse(text: string): { walker(): { next(): { entering: boolean; node: CmNode } | null } } };
  HtmlRenderer: new () => { render(doc: unknown): string };
}

const commonmark: CommonMark | undefined = (() => {
  try {
    return createRequire(import.meta.url)("commonmark") as CommonMark;
  } catch {
    return undefined;
  }
})();
/** commonmark.js is a pinned devDependency: without it the rendering checks fail, never skip. */
if (!commonmark) throw new Error("commonmark.js is not installed: run npm ci (it is a devDependency)");
const withRenderer = describe;

function nodes(markdown: string): CmNode[] {
  const walker = new commonmark!.Parser().parse(markdown).walker();
  const out: CmNode[] = [];
  for (let e = walker.next(); e; e = walker.next()) if (e.entering) out.push(e.node);
  return out;
}

function insideCode(n: CmNode): boolean {
  for (let p: CmNode | null = n; p; p = p.parent) if (p.type === "code" || p.type === "code_block") return true;
  return false;
}

/** Text GitHub would show outside code spans (where mentions, links, emoji would be live). */
function liveText(markdown: string): string {
  return nodes(markdown)
    .filter((n) => (n.type === "text" || n.type === "html_inline" || n.type === "html_block") && !insideCode(n))
    .map((n) => n.literal)
    .join("\n");
}

const hostile = () => reviewPlan("dev", loadPlan("hostile-values.json"));
const markdown = () => renderMarkdown([hostile()], { approved: false });

/** Payloads planted in hostile-values.json: none may appear outside a code span. */
const PAYLOADS = ["@org", "@octocat", "Approved by security", "<img", "onerror", "<details", "<script", "<b>", "evil.example.com", ":+1:", "#123", "<!-- everything", "quoted", "[click]", "- [ ] item"];

/** GFM's row split: cells are separated by pipes not preceded by a backslash. */
function gfmCells(row: string): number {
  let cells = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] === "\\") i++;
    else if (row[i] === "|") cells++;
  }
  return cells - 1;
}

describe("plan values in the Markdown (text)", () => {
  it("a redirect URI carrying \\n@org/team\\n## ... stays one line in one code span", () => {
    const md = markdown();
    expect(md).toContain("`https://app.example.com/cb␊@org/team␊## Approved by security`");
    const lines = md.split("\n");
    expect(lines.filter((l) => /^\s*(#|@|>)/.test(l)).map((l) => l.replace(/`[^`]*`/g, "CODE"))).toEqual([
      "## Infrastructure review: CODE",
      "### Risk flags",
      "### Secrets in the raw plan",
      "### Who trusts whom",
      "### Changes by construct",
      "#### CODE",
      "#### CODE",
      "#### CODE",
    ]);
    expect(lines.some((l) => l.startsWith("@org") || l.startsWith("## Approved"))).toBe(false);
  });

  it("no line starts with a value (values are code spans, so: no line starts with a backtick but the diagram's fence)", () => {
    expect(markdown().split("\n").filter((l) => l.trimStart().startsWith("`"))).toEqual(["```mermaid", "```"]);
  });

  it("the diagram draws the hostile names as text: mermaid parses it into our nodes only, with nothing clickable", () => {
    const md = markdown();
    const [p] = parseMermaid([mermaidSourceIn(md)]);
    expect(p!.error).toBeUndefined();
    expect(p!.clicks).toBe(0);
    expect(p!.vertices.every((v) => /^(n\d+|legend\d+)$/.test(v.id))).toBe(true);
    const texts = p!.vertices.map((v) => v.text).join("\n");
    // the for_each-keyed app's name and the update's app name, as text
    expect(texts).toContain("dev-vbcs");
    // inside the labels: nothing but inert characters, entities and our own line breaks
    const labels = mermaidSourceIn(md).match(/"[^"]*"/g) ?? [];
    expect(labels.length).toBeGreaterThan(5);
    for (const l of nonEmpty(labels, "labels")) expect(l.replace(/<br\/>/g, "")).toMatch(/^"[A-Za-z0-9 ./@#;-]*"$/);
  });

  it("table rows keep their three cells whatever pipes the values carry", () => {
    const rows = markdown()
      .split("\n")
      .filter((l) => l.startsWith("| ") && !l.startsWith("| create") && !l.startsWith("| 0"));
    expect(rows.length).toBeGreaterThan(5);
    for (const row of nonEmpty(rows, "table row")) expect(gfmCells(row)).toBe(3);
    expect(markdown()).toContain("`name\\|<b>bold</b>`");
  });

  it("a backtick run gets a longer fence, and a value starting with a backtick is padded", () => {
    expect(markdown()).toContain("```` ``` `fenced` `` ````");
    expect(markdown()).toContain('``oci_identity_domains_app.app["a|b`c`\\n## x"]``');
  });

  it("the comment starts with this environment's marker; a marker inside a value forges nothing", () => {
    const md = markdown();
    expect(md.startsWith(`${reviewMarker("dev")}\n`)).toBe(true);
    expect(md).toContain("`https://app.example.com/cb?x=<!-- oic-access-review:prod -->`");
    expect(isOwnReviewComment(md, "dev")).toBe(true);
    expect(isOwnReviewComment(md, "prod")).toBe(false);
  });

  it("bidi and zero-width characters are shown, not obeyed", () => {
    expect(markdown()).toContain("`https://app.example.com/[U+202E]cb[U+200B]`");
    expect(markdown()).not.toMatch(/[\u202a-\u202e\u200b-\u200f\u2066-\u2069]/);
  });

  it("the sensitive value reused in a redirect URI, a description and a tag key is redacted there too", () => {
    const r = hostile();
    const all = JSON.stringify(r.changes) + JSON.stringify(r.flags) + markdown() + renderJson([r], { approved: false });
    expect(all).not.toContain("do-not-print-reused-token");
    expect(all).toContain("https://vbcs.example.com/cb?token=[redacted]");
    const replaced = r.changes.find((c) => c.action === "replace")!;
    expect(Object.keys((replaced.before as { freeform_tags: object }).freeform_tags)).toEqual(["[redacted]"]);
  });

  it("the JSON summary quotes the same values (JSON-escaped), one line each", () => {
    const summary = JSON.parse(renderJson([hostile()], { approved: false }));
    expect(summary.environments[0].changes.map((c: { address: string }) => c.address)).toContain('oci_identity_domains_app.app["a|b`c`\\n## x"]');
  });
});

withRenderer("plan values in the Markdown (rendered by a CommonMark parser)", () => {
  it("no payload is live: outside code spans there is only our text", () => {
    const live = liveText(markdown());
    for (const p of PAYLOADS) expect(live).not.toContain(p);
    // ... and every payload is still shown, literally, inside a code span.
    const code = nodes(markdown())
      .filter((n) => n.type === "code")
      .map((n) => n.literal)
      .join("\n");
    for (const p of PAYLOADS) expect(code).toContain(p);
  });

  it("no raw HTML but the marker and our <sub>, no link, image, quote or extra heading", () => {
    const all = nodes(markdown());
    expect(all.filter((n) => n.type === "html_block").map((n) => n.literal)).toEqual([reviewMarker("dev")]);
    expect(new Set(all.filter((n) => n.type === "html_inline").map((n) => n.literal))).toEqual(new Set(["<sub>", "</sub>"]));
    expect(all.filter((n) => ["link", "image", "block_quote"].includes(n.type))).toEqual([]);
    // one code block: the diagram, fenced as mermaid
    expect(all.filter((n) => n.type === "code_block").map((n) => n.info)).toEqual(["mermaid"]);
    expect(all.filter((n) => n.type === "heading").map((n) => n.level)).toEqual([2, 3, 3, 3, 3, 4, 4, 4]);
    expect(all.filter((n) => n.type === "list")).toHaveLength(2);
  });

  it("an unterminated <!-- in a value hides nothing after it", () => {
    const html = new commonmark!.HtmlRenderer().render(new commonmark!.Parser().parse(markdown()));
    expect(html).toContain("&lt;!-- everything after this is hidden");
    expect(html).toContain("Generated by <code>npm run review</code>");
    expect(html.match(/<!--/g)).toHaveLength(1);
  });

  it("inlineCode round-trips any string: one code span whose text is the value, made visible", () => {
    // Deterministic pseudo-random strings over the characters that matter.
    const alphabet = ["`", "``", " ", "|", "\\", "<", "!--", "-->", "\n", "\r", "@", "*", "_", "[", "](", ")", "#", "a", ":", "~~~", "&amp;", "\t"];
    let seed = 42;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const samples = ["`", "``", "a`b", "` a `", " a ", "```", "x```", "<!--", "a\nb", "   ", " "];
    for (let i = 0; i < 400; i++) samples.push(Array.from({ length: 1 + rand(10) }, () => alphabet[rand(alphabet.length)]).join(""));
    for (const value of samples) {
      const md = `x ${inlineCode(value)} y`;
      const found = nodes(md).filter((n) => n.type !== "document");
      expect({ value, types: found.map((n) => n.type) }).toEqual({ value, types: ["paragraph", "text", "code", "text"] });
      expect({ value, code: found[2]!.literal }).toEqual({ value, code: visible(value) });
    }
  });
});

describe("inlineCode, codeList, tableCell", () => {
  it("uses a fence longer than the longest backtick run", () => {
    expect(inlineCode("plain")).toBe("`plain`");
    expect(inlineCode("a``b")).toBe("```a``b```");
    expect(inlineCode("`x`")).toBe("`` `x` ``");
    expect(inlineCode(" padded ")).toBe("`  padded  `");
    expect(inlineCode("")).toBe("(empty)");
  });

  it("makes control, bidi and invisible characters visible", () => {
    expect(inlineCode("a\nb\r\tc\u0000\u007f")).toBe("`a␊b␍␉c␀␡`");
    expect(visible("x\u202ey\u2028z\ufeff")).toBe("x[U+202E]y[U+2028]z[U+FEFF]");
    expect(visible("\ud800")).toBe("[U+D800]");
    expect(visible("😀 ok")).toBe("😀 ok");
  });

  it("cuts long values (never inside a surrogate pair) and long lists", () => {
    const long = "a".repeat(MAX_VALUE_CHARS - 1) + "😀" + "b".repeat(50);
    expect(inlineCode(long)).toBe("`" + "a".repeat(MAX_VALUE_CHARS - 1) + "` … (52 more characters)");
    expect(codeList(Array.from({ length: 25 }, (_, i) => `u${i}`))).toMatch(/`u19`, and 5 more$/);
  });

  it("escapes every pipe of a cell and drops line endings", () => {
    expect(tableCell("`a|b` | c\nd")).toBe("`a\\|b` \\| c d");
  });
});

describe("isOwnReviewComment", () => {
  const body = `${reviewMarker("dev")}\n## Infrastructure review`;
  it.each([
    [body, "dev", true],
    [`${reviewMarker("dev")}\r\nrest`, "dev", true],
    [reviewMarker("dev"), "dev", true],
    [body, "prod", false],
    [`${reviewMarker("dev-eu")}\nx`, "dev", false],
    [`${reviewMarker("dev")}x\n`, "dev", false],
    [` ${body}`, "dev", false],
    [`note\n${body}`, "dev", false],
    [`\`${reviewMarker("dev")}\``, "dev", false],
    ["<!-- oic-access-review:dev-->\n", "dev", false],
    [null, "dev", false],
    [body, "../dev", false],
  ])("%j for %s: %s", (b, env, expected) => {
    expect(isOwnReviewComment(b as string | null, env)).toBe(expected);
  });

  it("a marker refuses an environment name that could break it", () => {
    expect(() => reviewMarker("dev -->")).toThrow(/cannot name a review comment/);
    expect(() => reviewMarker("")).toThrow(/cannot name a review comment/);
  });
});

describe("truncateComment", () => {
  it("cuts at a line boundary, keeps the marker, stays under the limit", () => {
    const md = markdown();
    const cut = truncateComment(md, 900);
    expect(cut.length).toBeLessThanOrEqual(900);
    expect(isOwnReviewComment(cut, "dev")).toBe(true);
    expect(cut).toMatch(/review truncated/);
    const kept = cut.split("\n\n… review truncated")[0]!;
    expect(md.startsWith(kept)).toBe(true);
    expect(md[kept.length]).toBe("\n");
    expect(truncateComment(md, md.length)).toBe(md);
  });

  it("closes a fenced block the cut lands in (the diagram), so the note is not swallowed", () => {
    const md = ["<!-- oic-access-review:dev -->", "## dev", "```mermaid", "flowchart LR", ...Array.from({ length: 40 }, (_, i) => `  n${i}["app ${i}"]`), "```", "after"].join("\n");
    const limit = md.indexOf("n30");
    const cut = truncateComment(md, limit);
    expect(cut.length).toBeLessThanOrEqual(limit);
    const lines = cut.split("\n");
    const fences = lines.filter((l) => l.startsWith("```"));
    expect(fences).toEqual(["```mermaid", "```"]);
    expect(lines.indexOf("```", 3)).toBeLessThan(lines.findIndex((l) => l.includes("review truncated")));
  });
});

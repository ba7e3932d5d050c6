/**
 * The diagrams draw: the review's (a plan that replaces the trusted app),
 * `npm start`'s topology file for dev, and one full of hostile labels, each
 * rendered by mermaid's browser bundle (node_modules/mermaid, the pinned
 * version the parser tests use) in headless chromium.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { EnvironmentConfig } from "../../lib/config/environment";
import { renderMarkdown } from "../../tools/review/markdown";
import { reviewPlan } from "../../tools/review/review";
import { renderMermaid } from "../../lib/stack-model/mermaid";
import { readStackModel } from "../../lib/stack-model/read-stack";
import { topologyMarkdown } from "../../lib/stack-model/topology-file";
import { synthesize } from "../../lib/synthesize";
import { dev } from "../../stacks/dev";
import { dumpDom } from "../helpers/chromium";
import { mermaidSourceIn } from "../helpers/mermaid";
import { loadPlan } from "./fixtures";
import { nonEmpty } from "../helpers/non-empty";

const MERMAID_BUNDLE = pathToFileURL(resolve("node_modules/mermaid/dist/mermaid.min.js")).href;

/** HTML-escaped text for the page's <pre> (mermaid reads the element's text). */
const html = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function page(diagrams: readonly string[]): string {
  return [
    '<!doctype html><html><head><meta charset="utf-8"></head><body>',
    ...diagrams.map((d, i) => `<pre class="mermaid" id="d${i}">${html(d)}</pre>`),
    `<script src="${MERMAID_BUNDLE}"></script>`,
    "<script>",
    'mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });',
    'mermaid.run({ querySelector: ".mermaid" }).then(() => document.body.setAttribute("data-rendered", "ok"), (e) => document.body.setAttribute("data-rendered", "error: " + e.message));',
    "</script></body></html>",
  ].join("\n");
}

let dir: string;
let dom = "";
let svgs: string[] = [];
const diagrams: string[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "render-diagram-"));
  const assertion: any = { ...dev.assertion, certificatePem: readFileSync("scripts/plan-fixtures/dev-assertion-cert.pem", "utf8") };
  delete assertion.certificatePath;
  const config = { ...dev, assertion } as EnvironmentConfig;
  synthesize([config], { outdir: dir, baseDir: dir });
  const stackFile = join(dir, "stacks", "dev", "cdk.tf.json");
  const stack = JSON.parse(readFileSync(stackFile, "utf8"));
  // 1. the review of a plan that replaces the trusted app
  diagrams.push(mermaidSourceIn(renderMarkdown([reviewPlan("dev", loadPlan("replace-apps.json"), undefined, stack)], { approved: false })));
  // 2. what npm start writes to cdktf.out/topology-dev.md
  diagrams.push(mermaidSourceIn(topologyMarkdown(readStackModel(join(dir, "stacks", "dev")), stackFile)));
  // 3. hostile labels
  diagrams.push(
    renderMermaid({
      env: "x",
      oicDomainUrl: '"]; click n0 href "javascript:alert(1)"',
      nodes: [
        { key: "a", kind: "client-app", place: "oic-domain", lines: ["<img src=x onerror=alert(1)>", "`**b**` --> n9[pwned]\n%% c"], status: "added" },
        { key: "b", kind: "oic", place: "oic-domain", lines: ["<script>alert(2)</script>"], status: "unchanged" },
      ],
      edges: [{ key: "e", from: "a", to: "b", label: '|"x"| --> style b fill:#f00;', status: "added" }],
      showsChanges: true,
    }),
  );
  const file = join(dir, "page.html");
  writeFileSync(file, page(diagrams));
  dom = dumpDom(file);
  svgs = [...dom.matchAll(/<pre class="mermaid" id="d(\d+)"[^>]*>([\s\S]*?)<\/pre>/g)].map((m) => m[2]!);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the diagrams render in a browser", () => {
  test("mermaid draws all three without an error", () => {
    expect(dom).toContain('data-rendered="ok"');
    expect(svgs).toHaveLength(3);
    for (const svg of nonEmpty(svgs, "svgs")) {
      expect(/^<svg [^>]*aria-roledescription="flowchart-v2"/.test(svg)).toBe(true);
      // mermaid draws its error diagram (class error-icon paths, "Syntax error in text") when a source fails
      expect(/Syntax error in text|<path class="error-icon"/.test(svg)).toBe(false);
    }
  });

  test("the review's diagram shows the trusted app replaced, beside the unchanged apps", () => {
    const svg = svgs[0]!;
    const nodes = svg.match(/<g class="node [^"]*"/g) ?? [];
    // each topology node plus the five legend entries
    expect(nodes.length).toBe((diagrams[0]!.match(/^ {4}(n|legend)\d+/gm) ?? []).length);
    expect(nodes.filter((n) => n.includes(" replaced")).length).toBeGreaterThanOrEqual(3);
    expect(svg).toContain("dev-oic-fusion-assertion");
    expect(svg).toContain("♻️ replaced");
  });

  test("npm start's topology of dev draws its apps, certificate, key and Function", () => {
    const svg = svgs[1]!;
    for (const text of ["dev-oic-scheduler", "dev-oic-vbcs", "alias dev-oic-fusion-assertion-v1", "Vault key", "assertion Function", "OIC's and Fusion's identity domain"]) {
      expect(svg).toContain(text.replace(/'/g, "'"));
    }
    expect((svg.match(/<g class="edgeLabel"/g) ?? []).length).toBeGreaterThanOrEqual(7);
  });

  test("hostile labels are drawn as text: no element, link or handler comes from them", () => {
    const svg = svgs[2]!;
    // the payloads are there, as escaped text inside the labels
    expect(svg.includes("<p>➕ added<br>&lt;img src=x onerror=alert(1)&gt;<br>`**b**` --&gt; n9[pwned]␊%% c</p>")).toBe(true);
    expect(svg.includes("<p>&lt;script&gt;alert(2)&lt;/script&gt;</p>")).toBe(true);
    expect(svg.includes('click n0 href "javascript:alert(1)"</p>')).toBe(true);
    // and no element or attribute comes from them
    expect(/<img|<script|<a[\s>]|<strong|<em>|<code/.test(svg)).toBe(false);
    expect(/\s(href|xlink:href|src|on[a-z]+)=["']?javascript:/i.test(svg)).toBe(false);
    expect(svg.match(/<g class="node [^"]*"/g)).toHaveLength(2 + 5);
  });
});

import { readFileSync } from "node:fs";
import { renderMermaid, mermaidText } from "../../lib/stack-model/mermaid";
import { stackModelOf } from "../../lib/stack-model/read-stack";
import { buildTopology, type Topology } from "../../lib/stack-model/topology";
import type { EnvironmentConfig } from "../../lib/config/environment";
import { ENVIRONMENTS } from "../../stacks";
import { dev } from "../../stacks/dev";
import { synthEnv } from "../helpers/synth";
import { parseMermaid, type ParsedMermaid } from "../helpers/mermaid";
import { nonEmpty } from "../helpers/non-empty";

const CERT = readFileSync("scripts/plan-fixtures/dev-assertion-cert.pem", "utf8");

/** dev with its certificate present (as after `npm run cert`), and the shipped test and prod. */
function environments(): EnvironmentConfig[] {
  const assertion: any = { ...dev.assertion, certificatePem: CERT };
  delete assertion.certificatePath;
  return [{ ...dev, assertion }, ...ENVIRONMENTS.filter((e) => e.name !== "dev")];
}

const topologies = environments().map((config) => buildTopology(config.name, { after: stackModelOf(synthEnv(config).parsed) }));
const sources = topologies.map((t) => renderMermaid(t));
let parsed: ParsedMermaid[] = [];
let hostileParsed: ParsedMermaid | undefined;
beforeAll(() => {
  // One mermaid process for the file (each start loads jsdom and mermaid): the environments' diagrams and the hostile one.
  const all = parseMermaid([...sources, hostileSource]);
  parsed = all.slice(0, sources.length);
  hostileParsed = all[sources.length];
});

/** Vertex text of the node whose text contains `needle` (mermaid's own reading). */
const vertex = (p: ParsedMermaid, needle: string) => {
  const found = p.vertices.filter((v) => v.text.includes(needle));
  expect(found).toHaveLength(1);
  return found[0]!;
};
const subgraphOf = (p: ParsedMermaid, id: string) => p.subgraphs.find((s) => s.nodes.includes(id))?.title ?? "";
const edgesBetween = (p: ParsedMermaid, from: string, to: string) => p.edges.filter((e) => e.start === from && e.end === to).map((e) => e.text);

describe("the identity topology of every environment, parsed by mermaid", () => {
  test("each diagram is a flowchart mermaid accepts, with no click, link or tooltip", () => {
    expect(parsed).toHaveLength(3);
    for (const p of nonEmpty(parsed, "parsed")) {
      expect(p.error).toBeUndefined();
      expect(p).toMatchObject({ ok: true, type: "flowchart-v2", clicks: 0 });
      expect(p.vertices.length).toBeGreaterThan(5);
    }
  });

  test("dev: one domain holds OIC, the client apps, the trusted app and its certificate; grants, trust, key and invoker are drawn", () => {
    const p = parsed[0]!;
    const oic = vertex(p, "OIC (resource app)");
    const scheduler = vertex(p, "dev-oic-scheduler");
    const vbcs = vertex(p, "dev-oic-vbcs");
    const user = vertex(p, "user<br>integration.tester@example.com");
    const trusted = vertex(p, "dev-oic-fusion-assertion<br>trusted app");
    const cert = vertex(p, "alias dev-oic-fusion-assertion-v1");
    const key = vertex(p, "Vault key");
    const fn = vertex(p, "assertion Function");
    for (const v of [oic, scheduler, vbcs, user, trusted, cert]) expect(subgraphOf(p, v.id)).toContain("OIC's and Fusion's identity domain");
    for (const v of [key, fn]) expect(subgraphOf(p, v.id)).toContain("OCI tenancy");
    expect(edgesBetween(p, scheduler.id, oic.id)).toEqual(["ServiceInvoker"]);
    expect(edgesBetween(p, vbcs.id, oic.id)).toEqual(["ServiceInvoker"]);
    expect(edgesBetween(p, user.id, oic.id)).toEqual(["ServiceInvoker"]);
    expect(edgesBetween(p, trusted.id, cert.id)).toEqual(["trusts"]);
    expect(edgesBetween(p, fn.id, key.id)).toEqual(["signs with"]);
    expect(edgesBetween(p, oic.id, fn.id)).toEqual(["may invoke"]);
    expect(fn.text).toContain("may assert: users integration.tester@example.com,fusion.reader@example.com");
    expect(key.text).toContain("SOFTWARE");
  });

  test("prod: the trusted app is in Fusion's domain, the client apps and the group in OIC's", () => {
    const p = parsed[2]!;
    expect(subgraphOf(p, vertex(p, "prod-oic-fusion-assertion").id)).toContain("Fusion's identity domain");
    expect(subgraphOf(p, vertex(p, "prod-oic-scheduler").id)).toContain("OIC's identity domain");
    const group = vertex(p, "OIC Business Users");
    expect(subgraphOf(p, group.id)).toContain("OIC's identity domain");
    const oic = vertex(p, "OIC (resource app)");
    expect(edgesBetween(p, group.id, oic.id)).toEqual(["ServiceInvoker"]);
    expect(edgesBetween(p, vertex(p, "prod-oic-erp-backend").id, oic.id).sort()).toEqual(["ServiceInvoker", "ServiceUser"]);
    expect(vertex(p, "Vault key").text).toContain("HSM");
    expect(vertex(p, "assertion Function").text).toContain("may assert: groups OIC Fusion Propagation Users");
    // without changes there is no legend
    expect(p.subgraphs.map((s) => s.title)).not.toContain("Legend");
  });
});

/** Labels that try to be Mermaid, Markdown or HTML syntax. */
const HOSTILE = [
  'app" --> evil["x',
  "app]] ; click n0 call alert(1)",
  "line one\nclick n0 href \"javascript:alert(1)\"\nn9[pwned]",
  "%% comment\n%%{init: {'securityLevel': 'loose'}}%%",
  "`**bold** _it_ [link](https://evil.example.com)`",
  "<img src=x onerror=alert(1)><script>alert(2)</script>",
  "style n0 fill:#f00; classDef x color:#0f0;",
  "end\nsubgraph s9\nend",
  "n0:::deleted -.-> n1 | pipe | --o x",
  "#quot; #35; &amp; &lt;b&gt; #lt;",
  "bidi \u202Egpj.exe and zero\u200Bwidth and tab\there",
  "- list item\n1. numbered\n# heading",
];

const hostile: Topology = {
  env: "hostile",
  oicDomainUrl: HOSTILE[0]!,
  fusionDomainUrl: HOSTILE[1]!,
  nodes: HOSTILE.map((text, i) => ({
    key: `k${i}`,
    kind: (["client-app", "trusted-app", "certificate", "user", "group", "signing-key", "function", "invoker", "oic"] as const)[i % 9]!,
    place: (["oic-domain", "fusion-domain", "tenancy"] as const)[i % 3]!,
    lines: [text, `second ${text}`],
    status: (["added", "replaced", "updated", "deleted", "unchanged"] as const)[i % 5]!,
  })),
  edges: HOSTILE.map((text, i) => ({ key: `e${i}`, from: `k${i}`, to: `k${(i + 1) % HOSTILE.length}`, label: text, status: (["added", "deleted", "unchanged"] as const)[i % 3]! })),
  showsChanges: true,
};
const hostileSource = renderMermaid(hostile);

describe("hostile labels", () => {
  test("never change the graph: every node, edge and subgraph is ours, with the text as given, and nothing is clickable", () => {
    const p = hostileParsed;
    expect(p!.error).toBeUndefined();
    expect(p!.clicks).toBe(0);
    // 12 nodes + 5 legend entries, and nothing else (no n9, no evil, no pwned)
    expect(p!.vertices.map((v) => v.id).sort()).toEqual([...HOSTILE.map((_, i) => `n${i}`), ...[0, 1, 2, 3, 4].map((i) => `legend${i}`)].sort());
    expect(p!.edges).toHaveLength(HOSTILE.length);
    expect(p!.subgraphs.map((s) => s.id).sort()).toEqual(["d0", "d1", "d2", "legend"]);
    // classes are only ours, and only where we put them
    expect(new Set(p!.classes)).toEqual(new Set(["added", "replaced", "updated", "deleted"]));
    HOSTILE.forEach((text, i) => {
      const v = p!.vertices.find((x) => x.id === `n${i}`)!;
      const lines = v.text.split(/<br\/?>/);
      // the status line (when changed), then the text shown with control and invisible characters made visible
      expect(lines[lines.length - 2]).toBe(shown(text));
      expect(lines[lines.length - 1]).toBe(shown(`second ${text}`));
      expect(p!.edges[i]!.text).toContain(shown(text));
    });
  });

  test("the source holds no quote, backtick, bracket, angle bracket, semicolon or newline of a label", () => {
    for (const text of HOSTILE) {
      const escaped = mermaidText(text);
      expect(escaped).toMatch(/^[A-Za-z0-9 ./@#;-]*$/);
      expect(escaped).not.toMatch(/[\n"`[\]<>|%:]/);
      // every "#" starts one of our numeric entities
      expect(escaped.replace(/#\d+;/g, "")).not.toContain("#");
    }
    expect(hostileSource.split("\n").every((line) => !/^\s*(click|style|%%|linkStyle 99)/.test(line))).toBe(true);
  });
});

/** What a label shows for `text`: control characters as pictures, invisible ones named. */
function shown(text: string): string {
  return [...text]
    .map((ch) => {
      const c = ch.codePointAt(0)!;
      if (c < 0x20) return String.fromCodePoint(0x2400 + c);
      if (/[\u200b-\u200f\u202a-\u202e]/.test(ch)) return `[U+${c.toString(16).toUpperCase().padStart(4, "0")}]`;
      return ch;
    })
    .join("");
}

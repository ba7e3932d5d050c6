#!/usr/bin/env node
// Parses Mermaid flowcharts with mermaid's own parser, in Node: reads a JSON
// list of diagram sources on stdin, writes one JSON result per source on
// stdout: { ok, error?, vertices, edges, subgraphs, classes, clicks }.
// mermaid needs a DOM even to parse (DOMPurify hooks), so a jsdom window is
// installed first. Run as a child process so the DOM globals stay out of
// the test's own realm.
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";

const { window } = new JSDOM("<!doctype html><html><body></body></html>");
globalThis.window = window;
globalThis.document = window.document;
// mermaid's own one-file ESM build (same version, same parser): its package
// entry imports d3, dagre, cytoscape and more as hundreds of modules, which
// cost ~1.5 s of CPU to load at every call; this loads in ~0.3 s.
const { default: mermaid } = await import("mermaid/dist/mermaid.esm.mjs");
mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });

/** Mermaid's entity placeholders (encodeEntities) back to characters. */
const decode = (text) =>
  String(text ?? "")
    .replace(/\uFB02\u00B0\u00B0(\d+)\u00B6\u00DF/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/\uFB02\u00B0(\w+)\u00B6\u00DF/g, (_, n) => `&${n};`);

// The flowchart db registers its own tooltip set-up as one "fun": a click adds more.
const baselineFuns = ((await mermaid.mermaidAPI.getDiagramFromText("flowchart LR\n  a")).db.funs ?? []).length;

const sources = JSON.parse(readFileSync(0, "utf8"));
const results = [];
for (const source of sources) {
  const started = performance.now();
  try {
    await mermaid.parse(source);
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
    const db = diagram.db;
    const vertices = [...db.getVertices().values()].map((v) => ({ id: v.id, text: decode(v.text), classes: v.classes ?? [], link: v.link ?? null, type: v.type ?? null }));
    const edges = db.getEdges().map((e) => ({ start: e.start, end: e.end, text: decode(e.text), type: e.type, stroke: e.stroke }));
    const subgraphs = db.getSubGraphs().map((s) => ({ id: s.id, title: decode(s.title), nodes: s.nodes }));
    const classes = [...db.getClasses().keys()];
    const clicks = (db.funs ?? []).length - baselineFuns + vertices.filter((v) => v.link).length + (db.tooltips ? db.tooltips.size ?? 0 : 0);
    results.push({ ok: true, type: diagram.type, vertices, edges, subgraphs, classes, clicks, ms: performance.now() - started });
  } catch (e) {
    results.push({ ok: false, error: String(e?.message ?? e).slice(0, 500), ms: performance.now() - started });
  }
}
process.stdout.write(JSON.stringify(results));

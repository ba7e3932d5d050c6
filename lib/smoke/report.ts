/**
 * The smoke run's record: one line per step with its duration, a verdict,
 * and a machine-readable JSON report. Every line passes the Redactor, and
 * nothing that is a secret, token or assertion is stored: only fingerprints.
 */
import { writeFileSync } from "node:fs";
import type { Diagnosis } from "./diagnose";
import type { FlowId } from "./inputs";

export const FLOW_NAMES: Record<FlowId, string> = {
  A: "client credentials",
  B: "authorization code (refresh)",
  C: "identity propagation (user assertion)",
};

export interface StepRecord {
  name: string;
  ok: boolean;
  ms: number;
  detail: string;
  attempts?: number;
  diagnosis?: Diagnosis;
}

export interface FlowRecord {
  flow: FlowId;
  name: string;
  ok: boolean;
  ms: number;
  steps: StepRecord[];
  /** The token's subject, when a token was obtained. */
  subject?: string;
}

export interface SmokeReport {
  env: string;
  ok: boolean;
  startedAt: string;
  ms: number;
  flows: FlowRecord[];
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}

export function stepLine(flow: FlowId, s: StepRecord): string {
  const mark = s.ok ? "ok  " : "FAIL";
  const tries = s.attempts && s.attempts > 1 ? ` (${s.attempts} attempts)` : "";
  return `  [${flow}] ${pad(s.name, 12)} ${mark} ${pad(`${Math.round(s.ms)} ms`, 8)} ${s.detail}${tries}`;
}

export function diagnosisLines(d: Diagnosis): string[] {
  return [`        cause: ${d.summary} [${d.cause}]`, ...d.evidence.map((e) => `        evidence: ${e}`), `        fix: ${d.fix}`];
}

export function verdictLines(r: SmokeReport): string[] {
  const lines = r.flows.map((f) => `  ${f.ok ? "PASS" : "FAIL"} ${f.flow} ${FLOW_NAMES[f.flow]} (${Math.round(f.ms)} ms)${f.subject ? `, subject ${f.subject}` : ""}`);
  lines.push(r.ok ? `smoke ${r.env}: PASS (${r.flows.length} flow${r.flows.length === 1 ? "" : "s"}, ${Math.round(r.ms)} ms)` : `smoke ${r.env}: FAIL`);
  return lines;
}

export function writeJsonReport(path: string, r: SmokeReport, redact: (s: string) => string): void {
  writeFileSync(path, `${redact(JSON.stringify(r, null, 2))}\n`, { mode: 0o600 });
}

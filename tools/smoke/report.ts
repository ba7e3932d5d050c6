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

/**
 * "not-configured": the flow was not run because what it needs is not given
 * (flow B without a refresh token and no person to log in, flow C without an
 * assertion user). Not a failure, but not a pass either: `ok` stays false.
 */
export type FlowStatus = "passed" | "failed" | "not-configured";

export interface FlowRecord {
  flow: FlowId;
  name: string;
  ok: boolean;
  /** Set by the run for every flow; absent in reports written before it existed (then `ok` tells). */
  status?: FlowStatus;
  /** With status "not-configured": what is missing and how to provide it. */
  notConfigured?: string;
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
  const lines = r.flows.map((f) =>
    f.status === "not-configured"
      ? `  SKIP ${f.flow} ${FLOW_NAMES[f.flow]}: not configured (${f.notConfigured ?? "?"})`
      : `  ${f.ok ? "PASS" : "FAIL"} ${f.flow} ${FLOW_NAMES[f.flow]} (${Math.round(f.ms)} ms)${f.subject ? `, subject ${f.subject}` : ""}`,
  );
  const ran = r.flows.filter((f) => f.status !== "not-configured").length;
  const skipped = r.flows.length - ran;
  const notRun = skipped ? `, ${skipped} not configured` : "";
  lines.push(r.ok ? `smoke ${r.env}: PASS (${ran} flow${ran === 1 ? "" : "s"}${notRun}, ${Math.round(r.ms)} ms)` : `smoke ${r.env}: FAIL${notRun ? ` (${notRun.slice(2)})` : ""}`);
  return lines;
}

export function writeJsonReport(path: string, r: SmokeReport, redact: (s: string) => string): void {
  writeFileSync(path, `${redact(JSON.stringify(r, null, 2))}\n`, { mode: 0o600 });
}

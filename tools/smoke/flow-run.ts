/** Runs one flow's steps in order, timing each and printing its line as it ends. */
import type { SmokeDeps } from "./context";
import { diagnose, type Diagnosis, type DiagnosisInput } from "./diagnose";
import type { FlowId } from "./inputs";
import type { TokenOutcome } from "./token-endpoint";
import { FLOW_NAMES, diagnosisLines, stepLine, type FlowRecord, type StepRecord } from "./report";

export type StepOutcome = { ok: true; detail: string; attempts?: number } | { ok: false; detail: string; attempts?: number; diagnosis: Diagnosis };

export function fail(detail: string, input: DiagnosisInput, attempts?: number): StepOutcome {
  return { ok: false, detail, attempts, diagnosis: diagnose(input) };
}

/** A failed token request as a failed step: the evidence the diagnosis needs. */
export function tokenRequestFailed(step: DiagnosisInput["step"], out: TokenOutcome & { ok: false }, expected: DiagnosisInput["expected"], attempts?: number): StepOutcome {
  return fail(`${out.status ?? ""} ${out.error ?? out.networkError ?? ""}`.trim(), {
    step,
    status: out.status,
    oauthError: out.error,
    oauthErrorDescription: out.description,
    networkError: out.networkError,
    expected,
  }, attempts);
}

export class FlowRun {
  readonly record: FlowRecord;
  readonly #deps: SmokeDeps;
  readonly #start: number;

  constructor(flow: FlowId, deps: SmokeDeps) {
    this.#deps = deps;
    this.#start = performance.now();
    this.record = { flow, name: FLOW_NAMES[flow], ok: false, ms: 0, steps: [] };
  }

  /** Runs a step; false when it failed (the flow should stop). */
  async step(name: string, fn: () => Promise<StepOutcome>): Promise<boolean> {
    const t0 = performance.now();
    let out: StepOutcome;
    try {
      out = await fn();
    } catch (err) {
      out = fail((err as Error).message, { step: "inputs", expected: { missing: (err as Error).message } });
    }
    const redact = (s: string) => this.#deps.redactor.redact(s);
    const rec: StepRecord = { name, ok: out.ok, ms: performance.now() - t0, detail: redact(out.detail), attempts: out.attempts };
    if (!out.ok) {
      rec.diagnosis = { ...out.diagnosis, summary: redact(out.diagnosis.summary), evidence: out.diagnosis.evidence.map(redact), fix: out.diagnosis.fix };
    }
    this.record.steps.push(rec);
    this.#deps.log(stepLine(this.record.flow, rec));
    if (rec.diagnosis) for (const l of diagnosisLines(rec.diagnosis)) this.#deps.log(l);
    return out.ok;
  }

  finish(): FlowRecord {
    this.record.ms = performance.now() - this.#start;
    this.record.ok = this.record.steps.length > 0 && this.record.steps.every((s) => s.ok);
    return this.record;
  }
}

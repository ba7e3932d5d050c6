/** doctor's record: one line per check, cause and fix under each finding (the smoke report's layout), and JSON. */

export type CheckStatus = "ok" | "warn" | "fail";

export interface CheckResult {
  /** Group of the check: oic, app, grant, user, trusted, certificate, drift. */
  readonly area: string;
  readonly name: string;
  readonly status: CheckStatus;
  readonly detail: string;
  readonly cause?: string;
  readonly fix?: string;
}

export interface DoctorReport {
  readonly env: string;
  readonly ok: boolean;
  readonly checkedAt: string;
  readonly domains: { readonly oic: string; readonly fusion: string };
  readonly checks: readonly CheckResult[];
}

export function ok(area: string, name: string, detail: string): CheckResult {
  return { area, name, status: "ok", detail };
}

export function bad(status: "warn" | "fail", area: string, name: string, detail: string, cause: string, fix: string): CheckResult {
  return { area, name, status, detail, cause, fix };
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}

export function checkLines(c: CheckResult): string[] {
  const mark = c.status === "ok" ? "ok  " : c.status === "warn" ? "WARN" : "FAIL";
  const lines = [`  [${pad(c.area, 11)}] ${pad(c.name, 40)} ${mark} ${c.detail}`];
  if (c.cause) lines.push(`        cause: ${c.cause}`);
  if (c.fix) lines.push(`        fix: ${c.fix}`);
  return lines;
}

export function verdictLine(r: DoctorReport): string {
  const fails = r.checks.filter((c) => c.status === "fail").length;
  const warns = r.checks.filter((c) => c.status === "warn").length;
  const counts = `${r.checks.length} checks, ${fails} failed, ${warns} warning${warns === 1 ? "" : "s"}`;
  return `doctor ${r.env}: ${r.ok ? "PASS" : "FAIL"} (${counts})`;
}

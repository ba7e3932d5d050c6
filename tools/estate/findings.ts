/** What adopt and doctor say about something they found: the problem and the fix, in a sentence each. */

export type Severity = "fail" | "warn" | "info";

export interface Finding {
  /** What it is about: an app's client id, a grant, a certificate alias. */
  readonly subject: string;
  readonly problem: string;
  readonly fix: string;
  /** fail: wrong, or adopt cannot take it over; warn: works today, will not for long or will change on the first plan; info: noted. */
  readonly severity: Severity;
}

export function finding(severity: Severity, subject: string, problem: string, fix: string): Finding {
  return { severity, subject, problem, fix };
}

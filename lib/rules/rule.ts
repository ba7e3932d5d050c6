/**
 * A safety rule, written once: a pure check with its id, level, and each
 * finding's problem and fix as data. Config validation (lib/config), the
 * constructs' own checks and the Aspects (lib/aspects) all call the same
 * rule; none of them rewrites its message.
 */
export type RuleLevel = "error" | "warning";

/** What a rule found wrong in one subject. */
export interface RuleFinding {
  /** Stable code of this case, e.g. `REDIRECT_URI_NOT_HTTPS` (a construct's ValidationError carries it). */
  readonly code: string;
  /** What is wrong, naming the value. */
  readonly problem: string;
  /** What to do. */
  readonly fix: string;
}

export interface Rule<S> {
  /** e.g. `OIC-REDIRECT`: the id to look the rule up by, and to acknowledge it by. */
  readonly id: string;
  /** An error fails synthesis (and config validation); a warning is reported only. */
  readonly level: RuleLevel;
  /** What the rule ensures, in one line. */
  readonly summary: string;
  /** The rule holds only in a protected (production) stack. */
  readonly protectedOnly: boolean;
  /** The findings for `subject`; empty when it complies. Pure: no I/O, no constructs. */
  check(subject: S): RuleFinding[];
}

/** A finding when `bad`, else none: the usual shape of a rule's case. */
export function when(bad: boolean, finding: RuleFinding): RuleFinding[] {
  return bad ? [finding] : [];
}

/**
 * The coded errors of the infrastructure side. Every one extends
 * OicAccessError (contract/errors.ts), so `main.ts` and the commands tell
 * them apart by class or `code`, never by message text.
 */
import { ERROR_CODES, OicAccessError } from "../contract/errors";

export { CodedError, ERROR_CODES, OicAccessError, type ErrorCode } from "../contract/errors";
export { ConfigError } from "./config/config-error";

/**
 * A construct was given props it cannot work with. Thrown at construction,
 * before anything is synthesized; `code` names the check (e.g.
 * `REDIRECT_URI_NOT_HTTPS`), `constructPath` the construct.
 */
export class ValidationError extends OicAccessError {
  constructor(
    readonly code: string,
    message: string,
    readonly constructPath: string,
  ) {
    super(`${constructPath}: ${message}`);
  }
}

/** `OIC_ACCESS_ONLY` / `only` named an environment that does not exist. */
export class UnknownEnvironmentError extends OicAccessError {
  readonly code = ERROR_CODES.unknownEnvironment;
  constructor(
    readonly unknown: readonly string[],
    readonly known: readonly string[],
  ) {
    super(`unknown environment ${unknown.join(", ")}; known: ${known.join(", ")}`);
  }
}

/** One safety rule (lib/aspects/) found a construct it refuses. */
export interface RuleViolation {
  /** Rule id, e.g. `OIC-PROTECT`. */
  readonly rule: string;
  /** `error` stops synthesis; `warning` is reported only. */
  readonly level: "error" | "warning";
  /** The finding's code, e.g. `PREVENT_DESTROY_MISSING`. */
  readonly code: string;
  readonly constructPath: string;
  /** `<rule id>: <problem>`. */
  readonly message: string;
  readonly fix: string;
}

/** Synthesis stopped: safety rules reported errors (through cdktf Annotations). */
export class SafetyRuleError extends OicAccessError {
  readonly code = ERROR_CODES.safetyRule;
  constructor(readonly violations: readonly RuleViolation[]) {
    const lines = violations.map((v) => `  [${v.constructPath}] ${v.message}\n      fix: ${v.fix}`);
    super(`${violations.length} safety rule violation${violations.length === 1 ? "" : "s"}:\n${lines.join("\n")}`);
  }
}

/**
 * A command was called wrongly (arguments, options, an unknown environment):
 * the commands print the message (and, when `usage` is set, the usage text)
 * and exit with status 2. The one usage error of every command.
 */
export class UsageError extends OicAccessError {
  readonly code = ERROR_CODES.usage;
  /** The command's usage text, to print after the one-line message. */
  readonly usage?: string;
  /** What was wrong, for callers and tests, e.g. `unknown-option`. */
  readonly reason?: string;
  /** Exit status for a usage mistake. */
  readonly exitCode = 2;

  constructor(message: string, options: { usage?: string; reason?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.usage = options.usage;
    this.reason = options.reason;
  }
}

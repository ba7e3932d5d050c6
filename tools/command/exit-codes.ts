/**
 * The exit statuses of every command (`npm run <command>`), listed once.
 * The README's "Commands" section shows the same table.
 *
 * | status | meaning                                                        | commands |
 * |--------|----------------------------------------------------------------|----------|
 * | 0      | done: every check passed, nothing high-risk (or approved)       | all |
 * | 1      | failed: a check, a flow, a phase or an error of the family      | all |
 * | 2      | usage mistake: a flag, an argument, an environment name, or the smoke's outputs file; one line, no stack trace | all |
 * | 3      | the plan holds a high-risk identity change not approved for this commit | review, pipeline (review, apply, deploy) |
 * | 130    | interrupted (Ctrl-C, SIGTERM); every file written is removed    | sandbox |
 *
 * High risk was 2 before the commands shared one convention; it moved to 3
 * so that a mistyped flag in a workflow step is never read as "needs
 * approval" (the workflows test for 3).
 */
import { ERROR_CODES } from "../../contract/errors";

export const EXIT = {
  ok: 0,
  failed: 1,
  usage: 2,
  highRisk: 3,
  interrupted: 130,
} as const;

export type ExitStatus = (typeof EXIT)[keyof typeof EXIT];

/**
 * Error codes (contract/errors.ts) that mean "the caller gave something
 * unusable" and exit with EXIT.usage: the one UsageError, and the smoke's
 * InputError (an unreadable outputs file or a malformed URL in it), which
 * docs/smoke.md documents as a usage mistake.
 */
export const USAGE_ERROR_CODES: ReadonlySet<string> = new Set([ERROR_CODES.usage, ERROR_CODES.smokeInput]);

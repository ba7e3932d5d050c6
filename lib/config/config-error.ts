import { ERROR_CODES, OicAccessError } from "../../contract/errors";

/** One mistake in an environment's configuration, said so a person can fix it. */
export interface ConfigProblem {
  /** Environment name, or `(environments)` for list-wide problems. */
  readonly env: string;
  /** Dotted path of the field, e.g. `authCodeApps[0].redirectUris[1]`. */
  readonly field: string;
  /** The offending value, shortened; never a secret. */
  readonly value: string;
  /** What is wrong. */
  readonly problem: string;
  /** What to do. */
  readonly fix: string;
}

/** Thrown at synth time for configuration mistakes; main.ts prints it without a stack trace. */
export class ConfigError extends OicAccessError {
  readonly code = ERROR_CODES.config;
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(formatProblems(problems));
  }
}

export function formatProblems(problems: readonly ConfigProblem[]): string {
  const lines = [`${problems.length} configuration problem${problems.length === 1 ? "" : "s"}:`];
  for (const p of problems) {
    lines.push(`  [${p.env}] ${p.field} = ${p.value}`);
    lines.push(`      ${p.problem}`);
    lines.push(`      fix: ${p.fix}`);
  }
  return lines.join("\n");
}

/** Shows a value in an error message: quoted, shortened. */
export function show(value: unknown): string {
  if (value === undefined) return "(missing)";
  const text = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

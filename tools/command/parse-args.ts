/**
 * node:util `parseArgs` for every command, with its mistakes as one-line
 * usage errors: `unknown option --x`, `--x needs a value`, ... instead of
 * Node's multi-sentence text. A command may phrase a mistake its own way.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "../../lib/errors";
import { RENAMED_FLAG, renamedFlagError } from "./connect-to";

/** What was wrong with the command line, from parseArgs' error code. */
export interface ArgvMistake {
  readonly kind: "unknown-option" | "missing-value" | "takes-no-value" | "unexpected-argument";
  /** The option as given (`--colour`, `-x`), or the argument for unexpected-argument. */
  readonly subject: string;
}

const KINDS: Readonly<Record<string, ArgvMistake["kind"]>> = {
  ERR_PARSE_ARGS_UNKNOWN_OPTION: "unknown-option",
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: "unexpected-argument",
};

/** The mistake behind a parseArgs error; undefined for any other error. */
export function argvMistake(error: unknown): ArgvMistake | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code !== "string" || !code.startsWith("ERR_PARSE_ARGS_")) return undefined;
  const message = (error as Error).message;
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? "";
  const kind = KINDS[code] ?? (/does not take an argument/.test(message) ? "takes-no-value" : "missing-value");
  // "Option '-h, --help' does not take an argument", "Option '--json <value>' argument missing": the long name.
  const subject = kind === "unknown-option" || kind === "unexpected-argument" ? quoted : (/--[^\s',<]+/.exec(quoted)?.[0] ?? quoted);
  return { kind, subject };
}

/** The default sentence for a mistake. */
export function describeMistake(m: ArgvMistake): string {
  switch (m.kind) {
    case "unknown-option":
      return `unknown option ${m.subject}`;
    case "missing-value":
      return `${m.subject} needs a value`;
    case "takes-no-value":
      return `${m.subject} takes no value`;
    default:
      return `unexpected argument "${m.subject}"`;
  }
}

/**
 * `parseArgs(config)`, its mistakes thrown as a UsageError (or what
 * `phrase` makes of them). A command that takes `--connect-to` refuses the
 * old `--endpoint` with the new name.
 */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T, phrase: (m: ArgvMistake) => Error = (m) => new UsageError(describeMistake(m), { reason: m.kind })): ReturnType<typeof parseArgs<T>> {
  const args = config.args ?? [];
  const end = args.indexOf("--");
  if (config.options?.["connect-to"] && (end < 0 ? args : args.slice(0, end)).some((a) => a === RENAMED_FLAG || a.startsWith(`${RENAMED_FLAG}=`))) throw renamedFlagError();
  try {
    return parseArgs(config);
  } catch (error) {
    const mistake = argvMistake(error);
    throw mistake ? phrase(mistake) : error;
  }
}

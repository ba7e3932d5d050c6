/**
 * The one shape of every command (`cli/*.ts`): `runCommand(name, usage, main)`.
 * It answers `--help`, runs the command's main with its arguments and an IO
 * object, turns whatever it throws into one exit status and one message
 * (tools/command/exit-codes.ts), and ends the process. `executeCommand` is
 * the same without the process, for tests.
 */
import { OicAccessError } from "../../contract/errors";
import { EXIT, USAGE_ERROR_CODES } from "./exit-codes";

/** Where a command reads and writes: the process's streams and environment, or a test's. */
export interface CommandIO {
  /** One line on stdout. */
  readonly out: (line: string) => void;
  /** One line on stderr (progress, findings, errors). */
  readonly err: (line: string) => void;
  /** Text on stdout exactly as given (Markdown, JSON). */
  readonly write: (text: string) => void;
  /** Text on stderr exactly as given. */
  readonly writeErr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Where the user typed the command (npm's INIT_CWD): relative paths given by the user resolve here. */
  readonly cwd: string;
  /** The project root (npm runs every script there). */
  readonly projectDir: string;
}

/** A command's body: its exit status, or a throw that runCommand turns into one. */
export type CommandMain = (argv: readonly string[], io: CommandIO) => Promise<number> | number;

export interface CommandOptions {
  /** How the user asks for its help, for the pointer in a usage mistake. @default `npm run <name> -- --help` */
  readonly helpCommand?: string;
  /** A sentence for an error outside the family (e.g. an OCI SDK error with a status code); undefined: its message. */
  readonly describe?: (error: unknown) => string | undefined;
}

export function processIO(): CommandIO {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    write: (text) => process.stdout.write(text),
    writeErr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.env.INIT_CWD ?? process.cwd(),
    projectDir: process.cwd(),
  };
}

/** `--help` or `-h` anywhere before a `--` terminator. */
export function asksForHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === "--help" || a === "-h");
}

export function isUsageError(error: unknown): error is OicAccessError {
  return error instanceof OicAccessError && USAGE_ERROR_CODES.has(error.code);
}

/** One line of plain text: the first paragraph, control characters (a path, an option echoed back) made spaces. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return (text.split("\n\n")[0] ?? "").replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").trim();
}

/** Runs a command's main with argv and io; the exit status, never a throw. */
export async function executeCommand(name: string, usage: string, main: CommandMain, argv: readonly string[], io: CommandIO, options: CommandOptions = {}): Promise<number> {
  if (asksForHelp(argv)) {
    io.out(usage);
    return EXIT.ok;
  }
  try {
    return await main(argv, io);
  } catch (error) {
    return reportFailure(name, error, io, options);
  }
}

function reportFailure(name: string, error: unknown, io: CommandIO, options: CommandOptions): number {
  const debug = io.env.OIC_ACCESS_DEBUG === "1";
  const stack = () => {
    if (debug && error instanceof Error && error.stack) io.err(error.stack);
  };
  if (isUsageError(error)) {
    const line = oneLine(error.message);
    const help = options.helpCommand ?? `npm run ${name} -- --help`;
    io.err(`${name}: ${line}${line.includes("--help") ? "" : ` (${help} lists the options)`}`);
    stack();
    return EXIT.usage;
  }
  // A family error's message is written for the operator; anything else gets the command's description, if it has one.
  const message = error instanceof OicAccessError ? error.message : (options.describe?.(error) ?? (error instanceof Error ? error.message : String(error)));
  io.err(`${name}: ${message}`);
  if (!(error instanceof OicAccessError) && !debug) io.err(`${name}: set OIC_ACCESS_DEBUG=1 for the stack trace`);
  stack();
  return EXIT.failed;
}

/**
 * Ends the process with `code`, once stdout and stderr have taken every
 * byte. Deliberately `process.exit`, not only `process.exitCode`: some
 * commands leave handles open when they are done (the sandbox's and the
 * smoke's loopback servers and keep-alive sockets, the OCI SDK clients'
 * timers), and a finished command must never keep a pipeline step waiting.
 * Waiting for the streams first keeps the last lines on a pipe (async on
 * macOS) from being cut.
 */
export async function endProcess(code: number): Promise<never> {
  process.exitCode = code;
  await Promise.all([process.stdout, process.stderr].map((s) => new Promise<void>((resolve) => s.write("", () => resolve()))));
  process.exit(code);
}

/** The one entry point of every cli/*.ts: run `main` on this process's arguments and end the process with its status. */
export async function runCommand(name: string, usage: string, main: CommandMain, options: CommandOptions = {}): Promise<never> {
  return endProcess(await executeCommand(name, usage, main, process.argv.slice(2), processIO(), options));
}

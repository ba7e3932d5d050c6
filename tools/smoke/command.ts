/** `npm run smoke`'s body for runCommand (tools/command/run-command.ts): arguments, then the run. */
import type { CommandIO } from "../command/run-command";
import { defaultDeps } from "./context";
import { parseSmokeArgs, USAGE, type KnownEnvironment } from "./options";
import { runSmoke } from "./run";

export { USAGE as SMOKE_USAGE };

/** Exit status 0 when every configured flow passed, 1 when one failed; a usage mistake is thrown (exit 2). */
export async function smokeCommand(argv: readonly string[], io: CommandIO, environments: readonly KnownEnvironment[]): Promise<number> {
  const options = parseSmokeArgs(argv, io.env, environments);
  const { exitCode } = await runSmoke(options, defaultDeps({ log: io.out }), { vars: io.env as Record<string, string | undefined> });
  return exitCode;
}

/** What `npm run adopt` and `npm run doctor` take from runCommand's IO (tools/command/run-command.ts). */
import type { EnvironmentConfig } from "../../lib/config/environment";
import type { CommandIO } from "../command/run-command";
import type { EstateDeps } from "./context";

export { describeFailure } from "./context";

/** Results on stdout, progress on stderr (so --json stays clean), paths from the project root as before. */
export function estateDeps(io: CommandIO, environments: readonly EnvironmentConfig[]): EstateDeps {
  return { environments, cwd: io.projectDir, out: io.out, progress: io.err, vars: io.env };
}

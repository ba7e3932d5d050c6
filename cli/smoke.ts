/**
 * `npm run smoke -- <env> [login] [options]`: proves OAuth access to OIC
 * works after a deploy (flows A, B, C) and, when it does not, says why.
 * See docs/smoke.md. A usage mistake is one line with the fix (exit 2),
 * never a stack trace.
 */
import { ENVIRONMENTS } from "../stacks";
import { defaultDeps } from "../tools/smoke/context";
import { InputError } from "../tools/smoke/inputs";
import { parseSmokeArgs, USAGE } from "../tools/smoke/options";
import { runSmoke } from "../tools/smoke/run";

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  const options = parseSmokeArgs(argv, process.env, ENVIRONMENTS);
  const { exitCode } = await runSmoke(options, defaultDeps());
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof InputError) {
      console.error(`smoke: ${err.message}`);
      if (err.showUsage) console.error(`\n${USAGE}`);
      process.exit(2);
    }
    console.error(err);
    process.exit(1);
  },
);

/**
 * `npm run smoke -- <env> [login] [options]`: proves OAuth access to OIC
 * works after a deploy (flows A, B, C) and, when it does not, says why.
 * See docs/smoke.md.
 */
import { defaultDeps } from "../smoke/context";
import { InputError } from "../smoke/inputs";
import { parseSmokeArgs, USAGE } from "../smoke/options";
import { runSmoke } from "../smoke/run";

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  const options = parseSmokeArgs(argv);
  const { exitCode } = await runSmoke(options, defaultDeps());
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof InputError || (err instanceof Error && /^--|outputs|assertion/.test(err.message))) {
      console.error(`smoke: ${err.message}`);
      process.exit(2);
    }
    console.error(err);
    process.exit(1);
  },
);

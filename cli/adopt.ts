// `npm run adopt -- <env>`: config entries and import blocks for the identity resources that already exist (docs/estate.md).
import { runCommand } from "../tools/command/run-command";
import { describeFailure, estateDeps } from "../tools/estate/command";
import { ADOPT_USAGE, runAdopt } from "../tools/estate/run-adopt";
import { ENVIRONMENTS } from "../stacks";

await runCommand("adopt", ADOPT_USAGE, (argv, io) => runAdopt(argv, estateDeps(io, ENVIRONMENTS)), { describe: describeFailure });

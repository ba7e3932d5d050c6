// `npm run smoke -- <env> [login] [options]`: proves OAuth access to OIC works after a deploy (flows A, B, C) and says why when it does not (docs/smoke.md).
import { runCommand } from "../tools/command/run-command";
import { SMOKE_USAGE, smokeCommand } from "../tools/smoke/command";
import { ENVIRONMENTS } from "../stacks";

await runCommand("smoke", SMOKE_USAGE, (argv, io) => smokeCommand(argv, io, ENVIRONMENTS));

// `npm run sandbox [-- <env>] [--json <file>] [--engine <engine>]`: the deploy rehearsed offline, no cloud account (sandbox/rehearsal/command.ts).
import { runCommand } from "../tools/command/run-command";
import { SANDBOX_USAGE, sandboxCommand } from "../sandbox/rehearsal/command";
import { ENVIRONMENTS } from "../stacks";
import { EXAMPLE_ENVIRONMENTS } from "../stacks/examples/native";

await runCommand("sandbox", SANDBOX_USAGE, (argv, io) => sandboxCommand(argv, io, [...ENVIRONMENTS, ...EXAMPLE_ENVIRONMENTS]));

// `npm run doctor -- <env>`: read-only audit of the live identity domain(s) against the deployed outputs and state (docs/estate.md).
import { runCommand } from "../tools/command/run-command";
import { describeFailure, estateDeps } from "../tools/estate/command";
import { DOCTOR_USAGE, runDoctor } from "../tools/estate/run-doctor";
import { ENVIRONMENTS } from "../stacks";

await runCommand("doctor", DOCTOR_USAGE, (argv, io) => runDoctor(argv, estateDeps(io, ENVIRONMENTS)), { describe: describeFailure });

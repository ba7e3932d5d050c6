// `npm start` (after the synth): prints what every synthesized environment will provision and writes its identity diagram.
import { runCommand } from "../tools/command/run-command";
import { SUMMARY_USAGE, summaryCommand } from "../tools/summary/run-summary";

await runCommand("summary", SUMMARY_USAGE, summaryCommand, { helpCommand: "node dist/cli/summary.js --help" });

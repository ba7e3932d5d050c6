#!/usr/bin/env node
// `npm run review -- [<env>] [--plan plan.json] [--out review.md] [--json] [--approved]`: Markdown review of a plan for a PR comment (tools/review/run.ts).
import { runCommand } from "../tools/command/run-command";
import { runReview, USAGE } from "../tools/review/run";

await runCommand("review", USAGE, (argv, io) => runReview(argv, { cwd: io.cwd, projectDir: io.projectDir, stdout: io.write, stderr: io.writeErr }));

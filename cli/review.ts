#!/usr/bin/env node
/**
 * `npm run review -- [<env>] [--plan plan.json] [--out review.md] [--json] [--approved]`
 * Markdown review of a plan (or of the synthesized stacks) for a PR comment;
 * see tools/review/run.ts for options and exit status.
 */
import { runReview } from "../tools/review/run";

// npm runs scripts from the project root; INIT_CWD is where the user typed the command.
const status = runReview(process.argv.slice(2), {
  cwd: process.env.INIT_CWD ?? process.cwd(),
  projectDir: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = status;

/**
 * `npm run review -- [<env>] [--plan plan.json] [--out file.md] [--json] [--approved]`
 *
 * The command's logic, with its file system roots and output streams passed
 * in so tests can run it on temporary directories. Returns the exit status
 * (tools/command/exit-codes.ts): 0 no high-risk change (or approved),
 * 3 high-risk change present, 1 input error (one sentence on stderr); a
 * usage mistake is thrown as a UsageError (exit 2 through runCommand).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { UsageError } from "../../lib/errors";
import { parseCommandArgs } from "../command/parse-args";
import { indexConstructs, type ConstructIndex } from "../../lib/stack-model/construct-index";
import type { SynthesizedStack } from "../../lib/stack-model/terraform-json";
import { parsePlan, parseSynthesizedStack, ReviewInputError } from "./load-input";
import { renderJson, renderMarkdown } from "./markdown";
import { EXIT_INPUT_ERROR, exitStatus, reviewConfiguration, reviewPlan, type EnvironmentReview } from "./review";

export interface ReviewIo {
  /** Where relative paths given by the user are resolved (npm's INIT_CWD). */
  readonly cwd: string;
  /** The project root: default stacks directory is `<projectDir>/cdktf.out/stacks`. */
  readonly projectDir: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export const USAGE = `Usage: npm run review -- [<env>] [--plan plan.json] [--out review.md] [--json] [--approved] [--stacks-dir dir]

  <env>         environment (stack) to review; default: every stack in cdktf.out/stacks
  --plan FILE   output of \`terraform show -json <saved plan>\`; without it the synthesized
                configuration (cdktf.out/stacks/<env>/cdk.tf.json) is reviewed as all-create
  --out FILE    write the Markdown there (the PR comment)
  --json        print a machine-readable summary on stdout
  --approved    high-risk changes were approved: exit 0, flags are still listed
Exit status: 0 no high-risk change (or approved), 3 high-risk change present, 1 input error, 2 usage mistake.`;

const ENV_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

function readInput(path: string, what: string): string {
  if (!existsSync(path)) {
    throw new ReviewInputError(`${what} ${path} does not exist: ${what === "Plan file" ? "create it with `terraform show -json <saved plan> > plan.json`" : "run `npm run synth` first"}.`);
  }
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    throw new ReviewInputError(`${what} ${path} cannot be read (${(e as NodeJS.ErrnoException).code ?? "error"}): check the path and its permissions.`);
  }
}

function stackFile(stacksDir: string, env: string): string {
  return join(stacksDir, env, "cdk.tf.json");
}

function listEnvironments(stacksDir: string): string[] {
  if (!existsSync(stacksDir)) return [];
  return readdirSync(stacksDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(stackFile(stacksDir, d.name)))
    .map((d) => d.name)
    .sort();
}

/** The synthesized stack that was planned (construct paths, diagram): cdk.tf.json beside the plan, else in the stacks directory. */
function stackForPlan(planPath: string, stacksDir: string, env: string, io: ReviewIo): { constructs?: ConstructIndex; stack?: SynthesizedStack } {
  for (const candidate of [join(dirname(planPath), "cdk.tf.json"), stackFile(stacksDir, env)]) {
    if (!existsSync(candidate)) continue;
    try {
      const stack = parseSynthesizedStack(readFileSync(candidate, "utf8"), candidate);
      return { constructs: indexConstructs(stack), stack };
    } catch (e) {
      if (!(e instanceof ReviewInputError)) throw e;
      io.stderr(`review: ${oneLine(e.message)} Grouping by resource kind instead.\n`);
      return {};
    }
  }
  return {};
}

/** Environment of a plan given without one: `.../stacks/<env>/plan.json` names it (when it is a valid name). */
function envFromPlanPath(planPath: string): string {
  const dir = dirname(planPath);
  return basename(dirname(dir)) === "stacks" && ENV_NAME.test(basename(dir)) ? basename(dir) : "plan";
}

/** An error message as one line of plain text, whatever a path or option name carried. */
function oneLine(message: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return message.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").trim();
}

function summaryLine(r: EnvironmentReview, approved: boolean): string {
  const counts = Object.entries(r.counts)
    .filter(([, n]) => n > 0)
    .map(([a, n]) => `${n} ${a}`)
    .join(", ");
  const risk = r.highRisk === 0 ? "no high-risk change" : `${r.highRisk} high-risk change(s)${approved ? " (approved)" : " (approval required)"}`;
  return `review ${r.env}: ${counts || "no resources"}; ${risk}; ${r.flags.length} flag(s) in total\n`;
}

export function runReview(argv: readonly string[], io: ReviewIo): number {
  try {
    const parsed = parseCommandArgs({
        args: [...argv],
        allowPositionals: true,
        options: {
          plan: { type: "string" },
          out: { type: "string" },
          json: { type: "boolean", default: false },
          approved: { type: "boolean", default: false },
          "stacks-dir": { type: "string" },
          help: { type: "boolean", short: "h", default: false },
        },
      });
    const { values, positionals } = parsed;
    if (values.help) {
      io.stdout(USAGE + "\n");
      return 0;
    }
    if (positionals.length > 1) {
      throw new UsageError(`Give at most one environment (got ${positionals.join(", ")}): run the review once per environment.`);
    }
    const envArg = positionals[0];
    if (envArg !== undefined && !ENV_NAME.test(envArg)) {
      throw new UsageError(`Environment name ${JSON.stringify(envArg)} is not valid: use letters, digits, dashes (e.g. dev).`);
    }
    const stacksDir = values["stacks-dir"] ? resolve(io.cwd, values["stacks-dir"]) : join(io.projectDir, "cdktf.out", "stacks");

    const reviews: EnvironmentReview[] = [];
    if (values.plan !== undefined) {
      const planPath = resolve(io.cwd, values.plan);
      const env = envArg ?? envFromPlanPath(planPath);
      const plan = parsePlan(readInput(planPath, "Plan file"), planPath);
      const { constructs, stack } = stackForPlan(planPath, stacksDir, env, io);
      reviews.push(reviewPlan(env, plan, constructs, stack));
    } else {
      const found = listEnvironments(stacksDir);
      const envs = envArg ? [envArg] : found;
      if (envs.length === 0) {
        throw new ReviewInputError(`No synthesized stacks in ${stacksDir}: run \`npm run synth\` first, or pass a plan with --plan.`);
      }
      for (const env of envs) {
        const file = stackFile(stacksDir, env);
        if (!existsSync(file)) {
          const known = found.length ? `environments found: ${found.join(", ")}` : "no environment is synthesized yet";
          throw new ReviewInputError(`No synthesized stack for environment "${env}" (${file} is missing): run \`npm run synth\`; ${known}.`);
        }
        const stack = parseSynthesizedStack(readInput(file, "Stack file"), file);
        reviews.push(reviewConfiguration(env, stack, indexConstructs(stack)));
      }
    }

    const options = { approved: values.approved };
    const markdown = renderMarkdown(reviews, options);
    if (values.out !== undefined) {
      const outPath = resolve(io.cwd, values.out);
      try {
        mkdirSync(dirname(outPath), { recursive: true });
        writeFileSync(outPath, markdown);
      } catch (e) {
        throw new ReviewInputError(`Cannot write --out ${outPath} (${(e as NodeJS.ErrnoException).code ?? "error"}): choose a writable path.`);
      }
    }
    if (values.json) io.stdout(renderJson(reviews, options));
    else if (values.out === undefined) io.stdout(markdown);
    for (const r of reviews) io.stderr(summaryLine(r, options.approved));
    return exitStatus(reviews, options.approved);
  } catch (e) {
    if (e instanceof ReviewInputError) {
      io.stderr(`review: ${oneLine(e.message)}\n`);
      return EXIT_INPUT_ERROR;
    }
    throw e;
  }
}

/**
 * `npm run pipeline -- <phase> [<env>] [options]`: the one entry point every
 * workflow step calls (see docs/pipeline.md). The phases are in phases.ts;
 * this file parses arguments and wires the real dependencies (Terraform on
 * the PATH, the synthesizer, KMS, the smoke and review commands). Tests call
 * runPipelineCli with their own dependencies.
 */
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { UsageError } from "../../lib/errors";
import { EXIT } from "../command/exit-codes";
import { parseCommandArgs } from "../command/parse-args";
import { ApprovalError, COMMIT_SHA } from "./approval";
import { checkEnvironment, writeCheckedStack } from "./check-config";
import { formatViolation } from "./check-stack";
import { gitHubApi, GitHubApiError, type GitHubApi } from "./github-api";
import { runGate, runPostReview, runVerifyApproval } from "./github-phases";
import { runEnvironments, summaryLines } from "./many";
import { Pipeline, PipelineError, type PipelineDeps } from "./phases";
import { PostReviewError } from "./post-review";

export const PIPELINE_USAGE = `usage: npm run pipeline -- <phase> [<env>] [options]
       npm run pipeline -- deploy|plan|smoke <env> <env> ... [--max-parallel <n>]   (one summary at the end)

phases (one per workflow step):
  synth <env>          synthesize the environment (cdktf.out/stacks/<env>/cdk.tf.json)
  check-config <env>   check a pull request's synthesized configuration and write the checked copy
                       --artifact <dir> (the downloaded cdktf.out) --expected <dir> (the base branch's cdktf.out)
                       --out <dir> (new; gets stacks/<env>/cdk.tf.json: plan with --stacks-dir <dir>/stacks)
  plan <env>           terraform init + plan; plan.json (0600) for the review; counts only in the log
  review <env>         redacted review of plan.json: --out <file.md> [--approved]; exit 3 = high-risk change
  apply <env>          a fresh plan, its review (a high-risk change stops as in deploy), apply of that saved plan
  cert <env>           certificate over the current key version, when needed (then synth, plan, apply)
  smoke <env>          flows A, B (only with OIC_ACCESS_REFRESH_TOKEN), C (as smoke.assertionUser)
  deploy <env>         synth, restore the certificate from the state, plan, review, apply, cert,
                       [synth, plan, review, apply], smoke; a high-risk change stops before apply (exit 3)
                       unless OIC_ACCESS_HIGH_RISK_APPROVED_FOR names the commit deployed (GITHUB_SHA)
  migrate-to-resource-manager <env>
                       pull the CLI engine's state, import it into the environment's Resource Manager
                       stack, and check that Resource Manager then plans no changes (docs/pipeline.md)
  oci-config           write ~/.oci/config and the API key (0600) from OCI_USER_OCID, OCI_TENANCY_OCID,
                       OCI_FINGERPRINT, OCI_REGION, OCI_PRIVATE_KEY
  forget-credentials   delete the OCI API key and config (before the review is rendered)
  cleanup [<env>]      delete plan files, the scratch directory and the OCI API key
  gate                 (pull requests, GITHUB_TOKEN only) the pull request and commit of this run, whether
                       it needs a maintainer's approval, whether a high-risk change is approved for it
  verify-approval      --pr <n>: this run was approved in plan-review-approval for the PR's current commit
  post-review          --dir <reviews> --pr <n> --sha <head> --plan-result <result>: one comment per
                       environment (escape-aware cut), then the commit status oic-access/plan-review

options:
  --stacks-dir <dir>         default cdktf.out/stacks (plan/review of a PR: <check-config --out>/stacks)
  --renew-within-days <n>    certificate renewal window (default 30)
  --smoke-arg <arg>          pass an argument to the smoke command (repeatable)
  --max-parallel <n>         environments run at a time when several are given (default 4)`;

/** Phases that take several environments at once. */
const MANY_PHASES = ["deploy", "plan", "smoke"];

export interface PipelineCliIo {
  readonly cwd: string;
  readonly env: Record<string, string | undefined>;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Builds the dependencies of the phases (real ones in cli/pipeline.ts): the environment's engine among them. */
  readonly deps: (o: { stacksDir: string; env: string }) => PipelineDeps;
  /** migrate-to-resource-manager: moves the environment's state to Resource Manager (tools/pipeline/resource-manager/migrate.ts). */
  readonly migrate?: (env: string, o: { stacksDir: string; workDir: string }) => Promise<void>;
  /** `smoke.assertionUser` of an environment; throws for an unknown environment. */
  readonly smokeUser: (env: string) => string | undefined;
  /** @default os.homedir() */
  readonly home?: string;
  /** The GitHub API client of gate / verify-approval / post-review. @default from GITHUB_API_URL, GITHUB_REPOSITORY, GITHUB_TOKEN */
  readonly github?: () => GitHubApi;
}

const ENV_NAME = /^[a-z][a-z0-9-]*$/;

/** One line, no control characters: text derived from a pull request can never start a workflow command. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, "?").slice(0, 500);
}

function writeOciConfig(env: Record<string, string | undefined>, home: string): string {
  const names = ["OCI_USER_OCID", "OCI_TENANCY_OCID", "OCI_FINGERPRINT", "OCI_REGION", "OCI_PRIVATE_KEY"] as const;
  const missing = names.filter((n) => !env[n]?.trim());
  if (missing.length) throw new PipelineError(`oci-config: missing ${missing.join(", ")} (secrets of the GitHub environment; see docs/pipeline.md)`);
  const dir = join(home, ".oci");
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const keyFile = join(dir, "oci_api_key.pem");
  writeFileSync(keyFile, `${env.OCI_PRIVATE_KEY!.trim()}\n`, { mode: 0o600 });
  chmodSync(keyFile, 0o600);
  const config = join(dir, "config");
  const lines = ["[DEFAULT]", `user=${env.OCI_USER_OCID!.trim()}`, `fingerprint=${env.OCI_FINGERPRINT!.trim()}`, `tenancy=${env.OCI_TENANCY_OCID!.trim()}`, `region=${env.OCI_REGION!.trim()}`, `key_file=${keyFile}`, ""];
  writeFileSync(config, lines.join("\n"), { mode: 0o600 });
  chmodSync(config, 0o600);
  return config;
}

export async function runPipelineCli(argv: readonly string[], io: PipelineCliIo): Promise<number> {
  const parsed = parseCommandArgs({
      args: [...argv],
      allowPositionals: true,
      tokens: true,
      options: {
        "max-parallel": { type: "string" },
        "stacks-dir": { type: "string" },
        artifact: { type: "string" },
        expected: { type: "string" },
        out: { type: "string" },
        approved: { type: "boolean", default: false },
        "renew-within-days": { type: "string" },
        "smoke-arg": { type: "string", multiple: true },
        dir: { type: "string" },
        pr: { type: "string" },
        sha: { type: "string" },
        "plan-result": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  const { values: v, positionals } = parsed;
  if (v.help) {
    io.out(PIPELINE_USAGE);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError("give a phase and an environment, e.g. npm run pipeline -- deploy dev");
  const [phase, env, ...extra] = positionals;
  if (MANY_PHASES.includes(phase!) && extra.length) {
    // Several environments: this command once per environment (its own argv, the options kept), in parallel.
    // Every positional (the phase and the environments) is dropped; the options stay.
    const envPositions = new Set(parsed.tokens.filter((t) => t.kind === "positional").map((t) => t.index));
    const options = argv.filter((_, i) => !envPositions.has(i) && !(argv[i] === "--max-parallel" || argv[i - 1] === "--max-parallel" || argv[i]!.startsWith("--max-parallel=")));
    const max = Number(v["max-parallel"] ?? 4);
    if (!Number.isInteger(max) || max < 1 || max > 64) throw new UsageError("--max-parallel must be a whole number from 1 to 64");
    const envs = [env!, ...extra];
    const duplicate = envs.find((e, i) => envs.indexOf(e) !== i);
    if (duplicate) throw new UsageError(`${phase}: ${duplicate} is named twice; give each environment once`);
    const runs = await runEnvironments(envs, max, (e, last) => runPipelineCli([phase!, e, ...options], { ...io, err: (line) => (io.err(line), last(line)) }));
    for (const line of summaryLines(phase!, runs)) io.out(line);
    return runs.some((r) => r.code !== 0) ? 1 : 0;
  }
  const home = io.home ?? homedir();
  const stacksDir = resolve(io.cwd, v["stacks-dir"] ?? "cdktf.out/stacks");
  const workDir = join(io.env.RUNNER_TEMP ?? join(io.cwd, "cdktf.out"), "oic-access-pipeline");

  try {
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    if (phase === "oci-config") {
      io.out(`oci-config: wrote ${writeOciConfig(io.env, home)} and the API key (0600)`);
      return 0;
    }
    if (phase === "cleanup") {
      if (env) for (const f of ["plan.tfplan", "plan.json"]) rmSync(join(stacksDir, env, f), { force: true });
      rmSync(workDir, { recursive: true, force: true });
      forgetCredentials(home);
      io.out(`cleanup: removed plan files${env ? ` of ${env}` : ""}, the scratch directory and the OCI API key`);
      return 0;
    }
    if (phase === "forget-credentials") {
      forgetCredentials(home);
      io.out("forget-credentials: the OCI API key and config are deleted");
      return 0;
    }
    if (phase === "gate" || phase === "verify-approval" || phase === "post-review") return await githubPhase(phase, v, io);
    const phases = ["synth", "check-config", "plan", "review", "apply", "cert", "smoke", "deploy", "migrate-to-resource-manager"];
    if (!phases.includes(phase!)) throw new UsageError(`unknown phase "${phase}"; phases: ${phases.join(", ")}, oci-config, forget-credentials, cleanup, gate, verify-approval, post-review`);
    if (!env || !ENV_NAME.test(env)) throw new UsageError(`give the environment, e.g. npm run pipeline -- ${phase} dev`);

    if (phase === "check-config") {
      if (!v.artifact || !v.expected || !v.out) {
        throw new UsageError("check-config needs --artifact <downloaded cdktf.out>, --expected <base branch cdktf.out> and --out <new directory for the checked copy>");
      }
      const { violations, stack } = checkEnvironment(resolve(io.cwd, v.artifact), resolve(io.cwd, v.expected), env);
      for (const violation of violations) io.err(`check-config: ${oneLine(formatViolation(violation))}`);
      if (!stack) {
        io.out(`check-config ${env}: ${violations.length} problem(s): the configuration is not planned`);
        return 1;
      }
      const file = writeCheckedStack(resolve(io.cwd, v.out), env, stack);
      io.out(`check-config ${env}: the configuration passes; plan the checked copy ${file}`);
      return 0;
    }

    if (phase === "migrate-to-resource-manager") {
      if (!io.migrate) throw new PipelineError("migrate-to-resource-manager is not available here");
      await io.migrate(env, { stacksDir, workDir });
      return 0;
    }

    const renew = v["renew-within-days"] === undefined ? undefined : Number(v["renew-within-days"]);
    if (renew !== undefined && (!Number.isInteger(renew) || renew < 1 || renew > 365)) throw new UsageError("--renew-within-days must be a whole number from 1 to 365");
    const smokeUser = phase === "smoke" || phase === "deploy" || phase === "cert" ? io.smokeUser(env) : undefined;
    const pipeline = new Pipeline(io.deps({ stacksDir, env }), {
      stacksDir,
      certsDir: join(io.cwd, "certs"),
      workDir,
      renewWithinDays: renew,
      smokeUser,
      refreshToken: io.env.OIC_ACCESS_REFRESH_TOKEN?.trim() || undefined,
      smokeArgs: v["smoke-arg"] ?? [],
      // Right after a deploy new grants may take minutes to propagate; a plain smoke run keeps its short default.
      justDeployedSmokeArgs: ["--just-deployed"],
      // On a CI runner a local state file is gone after the run.
      requireRemoteState: io.env.CI === "true" || io.env.GITHUB_ACTIONS === "true",
      commit: io.env.GITHUB_SHA?.trim() || undefined,
      highRiskApprovedFor: io.env.OIC_ACCESS_HIGH_RISK_APPROVED_FOR?.trim() || undefined,
    });
    switch (phase) {
      case "synth":
        await pipeline.synth(env);
        return 0;
      case "plan":
        await pipeline.plan(env);
        return 0;
      case "review":
        if (!v.out) throw new UsageError("review needs --out <file.md>");
        return await pipeline.review(env, { out: resolve(io.cwd, v.out), approved: v.approved });
      case "apply":
        await pipeline.lockedApply(env);
        return 0;
      case "cert":
        await pipeline.lockedCert(env);
        return 0;
      case "smoke":
        return await pipeline.smoke(env);
      default:
        return await pipeline.deploy(env);
    }
  } catch (e) {
    // A usage mistake goes to runCommand (exit 2, one line with the pointer to --help); everything else is this phase's failure.
    if (e instanceof UsageError) throw e;
    io.err(`pipeline ${phase}${env ? ` ${env}` : ""}: ${oneLine(e instanceof Error ? e.message : String(e))}`);
    return e instanceof PipelineError ? e.exitCode : 1;
  }
}

/** Deletes the OCI API key and config: the plan step is the only one that needs them. */
function forgetCredentials(home: string): void {
  for (const f of ["oci_api_key.pem", "config"]) {
    const path = join(home, ".oci", f);
    rmSync(path, { force: true });
    if (existsSync(path)) throw new PipelineError(`could not delete ${path}`);
  }
}

async function githubPhase(phase: string, v: { dir?: string; pr?: string; sha?: string; "plan-result"?: string }, io: PipelineCliIo): Promise<number> {
  const github =
    io.github ??
    (() => gitHubApi({ baseUrl: io.env.GITHUB_API_URL ?? "https://api.github.com", repository: io.env.GITHUB_REPOSITORY ?? "", token: io.env.GITHUB_TOKEN ?? "" }));
  const gio = { env: io.env, api: github, out: io.out };
  const pr = v.pr === undefined ? undefined : Number(v.pr);
  const needPr = (): number => {
    if (pr === undefined || !Number.isSafeInteger(pr) || pr <= 0) throw new UsageError(`${phase} needs --pr <pull request number>`);
    return pr;
  };
  try {
    if (phase === "gate") await runGate(gio);
    else if (phase === "verify-approval") await runVerifyApproval(gio, needPr());
    else {
      if (!v.dir || !v.sha || !COMMIT_SHA.test(v.sha) || !v["plan-result"]) throw new UsageError("post-review needs --dir <reviews> --pr <n> --sha <full head SHA> --plan-result <needs.plan.result>");
      await runPostReview(gio, { dir: resolve(io.cwd, v.dir), pr: needPr(), sha: v.sha, planResult: v["plan-result"] });
    }
    return 0;
  } catch (e) {
    if (e instanceof ApprovalError || e instanceof GitHubApiError || e instanceof PostReviewError) throw new PipelineError(e.message);
    throw e;
  }
}

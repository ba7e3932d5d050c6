/**
 * The pipeline phases that talk to GitHub, not to the cloud. They run in
 * jobs that hold no cloud credential, only the job's GITHUB_TOKEN:
 *
 *   gate             which pull request and commit this privileged run is for; whether
 *                    its author may have it planned without approval (same repository
 *                    and write access); whether a high-risk change is approved for
 *                    exactly that commit. Writes pr, sha, trusted, high_risk_approved
 *                    to $GITHUB_OUTPUT.
 *   verify-approval  the run was approved in plan-review-approval by a writer who is
 *                    not the author, and the pull request still points at that commit
 *   post-review      one comment per environment from the reviews artifact (post-review.ts)
 *
 * The workflow_run payload is read from $GITHUB_EVENT_PATH, never
 * interpolated into a script: its branch name is the pull request's text.
 */
import { appendFileSync, readFileSync } from "node:fs";
import {
  ApprovalError,
  COMMIT_SHA,
  highRiskApprovers,
  isTrustedPullRequest,
  PLAN_APPROVAL_ENVIRONMENT,
  pullRequestOfRun,
  verifyRunApproval,
  type WorkflowRunPayload,
} from "./approval";
import type { CommitStatus, GitHubApi } from "./github-api";
import { postReviews } from "./post-review";

export interface GitHubPhaseIo {
  readonly env: Record<string, string | undefined>;
  readonly api: () => GitHubApi;
  readonly out: (line: string) => void;
}

/**
 * The commit status the privileged run sets on the pull request's head: a
 * workflow_run's own checks attach to the default branch, not to the pull
 * request, so this is the check branch protection requires (source: GitHub
 * Actions, so a person's token cannot set it in its place).
 */
export const PLAN_REVIEW_STATUS = "oic-access/plan-review";

function runUrl(env: GitHubPhaseIo["env"]): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
  return server && repo && run && /^\d+$/.test(run) ? `${server}/${repo}/actions/runs/${run}` : undefined;
}

function status(env: GitHubPhaseIo["env"], state: CommitStatus["state"], description: string): CommitStatus {
  return { state, context: PLAN_REVIEW_STATUS, description, targetUrl: runUrl(env) };
}

/** Events of the unprivileged "Plan review" workflow that lead to a plan. */
const PLANNED_EVENTS = new Set(["pull_request", "pull_request_review"]);

function workflowRun(env: GitHubPhaseIo["env"]): WorkflowRunPayload {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) throw new ApprovalError("GITHUB_EVENT_PATH is not set: the gate runs in a workflow_run job");
  const run = (JSON.parse(readFileSync(path, "utf8")) as { workflow_run?: WorkflowRunPayload }).workflow_run;
  if (!run) throw new ApprovalError("the event is not a workflow_run");
  if (!PLANNED_EVENTS.has(run.event)) throw new ApprovalError(`the run was triggered by ${JSON.stringify(run.event)}, not a pull request`);
  if (run.conclusion !== "success") throw new ApprovalError(`the unprivileged run ended ${JSON.stringify(run.conclusion)}: nothing is planned`);
  return run;
}

function setOutputs(env: GitHubPhaseIo["env"], outputs: Record<string, string>): void {
  const lines = Object.entries(outputs).map(([k, v]) => `${k}=${v}\n`);
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, lines.join(""));
}

export interface GateResult {
  readonly pr: number;
  readonly sha: string;
  readonly trusted: boolean;
  readonly highRiskApprovers: readonly string[];
}

export async function runGate(io: GitHubPhaseIo): Promise<GateResult> {
  const run = workflowRun(io.env);
  const api = io.api();
  if (!run.head_repository || !run.head_branch) throw new ApprovalError("the run names no head repository or branch");
  const pr = pullRequestOfRun(run, await api.pullsForHead(`${run.head_repository.owner.login}:${run.head_branch}`));
  const permissionOf = (login: string) => api.permission(login);
  const trusted = await isTrustedPullRequest(pr, permissionOf);
  const approvers = await highRiskApprovers(pr, await api.reviews(pr.number), permissionOf);
  setOutputs(io.env, { pr: String(pr.number), sha: pr.head.sha, trusted: String(trusted), high_risk_approved: String(approvers.length > 0) });
  await api.setStatus(pr.head.sha, status(io.env, "pending", trusted ? "planning every environment" : "waiting for a maintainer to approve planning this commit (plan-review-approval)"));
  io.out(
    `gate: pull request #${pr.number} at ${pr.head.sha}: ` +
      (trusted ? "from this repository by a writer, planned without approval" : `from a fork or an outside collaborator: waits for a maintainer's approval of this run in ${PLAN_APPROVAL_ENVIRONMENT}`) +
      `; high-risk changes ${approvers.length ? `approved for this commit by ${approvers.join(", ")}` : "not approved for this commit"}`,
  );
  return { pr: pr.number, sha: pr.head.sha, trusted, highRiskApprovers: approvers };
}

export async function runVerifyApproval(io: GitHubPhaseIo, prNumber: number): Promise<string[]> {
  const run = workflowRun(io.env);
  const runId = Number(io.env.GITHUB_RUN_ID);
  if (!Number.isSafeInteger(runId) || runId <= 0) throw new ApprovalError("GITHUB_RUN_ID is not set");
  const api = io.api();
  const pr = await api.pull(prNumber);
  const approvers = await verifyRunApproval({ pr, approvedSha: run.head_sha, approvals: await api.runApprovals(runId) }, (login) => api.permission(login));
  io.out(`verify-approval: run ${runId} (commit ${run.head_sha}) approved in ${PLAN_APPROVAL_ENVIRONMENT} by ${approvers.join(", ")}`);
  return approvers;
}

/** Results a job's `needs.<job>.result` can have. */
const JOB_RESULTS = new Set(["success", "failure", "cancelled", "skipped"]);

/**
 * Posts the reviews, then sets the pull request's commit status from the
 * plan legs' result: success only when every leg passed (allow-list, plan,
 * no unapproved high-risk change).
 */
export async function runPostReview(io: GitHubPhaseIo, o: { dir: string; pr: number; sha: string; planResult: string }): Promise<string[] | undefined> {
  if (!COMMIT_SHA.test(o.sha)) throw new ApprovalError("--sha must be the full head SHA");
  if (!JOB_RESULTS.has(o.planResult)) throw new ApprovalError(`--plan-result must be one of ${[...JOB_RESULTS].join(", ")}`);
  const api = io.api();
  const posted = await postReviews(api, { ...o, summaryFile: io.env.GITHUB_STEP_SUMMARY, log: io.out });
  if (posted === undefined) return undefined;
  const verdict: [CommitStatus["state"], string] =
    o.planResult === "success"
      ? ["success", `reviewed: ${posted.join(", ") || "nothing to post"}; no unapproved high-risk change`]
      : o.planResult === "skipped"
        ? ["failure", "not planned: the maintainer's approval of this commit was refused or is missing"]
        : ["failure", `a plan leg ${o.planResult === "cancelled" ? "was cancelled" : "failed"}: allow-list, plan or an unapproved high-risk change (see the review)`];
  await api.setStatus(o.sha, status(io.env, ...verdict));
  io.out(`post-review: commit status ${PLAN_REVIEW_STATUS} = ${verdict[0]} on ${o.sha}`);
  return posted;
}

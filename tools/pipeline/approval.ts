/**
 * Who may have a pull request planned with credentials, and who may let a
 * high-risk identity change through: pure decisions over what GitHub's API
 * returns, so each rule is tested on its own (test/pipeline/approval.test.ts)
 * and the workflow only calls `npm run pipeline -- gate | verify-approval`.
 *
 * Every approval is tied to ONE commit:
 * - planning a stranger's configuration: a maintainer approves the
 *   privileged run in the GitHub environment `plan-review-approval`
 *   (required reviewers). A run belongs to one head SHA; a push starts a new
 *   run that waits again. `verifyRunApproval` re-checks the run's approval
 *   record and that the pull request still points at that SHA;
 * - a high-risk change in a pull request: an APPROVED review whose
 *   `commit_id` is the head SHA, by someone with write access who is not the
 *   author, with a line `identity-change-approved` (a label carries no SHA
 *   and anyone with triage rights can set it: it no longer counts);
 * - a high-risk change at deploy: the commit being deployed is the one named
 *   in the approval (`approvedFor`), see phases.ts.
 */
import { ERROR_CODES, OicAccessError } from "../../contract/errors";

/** The line an approving review must hold to let a high-risk identity change through. */
export const IDENTITY_CHANGE_APPROVAL = "identity-change-approved";

/** The GitHub environment whose required reviewers approve planning an outside pull request. */
export const PLAN_APPROVAL_ENVIRONMENT = "plan-review-approval";

/** Repository permissions that can push to the repository (GitHub's collaborator permission levels). */
const WRITERS = new Set(["admin", "maintain", "write"]);

export const COMMIT_SHA = /^[0-9a-f]{40}$/;

export interface WorkflowRunPayload {
  readonly id: number;
  readonly event: string;
  readonly conclusion: string | null;
  readonly head_sha: string;
  readonly head_branch: string | null;
  readonly head_repository: { readonly full_name: string; readonly owner: { readonly login: string } } | null;
}

export interface PullRequestInfo {
  readonly number: number;
  readonly state: string;
  readonly user: { readonly login: string } | null;
  readonly head: { readonly sha: string; readonly ref?: string; readonly repo: { readonly full_name: string } | null };
  readonly base: { readonly repo: { readonly full_name: string } };
}

export interface ReviewInfo {
  readonly state: string;
  readonly commit_id: string | null;
  readonly body: string | null;
  readonly user: { readonly login: string } | null;
}

export interface RunApproval {
  readonly state: string;
  readonly user: { readonly login: string } | null;
  readonly environments: readonly { readonly name?: string }[];
}

/** A repository permission of a user, as `GET /repos/{o}/{r}/collaborators/{user}/permission` reports it. */
export type PermissionOf = (login: string) => Promise<string>;

export class ApprovalError extends OicAccessError {
  readonly code = ERROR_CODES.approval;
}

/** The open pull request whose head is exactly the run's commit in the run's head repository. */
export function pullRequestOfRun(run: WorkflowRunPayload, pulls: readonly PullRequestInfo[]): PullRequestInfo {
  if (!COMMIT_SHA.test(run.head_sha)) throw new ApprovalError("the workflow run has no valid head SHA");
  const headRepo = run.head_repository?.full_name;
  const found = pulls.filter((p) => p.state === "open" && p.head.sha === run.head_sha && p.head.repo?.full_name === headRepo);
  if (found.length !== 1) {
    throw new ApprovalError(found.length ? `${found.length} open pull requests have head ${run.head_sha}: not planned` : `no open pull request has head ${run.head_sha}: it moved on; the next run reviews it`);
  }
  return found[0]!;
}

/**
 * Whether the pull request may be planned without a maintainer's approval:
 * its branch is in this repository (only writers can push there) AND its
 * author has write access. Forks and outside collaborators never are.
 */
export async function isTrustedPullRequest(pr: PullRequestInfo, permissionOf: PermissionOf): Promise<boolean> {
  if (!pr.head.repo || pr.head.repo.full_name !== pr.base.repo.full_name) return false;
  if (!pr.user?.login) return false;
  return WRITERS.has(await permissionOf(pr.user.login));
}

function hasApprovalLine(body: string | null): boolean {
  return (body ?? "").split(/\r?\n/).some((line) => line.trim() === IDENTITY_CHANGE_APPROVAL);
}

/**
 * The approving reviews of exactly `headSha` that let a high-risk change
 * through: state APPROVED, `commit_id` = head SHA, a line
 * `identity-change-approved`, by a writer who is not the author. A review of
 * an earlier commit never counts, so any push withdraws the approval.
 * Returns the approvers' logins (empty: not approved).
 */
export async function highRiskApprovers(pr: PullRequestInfo, reviews: readonly ReviewInfo[], permissionOf: PermissionOf): Promise<string[]> {
  const approvers: string[] = [];
  // Reviews arrive in chronological order: a later review by the same person (changes requested, dismissed) replaces an earlier one.
  const latest = new Map<string, ReviewInfo>();
  for (const r of reviews) if (r.user?.login && r.commit_id === pr.head.sha && r.state !== "COMMENTED") latest.set(r.user.login, r);
  for (const [login, r] of latest) {
    if (r.state !== "APPROVED" || !hasApprovalLine(r.body)) continue;
    if (login === pr.user?.login) continue;
    if (WRITERS.has(await permissionOf(login))) approvers.push(login);
  }
  return approvers.sort();
}

/**
 * The privileged run was approved in `environment` by a writer who is not
 * the pull request's author (GitHub's "prevent self-review" checks the
 * person who triggered the run, which for a push is the author; this checks
 * the author whoever triggered it), and the pull request still points at the
 * approved commit. Returns the approvers; throws when there is none.
 */
export async function verifyRunApproval(
  o: { pr: PullRequestInfo; approvedSha: string; approvals: readonly RunApproval[]; environment?: string },
  permissionOf: PermissionOf,
): Promise<string[]> {
  const environment = o.environment ?? PLAN_APPROVAL_ENVIRONMENT;
  if (o.pr.head.sha !== o.approvedSha) throw new ApprovalError(`pull request #${o.pr.number} now points at ${o.pr.head.sha}, not the approved ${o.approvedSha}: not planned`);
  if (o.approvals.some((a) => a.state === "rejected" && a.environments.some((e) => e.name === environment))) throw new ApprovalError(`the run was rejected in ${environment}`);
  const approvers: string[] = [];
  for (const a of o.approvals) {
    const login = a.user?.login;
    if (a.state !== "approved" || !login || !a.environments.some((e) => e.name === environment)) continue;
    if (login === o.pr.user?.login) continue;
    if (WRITERS.has(await permissionOf(login))) approvers.push(login);
  }
  if (!approvers.length) throw new ApprovalError(`nobody with write access other than the author approved this run in ${environment}: not planned`);
  return [...new Set(approvers)].sort();
}

/**
 * A high-risk change may be applied at deploy only when the approval names
 * the commit being deployed. Both are full SHAs.
 */
export function approvedForCommit(commit: string | undefined, approvedFor: string | undefined): boolean {
  if (!commit || !approvedFor) return false;
  return COMMIT_SHA.test(commit) && commit === approvedFor.trim().toLowerCase();
}

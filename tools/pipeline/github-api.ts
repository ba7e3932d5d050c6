/**
 * The few GitHub REST calls the pull-request gate and the poster make, over
 * `fetch` with the job's GITHUB_TOKEN. The base URL comes from GITHUB_API_URL
 * (GitHub Enterprise, or a loopback fake in tests). The token never appears
 * in an error message.
 */
import type { PullRequestInfo, ReviewInfo, RunApproval } from "./approval";
import { ERROR_CODES, OicAccessError } from "../../contract/errors";

export interface IssueComment {
  readonly id: number;
  readonly body: string | null;
  readonly user: { readonly login: string } | null;
}

export interface GitHubApi {
  pullsForHead(head: string): Promise<PullRequestInfo[]>;
  pull(number: number): Promise<PullRequestInfo>;
  reviews(number: number): Promise<ReviewInfo[]>;
  permission(login: string): Promise<string>;
  runApprovals(runId: number): Promise<RunApproval[]>;
  comments(issue: number): Promise<IssueComment[]>;
  createComment(issue: number, body: string): Promise<void>;
  updateComment(id: number, body: string): Promise<void>;
  /** A commit status on `sha` (the pull request's head): what branch protection requires. */
  setStatus(sha: string, status: CommitStatus): Promise<void>;
}

export interface CommitStatus {
  readonly state: "pending" | "success" | "failure" | "error";
  readonly context: string;
  /** At most 140 characters (GitHub's limit); longer text is cut. */
  readonly description: string;
  readonly targetUrl?: string;
}

export class GitHubApiError extends OicAccessError {
  readonly code = ERROR_CODES.githubApi;
}

const PER_PAGE = 100;
/** A bound on pages read, so a hostile or broken server cannot keep the job looping. */
const MAX_PAGES = 50;

export function gitHubApi(o: { baseUrl: string; repository: string; token: string; fetch?: typeof fetch }): GitHubApi {
  if (!/^[A-Za-z0-9][A-Za-z0-9-]*\/(?!\.\.?$)[A-Za-z0-9_.-]+$/.test(o.repository)) throw new GitHubApiError(`GITHUB_REPOSITORY ${JSON.stringify(o.repository.slice(0, 80))} is not owner/name`);
  if (!o.token) throw new GitHubApiError("GITHUB_TOKEN is not set: give the step env GITHUB_TOKEN: ${{ github.token }}");
  const doFetch = o.fetch ?? fetch;
  const base = `${o.baseUrl.replace(/\/+$/, "")}/repos/${o.repository}`;

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await doFetch(`${base}${path}`, {
      method,
      headers: {
        accept: "application/vnd.github+json",
        authorization: `Bearer ${o.token}`,
        "x-github-api-version": "2022-11-28",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new GitHubApiError(`GitHub API ${method} ${path.split("?")[0]} answered ${res.status}`);
    return (res.status === 204 ? undefined : await res.json()) as T;
  }

  async function all<T>(path: string): Promise<T[]> {
    const out: T[] = [];
    const sep = path.includes("?") ? "&" : "?";
    for (let page = 1; page <= MAX_PAGES; page++) {
      const batch = await call<T[]>("GET", `${path}${sep}per_page=${PER_PAGE}&page=${page}`);
      if (!Array.isArray(batch)) throw new GitHubApiError(`GitHub API GET ${path.split("?")[0]} did not answer a list`);
      out.push(...batch);
      if (batch.length < PER_PAGE) return out;
    }
    throw new GitHubApiError(`GitHub API GET ${path.split("?")[0]}: more than ${MAX_PAGES} pages`);
  }

  return {
    pullsForHead: (head) => all<PullRequestInfo>(`/pulls?state=open&head=${encodeURIComponent(head)}`),
    pull: (n) => call<PullRequestInfo>("GET", `/pulls/${n}`),
    reviews: (n) => all<ReviewInfo>(`/pulls/${n}/reviews`),
    permission: async (login) => {
      try {
        return (await call<{ permission?: string }>("GET", `/collaborators/${encodeURIComponent(login)}/permission`)).permission ?? "none";
      } catch (e) {
        // 404: not a collaborator (or no such user): no access.
        if (e instanceof GitHubApiError && / answered 404$/.test(e.message)) return "none";
        throw e;
      }
    },
    runApprovals: (runId) => call<RunApproval[]>("GET", `/actions/runs/${runId}/approvals`),
    comments: (issue) => all<IssueComment>(`/issues/${issue}/comments`),
    createComment: async (issue, body) => void (await call("POST", `/issues/${issue}/comments`, { body })),
    updateComment: async (id, body) => void (await call("PATCH", `/issues/comments/${id}`, { body })),
    setStatus: async (sha, st) =>
      void (await call("POST", `/statuses/${sha}`, { state: st.state, context: st.context, description: st.description.slice(0, 140), ...(st.targetUrl ? { target_url: st.targetUrl } : {}) })),
  };
}

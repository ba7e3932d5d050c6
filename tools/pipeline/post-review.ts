/**
 * Posts the rendered, redacted reviews as pull-request comments, one per
 * environment: `npm run pipeline -- post-review --dir <reviews> --pr <n>
 * --sha <head>`. It runs in a job that holds no cloud credential, only the
 * GITHUB_TOKEN with `pull-requests: write`, and receives the reviews as an
 * artifact of the plan legs.
 *
 * The body is cut by the review's own `truncateComment` (at a line
 * boundary: every line of the review is complete Markdown, so a cut never
 * leaves a code span open), never by `body.slice`. The comment updated is
 * the one written by the workflow's bot AND starting with this
 * environment's exact marker line (`isOwnReviewComment`).
 */
import { appendFileSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isOwnReviewComment, MARKER_ENV, MAX_COMMENT_CHARS, reviewMarker, truncateComment } from "../review/comment";
import { COMMIT_SHA } from "./approval";
import type { GitHubApi } from "./github-api";
import { ERROR_CODES, OicAccessError } from "../../contract/errors";

/** The login of the token's bot in GitHub Actions. */
export const ACTIONS_BOT = "github-actions[bot]";

/** GitHub's limit for one step's job summary is 1 MiB; stay under it. */
const MAX_SUMMARY_CHARS = 900_000;

export interface PostOptions {
  readonly dir: string;
  readonly pr: number;
  /** The head SHA the reviews were planned from. */
  readonly sha: string;
  readonly bot?: string;
  /** $GITHUB_STEP_SUMMARY: the full review is appended there. */
  readonly summaryFile?: string;
  readonly maxChars?: number;
  readonly log: (line: string) => void;
}

export class PostReviewError extends OicAccessError {
  readonly code = ERROR_CODES.postReview;
}

/** `<env>.md` files of the directory, by environment name; anything else is refused. */
export function reviewFiles(dir: string): { env: string; file: string }[] {
  if (!existsSync(dir)) return [];
  const out: { env: string; file: string }[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const env = entry.name.replace(/\.md$/, "");
    if (!entry.isFile() || !entry.name.endsWith(".md") || !MARKER_ENV.test(env)) throw new PostReviewError(`${entry.name}: only <env>.md review files are posted`);
    out.push({ env, file: join(dir, entry.name) });
  }
  return out.sort((a, b) => a.env.localeCompare(b.env));
}

/**
 * The comment for one environment: the marker line, the commit the plan was
 * made from, then the review (which starts with the marker: it is not
 * repeated), cut to `maxChars` by the escape-aware truncation.
 */
export function commentBody(env: string, review: string, sha: string, maxChars = MAX_COMMENT_CHARS): string {
  if (!COMMIT_SHA.test(sha)) throw new PostReviewError("the head SHA is not a full commit SHA");
  const marker = reviewMarker(env);
  if (!isOwnReviewComment(review, env)) throw new PostReviewError(`the review of ${env} does not start with its marker line: not posted`);
  const rest = review.slice(marker.length).replace(/^\r?\n/, "");
  return truncateComment(`${marker}\nPlan of commit \`${sha}\`.\n\n${rest}`, maxChars);
}

/**
 * Posts (or updates) one comment per review file; returns the environments
 * posted, or undefined when the pull request moved on to another commit
 * (the newer run posts, and owns the head's status).
 */
export async function postReviews(api: GitHubApi, o: PostOptions): Promise<string[] | undefined> {
  const files = reviewFiles(o.dir);
  const pr = await api.pull(o.pr);
  if (pr.head.sha !== o.sha) {
    o.log(`post-review: pull request #${o.pr} moved on to ${pr.head.sha}; the reviews of ${o.sha} are not posted (the next run posts its own)`);
    return undefined;
  }
  if (!files.length) {
    o.log("post-review: no review to post (every plan leg stopped before its review)");
    return [];
  }
  const bot = o.bot ?? ACTIONS_BOT;
  const comments = await api.comments(o.pr);
  const posted: string[] = [];
  for (const { env, file } of files) {
    const body = commentBody(env, readFileSync(file, "utf8"), o.sha, o.maxChars);
    if (o.summaryFile) appendFileSync(o.summaryFile, `${truncateComment(body, MAX_SUMMARY_CHARS)}\n`);
    const ours = comments.find((c) => c.user?.login === bot && isOwnReviewComment(c.body, env));
    if (ours) await api.updateComment(ours.id, body);
    else await api.createComment(o.pr, body);
    o.log(`post-review ${env}: ${ours ? "updated" : "created"} the review comment (${body.length} characters)`);
    posted.push(env);
  }
  return posted;
}

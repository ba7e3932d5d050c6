/**
 * The PR comment's identity: each environment's review starts with a hidden
 * marker line, `<!-- oic-access-review:<env> -->`, and the workflow updates
 * the comment whose body STARTS with exactly that line. Plan content can
 * never be at the start of the review (the marker is written first, and
 * every plan-derived value sits inside a one-line code span after our own
 * text), so no plan value can make another comment, or another
 * environment's review, look like this environment's.
 */
import { ReviewInputError } from "./load-input";

/** Environment names a marker may carry (the stack names of stacks/*.ts). */
export const MARKER_ENV = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** GitHub refuses comments over 65,536 characters; leave room for the note. */
export const MAX_COMMENT_CHARS = 60_000;

/** The first line of an environment's review. */
export function reviewMarker(env: string): string {
  if (!MARKER_ENV.test(env)) {
    throw new ReviewInputError(
      `Environment name ${JSON.stringify(env.slice(0, 40))} cannot name a review comment: use letters, digits, dots, dashes or underscores (e.g. dev).`,
    );
  }
  return `<!-- oic-access-review:${env} -->`;
}

/**
 * Whether a PR comment is this environment's review: its body starts with
 * the marker line for `env`, exactly (a line ending or the end follows).
 * `dev` does not match a comment of `dev-eu`, a marker quoted further down,
 * or one preceded by anything, even whitespace. Check the author as well
 * (the workflow's bot, e.g. `github-actions[bot]`): a person can post a
 * comment that starts with the marker.
 */
export function isOwnReviewComment(body: string | null | undefined, env: string): boolean {
  if (typeof body !== "string" || !MARKER_ENV.test(env)) return false;
  const marker = reviewMarker(env);
  if (!body.startsWith(marker)) return false;
  const rest = body.slice(marker.length, marker.length + 2);
  return rest === "" || rest[0] === "\n" || rest === "\r\n";
}

/**
 * The review cut to at most `maxChars` characters for a PR comment, at a
 * line boundary (each line of the review is complete Markdown: cutting
 * inside a line could leave a code span open and let its content render as
 * Markdown), with a note saying where the rest is. The marker line stays.
 */
export function truncateComment(body: string, maxChars = MAX_COMMENT_CHARS, note = "… review truncated: the full text is in the job summary."): string {
  if (body.length <= maxChars) return body;
  const tail = `\n\n${note}\n`;
  const budget = Math.max(0, maxChars - tail.length);
  let end = body.lastIndexOf("\n", budget);
  const firstLine = body.indexOf("\n");
  if (end < firstLine) end = firstLine;
  // No line break at all: nothing can be cut safely, so only the note remains.
  if (end < 0) end = 0;
  // A cut inside a fenced block (the diagram's ```mermaid) would leave it open
  // to the end and swallow the note: close it, with the fence that opened it.
  let fence = closingFence(body.slice(0, end));
  while (fence && end + fence.length + 1 + tail.length > maxChars && end > firstLine) {
    end = body.lastIndexOf("\n", end - 1);
    fence = closingFence(body.slice(0, end));
  }
  return body.slice(0, end) + (fence ? `\n${fence}` : "") + tail;
}

/** The fence that closes the block left open at the end of `text`, or "" (CommonMark: a closing fence is at least as long, same character). */
function closingFence(text: string): string {
  let open = "";
  for (const line of text.split("\n")) {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (!m) continue;
    if (!open) open = m[1];
    else if (m[1][0] === open[0] && m[1].length >= open.length && line.trim() === m[1]) open = "";
  }
  return open;
}

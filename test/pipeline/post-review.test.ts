/**
 * Posting the reviews (`npm run pipeline -- post-review`): the comment is cut
 * by the review's own escape-aware truncation, so a cut inside a code span
 * never releases raw HTML (rendered with commonmark.js); one comment per
 * environment, the bot's own, found by its exact marker; nothing posted for
 * a commit the pull request no longer has.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UsageError } from "../../lib/errors";
import { runPipelineCli, type PipelineCliIo } from "../../tools/pipeline/cli";
import { commentBody, reviewFiles } from "../../tools/pipeline/post-review";
import { renderMarkdown } from "../../tools/review/markdown";
import { reviewPlan } from "../../tools/review/review";
import { reviewMarker } from "../../tools/review/comment";
import { loadPlan } from "../review/fixtures";
import { FAKE_TOKEN, startFakeGitHub, type FakeGitHub } from "./fake-github";
import { nonEmpty } from "../helpers/non-empty";

interface CmNode {
  readonly type: string;
  readonly literal: string | null;
  readonly parent: CmNode | null;
}
interface CommonMark {
  Parser: new () => { parse(text: string): { walker(): { next(): { entering: boolean; node: CmNode } | null } } };
}
/** commonmark.js is a pinned devDependency: without it these checks fail, never skip. */
const commonmark = createRequire(import.meta.url)("commonmark") as CommonMark;

function nodes(markdown: string): CmNode[] {
  const walker = new commonmark.Parser().parse(markdown).walker();
  const out: CmNode[] = [];
  for (let e = walker.next(); e; e = walker.next()) if (e.entering) out.push(e.node);
  return out;
}
/** Raw HTML the renderer would pass through. */
const rawHtml = (markdown: string) => nodes(markdown).filter((n) => n.type === "html_inline" || n.type === "html_block").map((n) => n.literal);

const SHA = "c".repeat(40);
const REPO = "bank/oic-access";
const hostileReview = () => renderMarkdown([reviewPlan("dev", loadPlan("hostile-values.json"))], { approved: false });

describe("a cut never breaks escaping", () => {
  const review = hostileReview();
  const payload = "<img src=x onerror=alert(1)>";
  const at = review.indexOf(payload);
  // A cut right after the tag: inside the code span, before its closing backticks.
  const cut = at + payload.length;

  it("the hostile review holds the payload inside a code span, and slicing there releases it (the old workflow's body.slice)", () => {
    expect(at).toBeGreaterThan(0);
    expect(review.slice(cut, cut + 1)).not.toBe("\n");
    expect(rawHtml(review)).not.toContain(payload);
    expect(rawHtml(review.slice(0, cut))).toContain(payload);
  });

  it("the comment cut at the same length keeps every value inert: the only raw HTML is the marker", () => {
    const body = commentBody("dev", review, SHA, cut + 80);
    expect(body.length).toBeLessThanOrEqual(cut + 80);
    expect(body.startsWith(`${reviewMarker("dev")}\nPlan of commit \`${SHA}\`.\n`)).toBe(true);
    expect(body).toMatch(/… review truncated: the full text is in the job summary\.\n$/);
    expect(rawHtml(body)).toEqual([reviewMarker("dev")]);
    expect(body).not.toContain(payload);
  });

  it.each([200, 1_000, 2_500, 4_000])("at %i characters too, and every line is whole", (max) => {
    const body = commentBody("dev", review, SHA, max);
    expect(body.length).toBeLessThanOrEqual(max);
    expect(rawHtml(body)).toEqual([reviewMarker("dev")]);
    const kept = body.split("\n").slice(2, -3).filter(Boolean);
    expect(kept.length).toBeGreaterThan(0);
    for (const line of nonEmpty(kept, "kept")) expect(review.split("\n")).toContain(line);
  });

  it("refuses a review without its marker, another environment's, and a short SHA", () => {
    expect(() => commentBody("dev", review.replace(/^[^\n]*\n/, ""), SHA)).toThrow(/does not start with its marker line/);
    expect(() => commentBody("prod", review, SHA)).toThrow(/does not start with its marker line/);
    expect(() => commentBody("dev", review, "cccc")).toThrow(/not a full commit SHA/);
  });
});

describe("npm run pipeline -- post-review against a loopback GitHub", () => {
  let gh: FakeGitHub;
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "post-review-"))));
  afterEach(async () => {
    await gh?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const pr = (sha = SHA) => ({ number: 7, state: "open", user: { login: "alice" }, head: { sha, ref: "f", repo: { full_name: REPO } }, base: { repo: { full_name: REPO } } });

  async function post(planResult = "success") {
    const out: string[] = [];
    const err: string[] = [];
    const summary = join(dir, "summary.md");
    const io: PipelineCliIo = {
      cwd: dir,
      env: { GITHUB_REPOSITORY: REPO, GITHUB_API_URL: gh.url, GITHUB_TOKEN: FAKE_TOKEN, GITHUB_STEP_SUMMARY: summary },
      home: join(dir, "home"),
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      smokeUser: () => undefined,
      deps: () => {
        throw new Error("the posting job has no cloud dependency");
      },
    };
    const status = await runPipelineCli(["post-review", "--dir", "reviews", "--pr", "7", "--sha", SHA, "--plan-result", planResult], io);
    return { status, out, err };
  }

  function writeReviews(envs: Record<string, string>) {
    mkdirSync(join(dir, "reviews"), { recursive: true });
    for (const [env, text] of Object.entries(envs)) writeFileSync(join(dir, "reviews", `${env}.md`), text);
  }

  it("creates one comment per environment, then updates the bot's own; a person's comment with the marker is left alone", async () => {
    const human = { id: 1, body: `${reviewMarker("dev")}\nI am not the bot`, user: { login: "mallory" } };
    gh = await startFakeGitHub(REPO, { pulls: [pr()], comments: { 7: [human] } });
    const dev = hostileReview();
    writeReviews({ dev, test: `${reviewMarker("test")}\n## Infrastructure review: \`test\`\n` });
    const first = await post();
    expect(first.err).toEqual([]);
    expect(first.status).toBe(0);
    const comments = gh.state.comments[7]!;
    expect(comments.map((c) => [c.user?.login, c.body?.split("\n")[0]])).toEqual([
      ["mallory", reviewMarker("dev")],
      ["github-actions[bot]", reviewMarker("dev")],
      ["github-actions[bot]", reviewMarker("test")],
    ]);
    expect(comments[1]!.body).toContain(`Plan of commit \`${SHA}\`.`);
    expect(readFileSync(join(dir, "summary.md"), "utf8")).toContain(reviewMarker("test"));

    writeReviews({ dev: `${reviewMarker("dev")}\nsecond run\n`, test: `${reviewMarker("test")}\nsecond run\n` });
    expect((await post()).status).toBe(0);
    expect(gh.state.comments[7]).toHaveLength(3);
    expect(gh.state.comments[7]![0]).toEqual(human);
    expect(gh.state.comments[7]![1]!.body).toBe(`${reviewMarker("dev")}\nPlan of commit \`${SHA}\`.\n\nsecond run\n`);
    expect(gh.requests.filter((r) => r.startsWith("PATCH"))).toHaveLength(2);
    expect(gh.state.statuses.map((x) => [x.sha, x.state, x.context, x.description])).toEqual([
      [SHA, "success", "oic-access/plan-review", "reviewed: dev, test; no unapproved high-risk change"],
      [SHA, "success", "oic-access/plan-review", "reviewed: dev, test; no unapproved high-risk change"],
    ]);
  });

  it.each([
    ["failure", "a plan leg failed: allow-list, plan or an unapproved high-risk change (see the review)"],
    ["skipped", "not planned: the maintainer's approval of this commit was refused or is missing"],
    ["cancelled", "a plan leg was cancelled: allow-list, plan or an unapproved high-risk change (see the review)"],
  ])("the commit status fails when the plan legs ended %s", async (result, description) => {
    gh = await startFakeGitHub(REPO, { pulls: [pr()] });
    writeReviews({ dev: hostileReview() });
    expect((await post(result)).status).toBe(0);
    expect(gh.state.statuses.map((x) => [x.state, x.description])).toEqual([["failure", description]]);
    expect((await post("maybe")).status).toBe(1);
  });

  it("posts nothing for a commit the pull request no longer has", async () => {
    gh = await startFakeGitHub(REPO, { pulls: [pr("d".repeat(40))] });
    writeReviews({ dev: hostileReview() });
    const r = await post();
    expect(r.status).toBe(0);
    expect(r.out.join("\n")).toMatch(/moved on to d{40}; the reviews of c{40} are not posted/);
    expect(gh.requests.filter((x) => !x.startsWith("GET"))).toEqual([]);
  });

  it("refuses a file that is not <env>.md, and a missing --sha", async () => {
    gh = await startFakeGitHub(REPO, { pulls: [pr()] });
    writeReviews({ dev: hostileReview() });
    writeFileSync(join(dir, "reviews", "plan.json"), "{}");
    const r = await post();
    expect(r.status).toBe(1);
    expect(r.err.join("\n")).toMatch(/plan\.json: only <env>\.md review files are posted/);
    expect(() => reviewFiles(join(dir, "reviews"))).toThrow();
    rmSync(join(dir, "reviews", "plan.json"));
    // A missing --sha is a usage mistake: a UsageError, exit 2 through runCommand (test/command/).
    const noSha = runPipelineCli(["post-review", "--dir", "reviews", "--pr", "7"], {
      cwd: dir,
      env: {},
      out: () => undefined,
      err: () => undefined,
      smokeUser: () => undefined,
      deps: () => {
        throw new Error("unused");
      },
    });
    await expect(noSha).rejects.toThrow(new UsageError("post-review needs --dir <reviews> --pr <n> --sha <full head SHA> --plan-result <needs.plan.result>"));
    expect(gh.requests.filter((x) => !x.startsWith("GET"))).toEqual([]);
  });
});

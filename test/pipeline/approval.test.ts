/**
 * Who may have a pull request planned with credentials, and whose approval
 * lets a high-risk change through: each tied to one commit. The rules are
 * tested on their own, then through `npm run pipeline -- gate |
 * verify-approval` against a loopback GitHub stand-in.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  approvedForCommit,
  highRiskApprovers,
  IDENTITY_CHANGE_APPROVAL,
  isTrustedPullRequest,
  pullRequestOfRun,
  verifyRunApproval,
  type PullRequestInfo,
  type ReviewInfo,
  type WorkflowRunPayload,
} from "../../tools/pipeline/approval";
import { gitHubApi } from "../../tools/pipeline/github-api";
import { runPipelineCli, type PipelineCliIo } from "../../tools/pipeline/cli";
import { FAKE_TOKEN, startFakeGitHub, type FakeGitHub } from "./fake-github";
import { nonEmpty } from "../helpers/non-empty";

const REPO = "bank/oic-access";
const SHA = "a".repeat(40);
const NEW_SHA = "b".repeat(40);

function pr(o: { number?: number; author?: string; headRepo?: string; sha?: string; ref?: string } = {}): PullRequestInfo {
  return {
    number: o.number ?? 7,
    state: "open",
    user: { login: o.author ?? "alice" },
    head: { sha: o.sha ?? SHA, ref: o.ref ?? "feature", repo: { full_name: o.headRepo ?? REPO } },
    base: { repo: { full_name: REPO } },
  };
}

function run(o: Partial<WorkflowRunPayload> = {}): WorkflowRunPayload {
  return { id: 99, event: "pull_request", conclusion: "success", head_sha: SHA, head_branch: "feature", head_repository: { full_name: REPO, owner: { login: "bank" } }, ...o };
}

const review = (login: string, state: string, commit: string, body = IDENTITY_CHANGE_APPROVAL): ReviewInfo => ({ user: { login }, state, commit_id: commit, body });
const perms = (map: Record<string, string>) => async (login: string) => map[login] ?? "none";

describe("which pull request a privileged run is for", () => {
  it("the open pull request whose head is exactly the run's commit in the run's head repository", () => {
    expect(pullRequestOfRun(run(), [pr({ sha: NEW_SHA, number: 1 }), pr({ number: 7 })]).number).toBe(7);
  });

  it("refuses when the pull request moved on, when the head repository differs, or when two match", () => {
    expect(() => pullRequestOfRun(run(), [pr({ sha: NEW_SHA })])).toThrow(/no open pull request has head a{40}: it moved on/);
    expect(() => pullRequestOfRun(run(), [pr({ headRepo: "mallory/oic-access" })])).toThrow(/no open pull request/);
    expect(() => pullRequestOfRun(run(), [pr({ number: 1 }), pr({ number: 2 })])).toThrow(/2 open pull requests have head/);
    expect(() => pullRequestOfRun(run({ head_sha: "HEAD" }), [pr()])).toThrow(/no valid head SHA/);
  });
});

describe("planned without a maintainer's approval only: same repository AND a writer", () => {
  it.each([
    ["a writer's branch in this repository", pr(), { alice: "write" }, true],
    ["a maintainer's branch", pr(), { alice: "admin" }, true],
    ["a fork, even by a writer", pr({ headRepo: "alice/oic-access" }), { alice: "write" }, false],
    ["an outside collaborator with read access", pr(), { alice: "read" }, false],
    ["a triager (can label, cannot push)", pr(), { alice: "triage" }, false],
    ["no collaborator at all", pr(), {}, false],
  ])("%s", async (_what, p, map, trusted) => {
    expect(await isTrustedPullRequest(p, perms(map))).toBe(trusted);
  });
});

describe("a high-risk change is approved only for the commit the review was given on", () => {
  const writers = perms({ bob: "write", carol: "maintain", alice: "write", tom: "triage" });

  it("an APPROVED review on the head SHA with the line, by a writer who is not the author", async () => {
    expect(await highRiskApprovers(pr(), [review("bob", "APPROVED", SHA, `Consumers agreed.\n${IDENTITY_CHANGE_APPROVAL}\n`)], writers)).toEqual(["bob"]);
  });

  it.each([
    ["given on an earlier commit (a push withdraws it)", [review("bob", "APPROVED", NEW_SHA)]],
    ["without the line", [review("bob", "APPROVED", SHA, "LGTM")]],
    ["with the words inside a sentence only", [review("bob", "APPROVED", SHA, `not ${IDENTITY_CHANGE_APPROVAL} yet`)]],
    ["a comment, not an approval", [review("bob", "COMMENTED", SHA)]],
    ["by the author", [review("alice", "APPROVED", SHA)]],
    ["by a triager", [review("tom", "APPROVED", SHA)]],
    ["by an outsider", [review("eve", "APPROVED", SHA)]],
    ["approved, then changes requested on the same commit", [review("bob", "APPROVED", SHA), review("bob", "CHANGES_REQUESTED", SHA, "")]],
    ["approved, then dismissed", [review("bob", "APPROVED", SHA), review("bob", "DISMISSED", SHA)]],
  ])("does not count when %s", async (_what, reviews) => {
    expect(await highRiskApprovers(pr(), reviews, writers)).toEqual([]);
  });

  it("a later comment does not withdraw an approval; two approvers are both named", async () => {
    const reviews = [review("bob", "APPROVED", SHA), review("bob", "COMMENTED", SHA, "one more thing"), review("carol", "APPROVED", SHA)];
    expect(await highRiskApprovers(pr(), reviews, writers)).toEqual(["bob", "carol"]);
  });
});

describe("the approval of a privileged run (plan-review-approval)", () => {
  const writers = perms({ bob: "write", alice: "write" });
  const approved = (login: string, env = "plan-review-approval") => ({ state: "approved", user: { login }, environments: [{ name: env }] });

  it("passes with a writer's approval of this run while the pull request still has the approved commit", async () => {
    expect(await verifyRunApproval({ pr: pr(), approvedSha: SHA, approvals: [approved("bob")] }, writers)).toEqual(["bob"]);
  });

  it.each([
    ["the pull request moved on after the approval", { pr: pr({ sha: NEW_SHA }), approvedSha: SHA, approvals: [approved("bob")] }, /now points at b{40}, not the approved a{40}/],
    ["nobody approved", { pr: pr(), approvedSha: SHA, approvals: [] }, /nobody with write access other than the author approved/],
    ["only the author approved", { pr: pr(), approvedSha: SHA, approvals: [approved("alice")] }, /nobody with write access/],
    ["approved in another environment", { pr: pr(), approvedSha: SHA, approvals: [approved("bob", "prod")] }, /nobody with write access/],
    ["an outsider approved", { pr: pr(), approvedSha: SHA, approvals: [approved("eve")] }, /nobody with write access/],
    ["a rejection", { pr: pr(), approvedSha: SHA, approvals: [approved("bob"), { state: "rejected", user: { login: "carol" }, environments: [{ name: "plan-review-approval" }] }] }, /rejected/],
  ])("refuses when %s", async (_what, o, message) => {
    await expect(verifyRunApproval(o, writers)).rejects.toThrow(message);
  });
});

describe("a deploy's approval names the commit deployed", () => {
  it.each([
    [SHA, SHA, true],
    [SHA, SHA.toUpperCase(), true],
    [SHA, NEW_SHA, false],
    [SHA, SHA.slice(0, 7), false],
    [SHA, undefined, false],
    [undefined, SHA, false],
    ["main", "main", false],
  ])("commit %s, approved for %s: %s", (commit, approvedFor, expected) => {
    expect(approvedForCommit(commit, approvedFor)).toBe(expected);
  });
});

describe("npm run pipeline -- gate / verify-approval against a loopback GitHub", () => {
  let gh: FakeGitHub;
  let dir: string;
  afterEach(async () => {
    await gh?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function cli(args: string[], event: unknown, extraEnv: Record<string, string> = {}) {
    dir = mkdtempSync(join(tmpdir(), "gate-"));
    writeFileSync(join(dir, "event.json"), JSON.stringify(event));
    writeFileSync(join(dir, "output"), "");
    const out: string[] = [];
    const err: string[] = [];
    const env = { GITHUB_EVENT_PATH: join(dir, "event.json"), GITHUB_OUTPUT: join(dir, "output"), GITHUB_REPOSITORY: REPO, GITHUB_API_URL: gh.url, GITHUB_TOKEN: FAKE_TOKEN, ...extraEnv };
    const io: PipelineCliIo = { cwd: dir, env, home: join(dir, "home"), out: (l) => out.push(l), err: (l) => err.push(l), smokeUser: () => undefined, deps: () => Promise.reject(new Error("no cloud")) as never };
    const status = await runPipelineCli(args, io);
    return { status, out, err, outputs: readFileSync(join(dir, "output"), "utf8") };
  }

  it("a fork's pull request: waits for approval; the high-risk approval counts for its head only", async () => {
    const fork = pr({ headRepo: "mallory/oic-access", author: "mallory", ref: "main" });
    gh = await startFakeGitHub(REPO, { pulls: [fork], permissions: { bob: "write", mallory: "read" }, reviews: { 7: [review("bob", "APPROVED", SHA)] } });
    const r = await cli(["gate"], { workflow_run: run({ head_branch: "main", head_repository: { full_name: "mallory/oic-access", owner: { login: "mallory" } } }) }, { GITHUB_SERVER_URL: "https://github.com", GITHUB_RUN_ID: "4242" });
    expect(r.err).toEqual([]);
    expect(r.status).toBe(0);
    expect(r.outputs).toBe(`pr=7\nsha=${SHA}\ntrusted=false\nhigh_risk_approved=true\n`);
    expect(r.out[0]).toMatch(/from a fork or an outside collaborator: waits for a maintainer's approval of this run in plan-review-approval; high-risk changes approved for this commit by bob/);
    expect(gh.requests).toContain("GET /repos/bank/oic-access/pulls?state=open&head=mallory%3Amain&per_page=100&page=1");
    // The pull request shows why it waits: a pending commit status on its head, linking to the run.
    expect(gh.state.statuses).toEqual([
      { sha: SHA, state: "pending", context: "oic-access/plan-review", description: "waiting for a maintainer to approve planning this commit (plan-review-approval)", target_url: "https://github.com/bank/oic-access/actions/runs/4242" },
    ]);
  });

  it("a writer's branch: planned without approval; an approval of the previous commit does not count", async () => {
    gh = await startFakeGitHub(REPO, { pulls: [pr()], permissions: { alice: "write", bob: "write" }, reviews: { 7: [review("bob", "APPROVED", NEW_SHA)] } });
    const r = await cli(["gate"], { workflow_run: run() });
    expect(r.status).toBe(0);
    expect(r.outputs).toBe(`pr=7\nsha=${SHA}\ntrusted=true\nhigh_risk_approved=false\n`);
    expect(gh.state.statuses.map((x) => [x.state, x.description])).toEqual([["pending", "planning every environment"]]);
  });

  it("refuses a run that is not a successful pull-request run, or whose pull request moved on, with no output", async () => {
    gh = await startFakeGitHub(REPO, { pulls: [pr({ sha: NEW_SHA })], permissions: { alice: "write" } });
    for (const [event, message] of nonEmpty([
      [{ workflow_run: run({ event: "push" }) }, /triggered by "push", not a pull request/],
      [{ workflow_run: run({ conclusion: "failure" }) }, /ended "failure": nothing is planned/],
      [{ workflow_run: run() }, /it moved on/],
      [{ issue: {} }, /not a workflow_run/],
    ] as const, "item")) {
      const r = await cli(["gate"], event);
      expect(r.status).toBe(1);
      expect(r.outputs).toBe("");
      expect(r.err.join("\n")).toMatch(message);
      expect(gh.state.statuses).toEqual([]);
    }
  });

  it("verify-approval: passes for a writer's approval of this run; fails once the pull request moved on", async () => {
    const approvals = { 4242: [{ state: "approved", user: { login: "bob" }, environments: [{ name: "plan-review-approval" }] }] };
    gh = await startFakeGitHub(REPO, { pulls: [pr({ author: "mallory" })], permissions: { bob: "maintain" }, approvals });
    const ok = await cli(["verify-approval", "--pr", "7"], { workflow_run: run() }, { GITHUB_RUN_ID: "4242" });
    expect(ok.err).toEqual([]);
    expect(ok.out).toEqual([`verify-approval: run 4242 (commit ${SHA}) approved in plan-review-approval by bob`]);
    gh.state.pulls = [pr({ author: "mallory", sha: NEW_SHA })];
    const moved = await cli(["verify-approval", "--pr", "7"], { workflow_run: run() }, { GITHUB_RUN_ID: "4242" });
    expect(moved.status).toBe(1);
    expect(moved.err.join("\n")).toMatch(/now points at b{40}, not the approved a{40}: not planned/);
  });

  it("the client sends the token only as a bearer header and never prints it", async () => {
    gh = await startFakeGitHub(REPO, {});
    const api = gitHubApi({ baseUrl: gh.url, repository: REPO, token: "wrong-token" });
    await expect(api.pull(7)).rejects.toThrow(/^GitHub API GET \/pulls\/7 answered 401$/);
    expect(() => gitHubApi({ baseUrl: gh.url, repository: REPO, token: "" })).toThrow(/GITHUB_TOKEN is not set/);
    expect(() => gitHubApi({ baseUrl: gh.url, repository: "../x", token: "t" })).toThrow(/is not owner\/name/);
  });
});

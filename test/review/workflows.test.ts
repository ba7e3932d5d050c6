/**
 * Every workflow in .github/workflows is valid against GitHub's workflow
 * schema (the SchemaStore schema compiled into @action-validator/core), and
 * carries the safety rules of docs/pipeline.md:
 * - no job of a pull-request-triggered workflow both holds credentials
 *   (secrets, id-token, a write permission) and runs the branch's code;
 * - the privileged (workflow_run) workflow checks out the base branch only,
 *   and passes the downloaded configuration through the allow-list before
 *   any credential is written;
 * - no pull-request job ever holds another environment's credential or
 *   state: each plan leg's GitHub environment is named after its matrix
 *   environment, and secrets appear nowhere else; the posting job holds no
 *   cloud secret; the API key is deleted before the review is rendered;
 * - a fork's or outside collaborator's pull request is planned only after
 *   the approval job (GitHub environment with required reviewers) passed;
 * - a deploy reviews its own plan and takes a high-risk approval only for
 *   the commit it deploys;
 * - workflows are thin (each step calls a project script) and never run
 *   Terraform or cdktf directly (their output prints secrets).
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { validateWorkflow } from "@action-validator/core";
import { load } from "js-yaml";

const WORKFLOWS_DIR = fileURLToPath(new URL("../../.github/workflows/", import.meta.url));
const files = readdirSync(WORKFLOWS_DIR).filter((f) => /\.ya?ml$/.test(f));
const text = (f: string) => readFileSync(join(WORKFLOWS_DIR, f), "utf8");

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  id?: string;
  if?: string;
}
interface Job {
  if?: string;
  needs?: string | string[];
  strategy?: { matrix?: Record<string, unknown> };
  outputs?: Record<string, string>;
  permissions?: string | Record<string, string>;
  steps?: Step[];
  env?: Record<string, unknown>;
  uses?: string;
  secrets?: unknown;
  environment?: unknown;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: unknown;
  permissions?: string | Record<string, string>;
  env?: Record<string, unknown>;
  jobs: Record<string, Job>;
}

const parse = (src: string) => load(src) as Workflow;
const triggers = (w: Workflow): string[] => (typeof w.on === "string" ? [w.on] : Array.isArray(w.on) ? w.on : Object.keys(w.on as object));

function writes(permissions: Job["permissions"]): string[] {
  if (permissions === undefined) return [];
  if (typeof permissions === "string") return permissions === "write-all" ? ["write-all"] : [];
  return Object.entries(permissions)
    .filter(([scope, level]) => level === "write" || scope === "id-token")
    .map(([scope, level]) => `${scope}: ${level}`);
}

/** What gives a job credentials: secrets (other than the token), id-token, write permissions, inherited secrets. */
function credentials(w: Workflow, job: Job): string[] {
  const found = [...writes(w.permissions), ...writes(job.permissions)];
  const src = JSON.stringify({ env: w.env, job });
  for (const m of src.matchAll(/secrets\.([A-Za-z0-9_]+)/g)) if (m[1] !== "GITHUB_TOKEN") found.push(`secrets.${m[1]}`);
  if (job.secrets !== undefined) found.push("secrets passed to a reusable workflow");
  if (job.environment !== undefined) found.push(`environment ${JSON.stringify(job.environment)}`);
  return found;
}

/** A pull-request-triggered job runs branch code when it checks out the PR (default ref or a head ref) and then runs anything. */
function runsBranchCode(job: Job): boolean {
  const steps = job.steps ?? [];
  const checkout = steps.findIndex((s) => s.uses?.startsWith("actions/checkout@") && !/default_branch|base_ref|base\.sha|base\.ref/.test(String(s.with?.ref ?? "")));
  if (checkout < 0) return job.uses?.startsWith("./") ?? false;
  return steps.slice(checkout + 1).some((s) => s.run !== undefined || s.uses?.startsWith("./"));
}

/** Jobs of PR-triggered workflows that both hold credentials and run branch code. */
function unsafePrJobs(w: Workflow): string[] {
  const pr = triggers(w).some((t) => t === "pull_request" || t === "pull_request_target" || t === "pull_request_review");
  if (!pr) return [];
  return Object.entries(w.jobs)
    .filter(([, job]) => runsBranchCode(job) && credentials(w, job).length > 0)
    .map(([name, job]) => `${name}: ${credentials(w, job).join(", ")}`);
}

const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps ?? []);

describe("GitHub workflows", () => {
  it("exist: unprivileged PR build, privileged PR plan, deploy, and the per-environment deploy", () => {
    expect(files.sort()).toEqual(["deploy-environment.yml", "deploy.yml", "plan-review-privileged.yml", "plan-review.yml"]);
  });

  it.each(files)("%s is valid against the workflow schema", (file) => {
    const state = validateWorkflow(text(file));
    expect(state.actionType).toBe("workflow");
    expect(state.errors).toEqual([]);
  });

  it.each([
    ["an unknown job key", "on: push\njobs:\n  build:\n    runs-onn: ubuntu-latest\n    steps:\n      - run: echo hi\n"],
    ["YAML that does not parse", "on: [push\njobs: {}\n"],
    ["a job without runs-on", "on: push\njobs:\n  build:\n    steps:\n      - run: echo hi\n"],
    ["an unknown trigger", "on: pull_requests\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n"],
  ])("rejects a broken workflow: %s", (_what, broken) => {
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });
});

describe("pull requests never run their own code next to credentials", () => {
  it.each(files)("%s: no PR-triggered job both holds credentials and runs branch code", (file) => {
    expect(unsafePrJobs(parse(text(file)))).toEqual([]);
  });

  it("the rule catches the old design (secrets in the PR job that runs npm ci), id-token, write permissions and pull_request_target", () => {
    const job = (extra: string) =>
      `on: pull_request\njobs:\n  plan:\n    runs-on: ubuntu-latest\n${extra}    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci\n`;
    expect(unsafePrJobs(parse(job("    env:\n      KEY: ${{ secrets.OCI_PRIVATE_KEY }}\n")))).toEqual(["plan: secrets.OCI_PRIVATE_KEY"]);
    expect(unsafePrJobs(parse(job("    permissions:\n      id-token: write\n")))).toEqual(["plan: id-token: write"]);
    expect(unsafePrJobs(parse(job("    permissions:\n      pull-requests: write\n")))).toEqual(["plan: pull-requests: write"]);
    const target = `on: pull_request_target\njobs:\n  x:\n    runs-on: ubuntu-latest\n    env:\n      T: \${{ secrets.T }}\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: \${{ github.event.pull_request.head.sha }}\n      - run: make\n`;
    expect(unsafePrJobs(parse(target))).toEqual(["x: secrets.T"]);
    expect(unsafePrJobs(parse(job("")))).toEqual([]);
  });

  it("the unprivileged build is read-only, secret-free, and hands on cdktf.out/ only", () => {
    const w = parse(text("plan-review.yml"));
    expect(triggers(w)).toEqual(["pull_request", "pull_request_review"]);
    expect(w.permissions).toEqual({ contents: "read" });
    const build = w.jobs.build!;
    expect(credentials(w, build)).toEqual([]);
    const upload = build.steps!.filter((s) => s.uses?.startsWith("actions/upload-artifact@"));
    expect(upload).toHaveLength(1);
    expect(upload[0]!.with).toMatchObject({ name: "cdktf-out", path: "cdktf.out/", "include-hidden-files": false });
    expect(build.steps!.find((s) => s.uses?.startsWith("actions/checkout@"))!.with).toEqual({ "persist-credentials": false });
  });

  it("the privileged workflow checks out the base branch only and runs the allow-list before any credential", () => {
    const w = parse(text("plan-review-privileged.yml"));
    expect(triggers(w)).toEqual(["workflow_run"]);
    expect((w.on as any).workflow_run.workflows).toEqual(["Plan review"]);
    expect(w.permissions).toEqual({});
    expect(Object.keys(w.jobs).sort()).toEqual(["approve", "gate", "plan", "post"]);
    for (const [name, job] of Object.entries(w.jobs)) {
      const all = job.steps!;
      const checkouts = all.filter((s) => s.uses?.startsWith("actions/checkout@"));
      expect([name, checkouts.length]).toEqual([name, 1]);
      expect(checkouts[0]!.with).toEqual({ ref: "${{ github.event.repository.default_branch }}", "persist-credentials": false });
      // No step is handed a head ref or SHA from the payload (the gate reads the payload file itself).
      for (const s of all) expect(JSON.stringify({ with: s.with, run: s.run, env: s.env })).not.toMatch(/head_sha|head_branch|head\.sha|head\.ref|pull_request\.head/);
      expect(all.some((s) => s.uses?.startsWith("./") || s.uses?.startsWith("actions/github-script@"))).toBe(false);
    }
    const plan = w.jobs.plan!;
    const all = plan.steps!;
    const index = (pred: (s: Step) => boolean) => all.findIndex(pred);
    const download = index((s) => s.uses?.startsWith("actions/download-artifact@") ?? false);
    const allow = index((s) => s.run?.includes("pipeline -- check-config") ?? false);
    const firstSecret = index((s) => JSON.stringify(s).includes("secrets."));
    const planStep = index((s) => s.run?.includes("pipeline -- plan") ?? false);
    expect(download).toBeGreaterThan(0);
    expect(allow).toBeGreaterThan(download);
    expect(firstSecret).toBeGreaterThan(allow);
    expect(planStep).toBeGreaterThan(allow);
    // The base branch's code: install before the artifact arrives, nothing installed or built from it.
    expect(index((s) => s.run === "npm ci")).toBeLessThan(download);
    for (const s of all.slice(download)) expect(s.run ?? "").not.toMatch(/npm (ci|install)|working-directory/);
    expect(all[download]!.with).toMatchObject({ name: "cdktf-out", "run-id": "${{ github.event.workflow_run.id }}" });
    expect(plan.permissions).toEqual({ contents: "read", actions: "read" });
    // Terraform plans the checked, re-serialized copy only, never the artifact's own bytes.
    expect(all[allow]!.run).toContain('--artifact "$RUNNER_TEMP/pr-cdktf-out" --expected base.out --out "$RUNNER_TEMP/checked"');
    const stacksDirs = all.filter((s) => / --stacks-dir /.test(s.run ?? "")).map((s) => s.run!.match(/--stacks-dir ("[^"]+")/)![1]);
    expect(stacksDirs).toEqual(['"$RUNNER_TEMP/checked/stacks"', '"$RUNNER_TEMP/checked/stacks"', '"$RUNNER_TEMP/checked/stacks"']);
    for (const s of all.slice(allow + 1)) expect(s.run ?? "").not.toContain("pr-cdktf-out");
  });
});

/** `secrets.NAME` references of a job (the GITHUB_TOKEN aside). */
function secretRefs(job: Job): string[] {
  return [...JSON.stringify(job).matchAll(/secrets\.([A-Za-z0-9_]+)/g)].map((m) => m[1]!).filter((n) => n !== "GITHUB_TOKEN");
}
const CLOUD_SECRET = /^(OCI_|AWS_)/;
const needsOf = (job: Job): string[] => (job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs]);

/**
 * Jobs of a workflow that could hold another environment's credential or
 * state: a job that reads a secret must run in a GitHub environment named
 * after its own matrix environment (`<prefix>${{ matrix.env }}`), with
 * ENV_NAME = that matrix value and no environment name written literally in
 * a step; a job without a matrix environment holds no secret at all.
 */
function crossEnvironmentProblems(w: Workflow, prefix: string): string[] {
  const problems: string[] = [];
  for (const [name, job] of Object.entries(w.jobs)) {
    const secrets = secretRefs(job);
    if (!secrets.length) continue;
    const envs = job.strategy?.matrix?.env;
    if (!Array.isArray(envs) || !envs.length) {
      problems.push(`${name}: holds ${secrets.join(", ")} without a matrix environment`);
      continue;
    }
    if (job.environment !== `${prefix}\${{ matrix.env }}`) problems.push(`${name}: GitHub environment ${JSON.stringify(job.environment)} is not ${prefix}<matrix env>`);
    if (job.env?.ENV_NAME !== "${{ matrix.env }}") problems.push(`${name}: ENV_NAME is not the matrix environment`);
    if (job.secrets !== undefined || job.uses !== undefined) problems.push(`${name}: passes secrets on`);
    for (const s of job.steps ?? []) {
      // What a step hands the pipeline: its pipeline command lines, inputs and environment.
      const commands = (s.run ?? "").split("\n").filter((l) => l.includes("pipeline --"));
      const literal = (envs as string[]).find((e) => new RegExp(`(^|[^A-Za-z0-9_$-])${e}([^A-Za-z0-9_-]|$)`).test(`${commands.join(" ")} ${JSON.stringify(s.with ?? {})} ${JSON.stringify(s.env ?? {})}`));
      if (literal) problems.push(`${name}: step ${JSON.stringify(s.name ?? s.run ?? s.uses)} names the environment ${literal} literally`);
    }
  }
  return problems;
}

/**
 * Jobs holding a cloud secret that could start before a maintainer approved
 * an outside pull request: each must need the `approve` job (GitHub
 * environment plan-review-approval, running verify-approval) and run only
 * when the gate found the author trusted or that approval succeeded.
 */
const APPROVED_CONDITION = "${{ !cancelled() && needs.gate.result == 'success' && (needs.gate.outputs.trusted == 'true' || needs.approve.result == 'success') }}";
function unapprovedCredentialJobs(w: Workflow): string[] {
  const out: string[] = [];
  const approve = w.jobs.approve;
  const approveOk =
    approve?.environment === "plan-review-approval" &&
    approve.if === "needs.gate.outputs.trusted != 'true'" &&
    needsOf(approve).includes("gate") &&
    secretRefs(approve).length === 0 &&
    (approve.steps ?? []).some((s) => /^npm run --silent pipeline -- verify-approval --pr "\$PR_NUMBER"$/.test(s.run ?? ""));
  for (const [name, job] of Object.entries(w.jobs)) {
    if (!secretRefs(job).some((n) => CLOUD_SECRET.test(n))) continue;
    if (!approveOk) out.push(`${name}: the approve job is missing or changed`);
    else if (!needsOf(job).includes("approve") || !needsOf(job).includes("gate") || job.if !== APPROVED_CONDITION) out.push(`${name}: can start without the maintainer's approval`);
  }
  return out;
}

/** Steps of a credentialed job, in order: the API key exists only across the plan step and is deleted before the review. */
function keyLifetimeProblems(job: Job): string[] {
  const steps = job.steps ?? [];
  const at = (pred: (s: Step) => boolean) => steps.findIndex(pred);
  const keyStep = at((s) => s.run === "npm run --silent pipeline -- oci-config");
  const planStep = at((s) => /^npm run --silent pipeline -- plan /.test(s.run ?? ""));
  const forget = at((s) => s.run === "npm run --silent pipeline -- forget-credentials");
  const review = at((s) => /pipeline -- review /.test(s.run ?? ""));
  const problems: string[] = [];
  if (keyStep < 0 || planStep < 0 || forget < 0 || review < 0) return ["oci-config, plan, forget-credentials and review steps must all be there"];
  if (!(keyStep + 1 === planStep && planStep + 1 === forget && forget < review)) problems.push("the API key step must be followed by the plan, then its deletion, before the review");
  if (steps[forget]!.if !== "always()") problems.push("the key is deleted even when the plan fails (if: always())");
  steps.forEach((s, i) => {
    const refs = secretRefs({ steps: [s] } as Job);
    if (refs.includes("OCI_PRIVATE_KEY") && i !== keyStep) problems.push(`step ${i} reads OCI_PRIVATE_KEY`);
    if (refs.length && i !== keyStep && i !== planStep) problems.push(`step ${i} (${s.name ?? s.run}) reads ${refs.join(", ")}`);
  });
  return problems;
}

describe("no pull-request job holds another environment's credential or state, and a maintainer decides first", () => {
  const w = parse(text("plan-review-privileged.yml"));

  it("each plan leg runs in the GitHub environment of its own matrix environment; no other job holds a secret", () => {
    const plan = w.jobs.plan!;
    expect(plan.strategy?.matrix?.env).toEqual(["dev", "test", "prod"]);
    expect(plan.environment).toBe("plan-review-${{ matrix.env }}");
    expect(secretRefs(plan).sort()).toEqual(["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "OCI_FINGERPRINT", "OCI_PRIVATE_KEY", "OCI_REGION", "OCI_TENANCY_OCID", "OCI_USER_OCID"]);
    expect(crossEnvironmentProblems(w, "plan-review-")).toEqual([]);
    for (const [name, job] of Object.entries(w.jobs)) if (name !== "plan") expect([name, secretRefs(job)]).toEqual([name, []]);
    // Every step that names an environment uses the leg's own: the stack directory and state of that environment only.
    for (const s of plan.steps!.filter((x) => x.run?.includes("pipeline -- plan") || x.run?.includes("pipeline -- check-config") || x.run?.includes("pipeline -- review"))) expect(s.run).toContain('"$ENV_NAME"');
  });

  it("the rule catches a shared environment, a fixed one, a secret outside a matrix job and a literal environment name", () => {
    const mutate = (f: (x: Workflow) => void) => {
      const x = parse(text("plan-review-privileged.yml"));
      f(x);
      return crossEnvironmentProblems(x, "plan-review-");
    };
    expect(mutate((x) => (x.jobs.plan!.environment = "plan-review"))).toEqual(['plan: GitHub environment "plan-review" is not plan-review-<matrix env>']);
    expect(mutate((x) => (x.jobs.plan!.environment = "plan-review-prod"))).toHaveLength(1);
    expect(mutate((x) => (x.jobs.post!.env = { K: "${{ secrets.OCI_PRIVATE_KEY }}" }))).toEqual(["post: holds OCI_PRIVATE_KEY without a matrix environment"]);
    expect(mutate((x) => x.jobs.plan!.steps!.push({ run: "npm run --silent pipeline -- plan prod" }))).toEqual(['plan: step "npm run --silent pipeline -- plan prod" names the environment prod literally']);
    expect(mutate((x) => (x.jobs.plan!.env!.ENV_NAME = "prod"))).toEqual(["plan: ENV_NAME is not the matrix environment"]);
  });

  it("the posting job holds no cloud credential: no secret, no GitHub environment, only pull-requests and statuses write", () => {
    const post = w.jobs.post!;
    expect(secretRefs(post)).toEqual([]);
    expect(post.environment).toBeUndefined();
    expect(post.permissions).toEqual({ contents: "read", "pull-requests": "write", statuses: "write" });
    expect(needsOf(post)).toEqual(["gate", "plan"]);
    const runs = post.steps!.filter((s) => s.run !== undefined).map((s) => s.run);
    expect(runs).toEqual(["npm ci", 'npm run --silent pipeline -- post-review --dir "$RUNNER_TEMP/reviews" --pr "$PR_NUMBER" --sha "$REVIEWED_SHA" --plan-result "$PLAN_RESULT"']);
    expect(post.steps!.find((s) => s.run?.includes("post-review"))!.env).toEqual({
      GITHUB_TOKEN: "${{ github.token }}",
      PR_NUMBER: "${{ needs.gate.outputs.pr }}",
      REVIEWED_SHA: "${{ needs.gate.outputs.sha }}",
      // The required check on the pull request follows every plan leg's result.
      PLAN_RESULT: "${{ needs.plan.result }}",
    });
    // It receives the rendered reviews only, from this run's plan legs.
    const download = post.steps!.find((s) => s.uses?.startsWith("actions/download-artifact@"))!;
    expect(download.with).toEqual({ pattern: "review-*", "merge-multiple": true, path: "${{ runner.temp }}/reviews" });
    // Only jobs without a cloud secret may write to the pull request.
    for (const [name, job] of Object.entries(w.jobs)) if (writes(job.permissions).length) expect([name, secretRefs(job), job.environment]).toEqual([name, [], undefined]);
  });

  it("the API key is written for the plan step only and deleted before the review is rendered and uploaded", () => {
    const plan = w.jobs.plan!;
    expect(keyLifetimeProblems(plan)).toEqual([]);
    const steps = plan.steps!;
    const upload = steps.findIndex((s) => s.uses?.startsWith("actions/upload-artifact@"));
    const forget = steps.findIndex((s) => s.run?.includes("forget-credentials"));
    expect(upload).toBeGreaterThan(forget);
    expect(steps[upload]!.with).toMatchObject({ name: "review-${{ matrix.env }}", path: "${{ runner.temp }}/reviews/${{ matrix.env }}.md" });
    // The rule can fail: deletion after the review, a secret on the review step, no always().
    const moved = [...steps];
    moved.splice(forget, 1);
    moved.push(steps[forget]!);
    expect(keyLifetimeProblems({ steps: moved })).toContain("the API key step must be followed by the plan, then its deletion, before the review");
    const leaky = steps.map((s) => (s.run?.includes("pipeline -- review") ? { ...s, env: { ...s.env, K: "${{ secrets.AWS_SECRET_ACCESS_KEY }}" } } : s));
    expect(keyLifetimeProblems({ steps: leaky }).join("\n")).toMatch(/reads AWS_SECRET_ACCESS_KEY/);
    expect(keyLifetimeProblems({ steps: steps.map((s, i) => (i === forget ? { ...s, if: undefined } : s)) })).toEqual(["the key is deleted even when the plan fails (if: always())"]);
  });

  it("for forks and outside collaborators the approval job passes before any credentialed step", () => {
    expect(unapprovedCredentialJobs(w)).toEqual([]);
    const gate = w.jobs.gate!;
    expect(secretRefs(gate)).toEqual([]);
    expect(gate.environment).toBeUndefined();
    expect(gate.permissions).toEqual({ contents: "read", "pull-requests": "read", statuses: "write" });
    expect(gate.steps!.at(-1)!.run).toBe("npm run --silent pipeline -- gate");
    expect(gate.outputs).toEqual({
      pr: "${{ steps.gate.outputs.pr }}",
      sha: "${{ steps.gate.outputs.sha }}",
      trusted: "${{ steps.gate.outputs.trusted }}",
      high_risk_approved: "${{ steps.gate.outputs.high_risk_approved }}",
    });
    // The rule can fail.
    const mutate = (f: (x: Workflow) => void) => {
      const x = parse(text("plan-review-privileged.yml"));
      f(x);
      return unapprovedCredentialJobs(x);
    };
    expect(mutate((x) => (x.jobs.plan!.needs = ["gate"]))).toEqual(["plan: can start without the maintainer's approval"]);
    expect(mutate((x) => (x.jobs.plan!.if = "${{ always() }}"))).toEqual(["plan: can start without the maintainer's approval"]);
    expect(mutate((x) => delete x.jobs.approve!.environment)).toEqual(["plan: the approve job is missing or changed"]);
    expect(mutate((x) => (x.jobs.approve!.if = "false"))).toEqual(["plan: the approve job is missing or changed"]);
  });

  it("a high-risk change counts as approved only through the gate (a review on the head commit), never a label", () => {
    const plan = w.jobs.plan!;
    const review = plan.steps!.find((s) => s.run?.includes("pipeline -- review"))!;
    expect(review.env).toEqual({ APPROVED: "${{ needs.gate.outputs.high_risk_approved }}" });
    expect(text("plan-review-privileged.yml")).not.toMatch(/labels|labeled/);
    const pr = parse(text("plan-review.yml"));
    expect((pr.on as any).pull_request.types).toEqual(["opened", "synchronize", "reopened"]);
    expect((pr.on as any).pull_request_review.types).toEqual(["submitted", "dismissed"]);
  });
});

describe("what deploys is what was reviewed", () => {
  it("the deploy takes a high-risk approval only as a manual input naming a commit, checked against GITHUB_SHA by the pipeline", () => {
    const deploy = parse(text("deploy.yml"));
    expect((deploy.on as any).workflow_dispatch.inputs.approve_high_risk_for).toMatchObject({ type: "string", default: "" });
    for (const env of ["dev", "test", "prod"]) {
      const job = deploy.jobs[env]!;
      expect(job.with).toEqual({ env, high_risk_approved_for: "${{ inputs.approve_high_risk_for || '' }}" });
      // Secrets by name (never inherit): the called job resolves them from its own GitHub environment.
      expect(Object.keys(job.secrets as object).sort()).toEqual(["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "OCI_FINGERPRINT", "OCI_PRIVATE_KEY", "OCI_REGION", "OCI_TENANCY_OCID", "OCI_USER_OCID", "OIC_ACCESS_REFRESH_TOKEN"]);
    }
    const called = parse(text("deploy-environment.yml"));
    const step = called.jobs.deploy!.steps!.find((s) => s.run?.includes("-- deploy"))!;
    expect(step.env?.OIC_ACCESS_HIGH_RISK_APPROVED_FOR).toBe("${{ inputs.high_risk_approved_for }}");
    // Protected environments deploy through the GitHub environment's approval.
    expect(called.jobs.deploy!.environment).toBe("${{ inputs.env }}");
  });
});

describe("thin workflows that never show raw Terraform output", () => {
  it.each(files)("%s: every run step calls a project script; no terraform/cdktf command; wrapper off", (file) => {
    const w = parse(text(file));
    for (const s of steps(w)) {
      if (s.run === undefined) continue;
      if (s.name === "Outcome") continue; // exit status of the review, no command
      expect(s.run).toMatch(/^(npm ci|npm test|npm run synth|set \+e\n\s*npm run --silent pipeline -- review|npm run --silent pipeline -- [a-z-]+)/);
      expect(s.run).not.toMatch(/\bterraform (init|plan|apply|show|output)\b|cdktf (deploy|diff|output)/);
    }
    for (const s of steps(w).filter((x) => x.uses?.startsWith("hashicorp/setup-terraform@"))) expect(s.with?.terraform_wrapper).toBe(false);
    // No inline JavaScript: posting, finding the pull request and approvals are pipeline phases with tests.
    expect(steps(w).filter((x) => x.uses?.startsWith("actions/github-script@"))).toEqual([]);
  });

  it("never uploads a plan, a state or an outputs file: the branch's cdktf.out/, and the rendered reviews", () => {
    const allowed: Record<string, string[]> = {
      "plan-review.yml": ["cdktf.out/"],
      "plan-review-privileged.yml": ["${{ runner.temp }}/reviews/${{ matrix.env }}.md"],
    };
    for (const f of files) {
      const uploads = steps(parse(text(f))).filter((s) => s.uses?.startsWith("actions/upload-artifact@"));
      expect([f, uploads.map((u) => u.with?.path)]).toEqual([f, allowed[f] ?? []]);
    }
  });

  it("deploys through the pipeline script, cleans up always, and promotes dev -> test -> prod", () => {
    const deploy = text("deploy.yml");
    expect(deploy).toMatch(/test:\n\s+needs: dev/);
    expect(deploy).toMatch(/prod:\n\s+needs: test/);
    const env = parse(text("deploy-environment.yml"));
    const job = env.jobs.deploy!;
    expect(job.environment).toBe("${{ inputs.env }}");
    expect(job.steps!.map((s) => s.run).filter(Boolean)).toEqual([
      "npm ci",
      "npm run --silent pipeline -- oci-config",
      'npm run --silent pipeline -- deploy "$ENV_NAME"',
      'npm run --silent pipeline -- cleanup "$ENV_NAME"',
    ]);
    expect(job.steps!.at(-1)!.if).toBe("always()");
    expect(JSON.stringify(job.steps!.find((s) => s.run?.includes("-- deploy"))!.env)).toContain("secrets.OIC_ACCESS_REFRESH_TOKEN");
  });
});

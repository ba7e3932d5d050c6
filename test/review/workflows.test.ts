/**
 * Every workflow in .github/workflows is valid against GitHub's workflow
 * schema (the SchemaStore schema compiled into @action-validator/core), and
 * carries the safety rules of docs/pipeline.md:
 * - no job of a pull-request-triggered workflow both holds credentials
 *   (secrets, id-token, a write permission) and runs the branch's code;
 * - the privileged (workflow_run) workflow checks out the base branch only,
 *   and passes the downloaded configuration through the allow-list before
 *   any credential is written;
 * - workflows are thin (each step calls a project script) and never run
 *   Terraform or cdktf directly (their output prints secrets).
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { validateWorkflow } from "@action-validator/core";
import { load } from "js-yaml";
import { nonEmpty } from "../helpers/non-empty";

const WORKFLOWS_DIR = fileURLToPath(new URL("../../.github/workflows/", import.meta.url));
/** The workflows that install Terraform (the pipeline's deploy and the privileged plan). */
const TERRAFORM_RUNNERS = ["deploy-environment.yml", "plan-review-privileged.yml"];
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
  const pr = triggers(w).some((t) => t === "pull_request" || t === "pull_request_target");
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
    expect(triggers(w)).toEqual(["pull_request"]);
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
    const plan = w.jobs.plan!;
    const all = plan.steps!;
    const checkouts = all.filter((s) => s.uses?.startsWith("actions/checkout@"));
    expect(checkouts).toHaveLength(1);
    expect(checkouts[0]!.with).toEqual({ ref: "${{ github.event.repository.default_branch }}", "persist-credentials": false });
    // No step is handed a head ref or SHA (the GitHub script reads them from the payload to find the PR number only).
    for (const s of nonEmpty(all, "workflow step")) expect(JSON.stringify({ with: s.uses?.startsWith("actions/github-script@") ? {} : s.with, run: s.run, env: s.env })).not.toMatch(/head_sha|head_branch|head\.sha|head\.ref|pull_request\.head/);
    expect(all.some((s) => s.uses?.startsWith("./"))).toBe(false);
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
    for (const s of nonEmpty(all.slice(download), "step after the download")) expect(s.run ?? "").not.toMatch(/npm (ci|install)|working-directory/);
    expect(all[download]!.with).toMatchObject({ name: "cdktf-out", "run-id": "${{ github.event.workflow_run.id }}" });
    expect(plan.permissions).toEqual({ contents: "read", actions: "read", "pull-requests": "write" });
  });

  it("updates one comment per environment, found by its exact marker at the start", () => {
    const src = text("plan-review-privileged.yml");
    expect(src).toContain("const marker = `<!-- oic-access-review:${process.env.ENV_NAME} -->`;");
    expect(src).toContain('c.user?.login === "github-actions[bot]" && (c.body ?? "").startsWith(`${marker}\\n`)');
    expect(src).toContain("updateComment");
    expect(src).toContain("identity-change-approved");
    expect(src).toMatch(/matrix:\n\s+env: \[dev, test, prod\]/);
  });
});

describe("thin workflows that never show raw Terraform output", () => {
  it.each(files)("%s: every run step calls a project script; no terraform/cdktf command; wrapper off", (file) => {
    const w = parse(text(file));
    for (const s of nonEmpty(steps(w), "workflow step")) {
      if (s.run === undefined) continue;
      if (s.name === "Outcome") continue; // exit status of the review, no command
      expect(s.run).toMatch(/^(npm ci|npm test|npm run synth|set \+e\n\s*npm run --silent pipeline -- review|npm run --silent pipeline -- [a-z-]+)/);
      expect(s.run).not.toMatch(/\bterraform (init|plan|apply|show|output)\b|cdktf (deploy|diff|output)/);
    }
    // Only the workflows that run the pipeline's Terraform set it up, each once, wrapper off.
    const wrappers = steps(w).filter((x) => x.uses?.startsWith("hashicorp/setup-terraform@")).map((x) => x.with?.terraform_wrapper);
    expect(wrappers).toEqual(TERRAFORM_RUNNERS.includes(file) ? [false] : []);
  });

  it("never uploads a plan, a state or an outputs file", () => {
    for (const f of nonEmpty(files, "workflow file")) {
      const uploads = steps(parse(text(f))).filter((s) => s.uses?.startsWith("actions/upload-artifact@"));
      // The unprivileged build uploads the synthesized configuration, nothing else; no other workflow uploads.
      expect({ f, paths: uploads.map((u) => u.with?.path) }).toEqual({ f, paths: f === "plan-review.yml" ? ["cdktf.out/"] : [] });
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

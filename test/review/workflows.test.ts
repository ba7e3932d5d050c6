/**
 * Every workflow in .github/workflows is valid against GitHub's workflow
 * schema (the SchemaStore schema compiled into @action-validator/core), and
 * carries the safety rules of docs/pipeline.md.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { validateWorkflow } from "@action-validator/core";

const WORKFLOWS_DIR = fileURLToPath(new URL("../../.github/workflows/", import.meta.url));
const files = readdirSync(WORKFLOWS_DIR).filter((f) => /\.ya?ml$/.test(f));
const text = (f: string) => readFileSync(join(WORKFLOWS_DIR, f), "utf8");

describe("GitHub workflows", () => {
  it("exist: PR review, deploy, and the per-environment deploy", () => {
    expect(files.sort()).toEqual(["deploy-environment.yml", "deploy.yml", "plan-review.yml"]);
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

  it("never shows raw plan or deploy output, never uploads the outputs file", () => {
    const all = files.map(text).join("\n");
    expect(all).toMatch(/terraform plan [^\n]*> \/dev\/null/);
    expect(all).toMatch(/cdktf deploy[\s\S]*?> "\$RUNNER_TEMP\/deploy\.log" 2>&1/);
    expect(all).toContain("terraform_wrapper: false");
    expect(all).not.toContain("upload-artifact");
    expect(text("deploy-environment.yml")).toMatch(/if: always\(\)\n\s+run: rm -f "\$OUTPUTS_FILE"/);
  });

  it("updates one comment per environment, found by its hidden marker", () => {
    const pr = text("plan-review.yml");
    expect(pr).toContain("<!-- oic-access-review:${env} -->");
    expect(pr).toContain("updateComment");
    expect(pr).toContain("identity-change-approved");
    expect(pr).toMatch(/matrix:\n\s+env: \[dev, test, prod\]/);
  });

  it("promotes dev -> test -> prod, prod behind its GitHub environment", () => {
    const deploy = text("deploy.yml");
    expect(deploy).toMatch(/test:\n\s+needs: dev/);
    expect(deploy).toMatch(/prod:\n\s+needs: test/);
    expect(text("deploy-environment.yml")).toContain("environment: ${{ inputs.env }}");
    expect(text("deploy-environment.yml")).toContain("--outputs-file-include-sensitive-outputs");
  });
});

/**
 * The Resource Manager engine, rehearsed offline through the real OCI SDK
 * (oci-resourcemanager) against the loopback Resource Manager stand-in,
 * which runs real Terraform with the offline provider for every job. One
 * cloud for the whole file (Terraform runs are what costs time):
 *
 *   first deploy (plan job -> apply of that plan job -> cert -> plan -> apply -> smoke),
 *   a redeploy on a fresh runner that changes nothing,
 *   two concurrent deploys: Resource Manager refuses the second (409),
 *   an apply that applies the reviewed plan job although a newer configuration was uploaded after the review,
 *   drift detection as doctor findings.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EnvironmentConfig } from "../../lib/config/environment";
import { ResourceManagerBusyError } from "../../tools/pipeline/resource-manager/engine";
import { rehearsalRunner, startRehearsalCloud, type RehearsalCloud } from "../../sandbox/rehearsal/rehearsal";
import { rehearsalEngine, resourceManagerClient, withResourceManager } from "../../sandbox/rehearsal/resource-manager-cloud";
import { resourceManagerDriftChecks } from "../../tools/estate/resource-manager-drift";
import { migrateToResourceManager } from "../../tools/pipeline/resource-manager/migrate";
import { BACKEND_OVERRIDE_FILE } from "../../tools/terraform/stack-dir";
import { zipStackDir } from "../../tools/pipeline/resource-manager/stack-zip";
import { synthesize } from "../../lib/synthesize";
import { dev } from "../../stacks/dev";
import { nonEmpty } from "../helpers/non-empty";

const config: EnvironmentConfig = withResourceManager({ ...dev, smoke: { ...dev.smoke, assertionUser: "integration.tester@example.com" } });
const work = mkdtempSync(join(tmpdir(), "rm-rehearsal-"));
const log: string[] = [];
let cloud: RehearsalCloud;

beforeAll(async () => {
  cloud = await startRehearsalCloud({ config, workDir: work, log: (l) => log.push(l) });
}, 120_000);
afterAll(async () => {
  await cloud?.close();
  rmSync(work, { recursive: true, force: true });
});

const rm = () => cloud.resourceManager!;

describe("Resource Manager engine (SDK -> loopback Resource Manager -> Terraform with the offline provider)", () => {
  it("first deploy: each apply job applies the plan job just before it; the smoke passes against the state Resource Manager holds", async () => {
    const first = rehearsalRunner(cloud, { name: "runner-1", log: (l) => log.push(l) });
    expect(await first.pipeline.deploy("dev")).toBe(0);
    expect(first.pipeline.history).toEqual(["synth dev", "restore-cert dev", "plan dev", "review dev", "apply dev", "cert dev", "synth dev", "plan dev", "review dev", "apply dev", "smoke dev"]);
    expect(rm().stacks()).toEqual([expect.objectContaining({ displayName: "oic-access-dev", compartmentId: config.compartmentId, terraformVersion: "1.5.x" })]);
    const jobs = rm().jobs();
    expect(jobs.map((j) => `${j.operation} ${j.state}`)).toEqual(["PLAN SUCCEEDED", "APPLY SUCCEEDED", "PLAN SUCCEEDED", "APPLY SUCCEEDED"]);
    expect(jobs[1]!.executionPlanJobId).toBe(jobs[0]!.id);
    expect(jobs[3]!.executionPlanJobId).toBe(jobs[2]!.id);
    expect(log.filter((l) => /^\s+PASS [ABC] /.test(l))).toHaveLength(3);
    // The job log went through the redaction: Terraform's console output reached us, no secret did.
    expect(log.some((l) => l.startsWith("[resource-manager] dev plan: "))).toBe(true);
    const state = (await first.pipeline["deps"].terraform.output("")) as Record<string, { value: unknown; sensitive?: boolean }>;
    const secrets = Object.values(state).filter((o) => o.sensitive && typeof o.value === "string").map((o) => o.value as string);
    expect(secrets.length).toBeGreaterThan(0);
    for (const s of nonEmpty(secrets, "secrets")) expect(log.join("\n")).not.toContain(s);
  }, 300_000);

  it("a redeploy on a fresh runner plans no changes and starts no apply job", async () => {
    const before = rm().jobs().length;
    log.length = 0;
    const second = rehearsalRunner(cloud, { name: "runner-2", log: (l) => log.push(l) });
    expect(await second.pipeline.deploy("dev")).toBe(0);
    expect(log).toContain("plan dev: no changes (the plan text is never shown: it prints secrets)");
    expect(log.some((l) => l.startsWith("restore-cert dev: wrote the certificate"))).toBe(true);
    expect(rm().jobs().slice(before).map((j) => j.operation)).toEqual(["PLAN"]);
  }, 300_000);

  it("a second deploy while a job runs on the stack is refused by Resource Manager (409), named, and changes nothing", async () => {
    const a = rehearsalRunner(cloud, { name: "runner-a", log: () => undefined });
    const b = rehearsalRunner(cloud, { name: "runner-b", log: () => undefined });
    await a.pipeline.synth("dev");
    await b.pipeline.synth("dev");
    const results = await Promise.allSettled([a.pipeline.plan("dev"), b.pipeline.plan("dev")]);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.reason).toBeInstanceOf(ResourceManagerBusyError);
    const running = rm().jobs().at(-1)!;
    expect(String(refused[0]!.reason.message)).toMatch(new RegExp(`refused a new job on dev's stack .*PLAN job ${running.id} .*one job per stack at a time`));
    a.pipeline.removePlanFiles("dev");
    b.pipeline.removePlanFiles("dev");
  }, 300_000);

  it("apply applies the reviewed plan job, not the configuration uploaded after the review", async () => {
    const runner = rehearsalRunner(cloud, { name: "runner-review", log: () => undefined });
    const reviewed: EnvironmentConfig = { ...config, clientCredentialsApps: [...(config.clientCredentialsApps ?? []), { name: "dev-reviewed-caller" }] };
    const later: EnvironmentConfig = { ...config, clientCredentialsApps: [...(config.clientCredentialsApps ?? []), { name: "dev-unreviewed-caller" }] };
    const outdir = join(runner.dir, "cdktf.out");
    synthesize([reviewed], { only: ["dev"], outdir, baseDir: runner.dir });
    const plan = await runner.pipeline.plan("dev");
    expect(plan.counts.create).toBeGreaterThan(0);
    const planJob = rm().jobs().at(-1)!;
    // After the review, a newer configuration reaches the stack (another run, a person in the console).
    synthesize([later], { only: ["dev"], outdir, baseDir: runner.dir });
    const engine = runner.pipeline["deps"].terraform as import("../../tools/pipeline/resource-manager/engine").ResourceManagerEngine;
    await engine.upload(join(outdir, "stacks", "dev"));
    await runner.pipeline.apply("dev");
    const apply = rm().jobs().at(-1)!;
    expect(apply).toMatchObject({ operation: "APPLY", state: "SUCCEEDED", executionPlanJobId: planJob.id });
    const state = JSON.stringify(await engine.show(join(outdir, "stacks", "dev")));
    expect(state).toContain("dev-reviewed-caller");
    expect(state).not.toContain("dev-unreviewed-caller");
  }, 300_000);
});

describe("Resource Manager: a plan job must have planned this run's configuration", () => {
  it("an upload by another run between ours and our plan job stops the deploy before anything is applied", async () => {
    const runner = rehearsalRunner(cloud, { name: "runner-race", log: () => undefined });
    await runner.pipeline.synth("dev");
    const other: EnvironmentConfig = { ...config, clientCredentialsApps: [...(config.clientCredentialsApps ?? []), { name: "dev-racing-caller" }] };
    const otherDir = mkdtempSync(join(work, "race-"));
    synthesize([other], { only: ["dev"], outdir: join(otherDir, "cdktf.out"), baseDir: otherDir });
    const racing = zipStackDir(join(otherDir, "cdktf.out", "stacks", "dev"));
    rm().beforeNextJob((stackId) => rm().setConfig(stackId, racing));
    const before = rm().jobs().length;
    await expect(runner.pipeline.plan("dev")).rejects.toThrow(/planned a configuration other than the one this run uploaded \(cdk\.tf\.json differs\): another run updated the stack in between\. Nothing was applied/);
    expect(rm().jobs().slice(before).map((j) => j.operation)).toEqual(["PLAN"]);
  }, 300_000);
});

describe("Resource Manager: drift detection and the migration from the CLI engine", () => {
  it("the doctor's drift checks report what changed and what was deleted outside Terraform, nothing else", async () => {
    const client = resourceManagerClient(rm().url, cloud.oci);
    try {
      const stackId = rm().stacks().find((s) => s.displayName === "oic-access-dev")!.id;
      const clean = await resourceManagerDriftChecks({ config, client, pollMs: 100 });
      expect(clean).toHaveLength(1);
      expect(clean[0]).toMatchObject({ area: "drift", status: "ok" });
      const state = (await rehearsalRunner(cloud, { name: "runner-drift", log: () => undefined }).pipeline["deps"].terraform.show("")) as { values: { root_module: { resources: { address: string; type: string }[] } } };
      const apps = state.values.root_module.resources.filter((r) => r.type === "oci_identity_domains_app");
      expect(apps.length).toBeGreaterThan(1);
      rm().changeOutOfBand(stackId, apps[0]!.address, { display_name: "renamed in the console", client_secret: "not-for-the-report" });
      rm().changeOutOfBand(stackId, apps[1]!.address, "deleted");
      const drifted = await resourceManagerDriftChecks({ config, client, pollMs: 100 });
      const failed = drifted.filter((c) => c.status === "fail");
      expect(failed.map((c) => c.name).sort()).toEqual([apps[0]!.address, apps[1]!.address].sort());
      expect(failed.find((c) => c.name === apps[0]!.address)!.detail).toMatch(/^changed outside Terraform: client_secret \(secret, not shown\); display_name: expected .*, live "renamed in the console"$/);
      expect(failed.find((c) => c.name === apps[1]!.address)).toMatchObject({ detail: "deleted outside Terraform", fix: expect.stringContaining("npm run pipeline -- deploy dev") });
      expect(JSON.stringify(drifted)).not.toContain("not-for-the-report");
    } finally {
      client.close();
    }
  }, 120_000);

  it("migrate-to-resource-manager: the CLI engine's state imported into a new stack plans no changes; a second migration is refused", async () => {
    const dir = mkdtempSync(join(work, "migrate-"));
    const cliConfig: EnvironmentConfig = { ...config, engine: "terraform-cli" };
    const target: EnvironmentConfig = { ...config, engine: { type: "resource-manager", compartmentId: config.compartmentId, stackName: "oic-access-dev-migrated" } };
    synthesize([cliConfig], { only: ["dev"], outdir: join(dir, "cli"), baseDir: dir });
    const cliDir = join(dir, "cli", "stacks", "dev");
    writeFileSync(join(cliDir, BACKEND_OVERRIDE_FILE), JSON.stringify({ terraform: { backend: { local: { path: join(dir, "cli.tfstate") } } } }));
    await cloud.terraform.init(cliDir);
    expect((await cloud.terraform.plan(cliDir, "cli.tfplan")).changes).toBe(true);
    await cloud.terraform.apply(cliDir, "cli.tfplan");

    synthesize([target], { only: ["dev"], outdir: join(dir, "rm"), baseDir: dir });
    const rmDir = join(dir, "rm", "stacks", "dev");
    const engine = rehearsalEngine(target, rm(), cloud.oci, () => undefined);
    const lines: string[] = [];
    const before = rm().jobs().length;
    const { resources } = await migrateToResourceManager({ env: "dev", cli: cloud.terraform, cliStackDir: cliDir, rm: engine, rmStackDir: rmDir, log: (l) => lines.push(l) });
    expect(resources).toBeGreaterThan(10);
    expect(rm().jobs().slice(before).map((j) => `${j.operation} ${j.state}`)).toEqual(["IMPORT_TF_STATE SUCCEEDED", "PLAN SUCCEEDED"]);
    expect(lines.at(-1)).toMatch(/^migrate dev: Resource Manager plans no changes/);
    const migrated = (await engine.show(rmDir)) as { values: { root_module: { resources: unknown[] } } };
    expect(migrated.values.root_module.resources.length).toBe(resources);

    await expect(migrateToResourceManager({ env: "dev", cli: cloud.terraform, cliStackDir: cliDir, rm: engine, rmStackDir: rmDir, log: () => undefined })).rejects.toThrow(/already holds \d+ resources; refusing to overwrite/);
  }, 300_000);
});

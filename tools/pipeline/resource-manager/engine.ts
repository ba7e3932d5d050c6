/**
 * The Resource Manager engine: the five TerraformCli methods the phases use,
 * carried out by OCI Resource Manager through the OCI TypeScript SDK
 * (oci-resourcemanager), so the phases stay what they are:
 *
 *   init    find the environment's stack (by display name in its compartment)
 *   plan    upload the synthesized stack directory (ZIP_UPLOAD; created on the
 *           first deploy), run a PLAN job, follow it (log redacted, on the
 *           progress stream), fetch the plan as JSON (GetJobTfPlan, format
 *           JSON); the "plan file" records the plan job's OCID (0600)
 *   show    that plan job's JSON plan, or the stack's state (GetStackTfState)
 *           in `terraform show -json` form
 *   apply   an APPLY job with executionPlanStrategy FROM_PLAN_JOB_ID and that
 *           plan job's OCID: Resource Manager applies the saved plan, nothing
 *           is planned again (a configuration uploaded after the review is
 *           not what gets applied)
 *   output  the stack's state outputs
 *
 * Resource Manager keeps the state and runs one job per stack at a time: a
 * job on a busy stack is refused (409), reported as ResourceManagerBusyError
 * naming the running job. No lock object of ours is used on this path.
 */
import { readFileSync, writeFileSync, chmodSync } from "node:fs";
import { join } from "node:path";
import * as common from "oci-common";
import { models, type ResourceManagerClient } from "oci-resourcemanager";
import type { ResourceManagerEngineConfig } from "../../../lib/config/engine";
import type { PlanResult, TerraformCli, TerraformOutputs } from "../../terraform/cli";
import { errorHeadlines, TerraformError } from "../../terraform/errors";
import { JobLogRedactor } from "./job-log";
import { configDifference, zipStackDir } from "./stack-zip";
import { stateAsShowJson, stateOutputs } from "./state-view";
import { CodedError, ERROR_CODES, OicAccessError } from "../../../contract/errors";

export interface ResourceManagerEngineOptions {
  /** The SDK client, or how to make it (the CLI authenticates on first use). */
  readonly client: ResourceManagerClient | (() => Promise<ResourceManagerClient>);
  /** The environment's name (freeform tag and default stack name). */
  readonly env: string;
  readonly config: Required<ResourceManagerEngineConfig>;
  /** Progress for a person (stderr): job states and the redacted job log. */
  readonly progress: (line: string) => void;
  /** How often a running job is polled. @default 5000 */
  readonly pollMs?: number;
  /** Longest wait for one job. @default 3 600 000 (an hour) */
  readonly jobTimeoutMs?: number;
}

/** A second job on a stack that is running one: Resource Manager's own serialisation (HTTP 409). */
export class ResourceManagerBusyError extends OicAccessError {
  readonly code = ERROR_CODES.resourceManagerBusy;
  constructor(
    readonly env: string,
    readonly stackId: string,
    readonly running: readonly { id: string; operation: string; state: string; timeCreated?: string }[],
    detail: string,
  ) {
    const who = running.length ? running.map((j) => `${j.operation} job ${j.id} (${j.state}${j.timeCreated ? `, since ${j.timeCreated}` : ""})`).join(", ") : "another job";
    super(`Resource Manager refused a new job on ${env}'s stack ${stackId}: ${who} is running on it (${detail}); Resource Manager runs one job per stack at a time. Wait for it to finish (or cancel it in the console), then deploy again; nothing was changed by this run.`);
    this.name = "ResourceManagerBusyError";
  }
}

interface PlanHandle {
  readonly resourceManagerPlanJob: string;
  readonly stackId: string;
}

const FINISHED = new Set<string>([models.Job.LifecycleState.Succeeded, models.Job.LifecycleState.Failed, models.Job.LifecycleState.Canceled]);
const RUNNING = [models.Job.LifecycleState.Accepted, models.Job.LifecycleState.InProgress, models.Job.LifecycleState.Canceling];
/** One attempt: a 409 is an answer to report, not something to retry. */
const NO_RETRY: common.RetryConfiguration = { terminationStrategy: new common.MaxAttemptsTerminationStrategy(1) };

async function readBody(value: unknown): Promise<string> {
  if (typeof value === "string") return value;
  if (value && typeof (value as { getReader?: unknown }).getReader === "function") return new Response(value as ReadableStream).text();
  const chunks: Buffer[] = [];
  for await (const c of value as AsyncIterable<Buffer | string>) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c));
  return Buffer.concat(chunks).toString("utf8");
}

async function readBytes(value: unknown): Promise<Buffer> {
  if (value && typeof (value as { getReader?: unknown }).getReader === "function") return Buffer.from(await new Response(value as ReadableStream).arrayBuffer());
  const chunks: Buffer[] = [];
  for await (const c of value as AsyncIterable<Buffer | string>) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c));
  return Buffer.concat(chunks);
}

/** Terraform's `-detailed-exitcode` 2: a resource or an output would change. */
export function planHasChanges(plan: unknown): boolean {
  const p = plan as { resource_changes?: { change?: { actions?: string[] } }[]; output_changes?: Record<string, { actions?: string[] }> } | undefined;
  const acts = (a: string[] | undefined) => (a ?? []).some((x) => x !== "no-op" && x !== "read");
  return (p?.resource_changes ?? []).some((rc) => acts(rc.change?.actions)) || Object.values(p?.output_changes ?? {}).some((o) => acts(o.actions));
}

export class ResourceManagerEngine implements TerraformCli {
  readonly holdsState = true;
  private stackId?: string;
  private readonly plans = new Map<string, unknown>();
  private readonly redactor = new JobLogRedactor();
  /** The zip this engine uploaded last (a plan job must have run exactly this). */
  private uploaded?: Uint8Array;

  constructor(private readonly o: ResourceManagerEngineOptions) {}

  private connected?: Promise<ResourceManagerClient>;

  private api(): Promise<ResourceManagerClient> {
    const c = this.o.client;
    this.connected ??= typeof c === "function" ? c() : Promise.resolve(c);
    return this.connected;
  }

  /** The environment's stack, or undefined before the first deploy. */
  async findStack(): Promise<string | undefined> {
    if (this.stackId) return this.stackId;
    const found: models.StackSummary[] = [];
    let page: string | undefined;
    do {
      const r = await (await this.api()).listStacks({ compartmentId: this.o.config.compartmentId, displayName: this.o.config.stackName, page });
      found.push(...r.items.filter((s) => s.lifecycleState !== models.Stack.LifecycleState.Deleted && s.lifecycleState !== models.Stack.LifecycleState.Deleting));
      page = r.opcNextPage;
    } while (page);
    if (found.length > 1) throw new CodedError(ERROR_CODES.resourceManager, `${found.length} Resource Manager stacks are named ${this.o.config.stackName} in compartment ${this.o.config.compartmentId} (${found.map((s) => s.id).join(", ")}): keep one, or give the environment engine.stackName`);
    this.stackId = found[0]?.id;
    return this.stackId;
  }

  /** Uploads the stack directory's configuration: creates the stack on the first deploy, updates it after. */
  async upload(dir: string): Promise<string> {
    const zip = zipStackDir(dir);
    this.uploaded = zip;
    const zipFileBase64Encoded = Buffer.from(zip).toString("base64");
    const existing = await this.findStack();
    if (existing) {
      await (await this.api()).updateStack({ stackId: existing, updateStackDetails: { configSource: { configSourceType: "ZIP_UPLOAD", zipFileBase64Encoded } as models.UpdateZipUploadConfigSourceDetails, terraformVersion: this.o.config.terraformVersion } });
      this.o.progress(`[resource-manager] ${this.o.env}: uploaded the configuration to stack ${existing}`);
      return existing;
    }
    const r = await (await this.api()).createStack({
      createStackDetails: {
        compartmentId: this.o.config.compartmentId,
        displayName: this.o.config.stackName,
        description: `oic-access environment ${this.o.env} (managed by npm run pipeline; do not edit by hand)`,
        configSource: { configSourceType: "ZIP_UPLOAD", zipFileBase64Encoded } as models.CreateZipUploadConfigSourceDetails,
        terraformVersion: this.o.config.terraformVersion,
        freeformTags: { "oic-access-env": this.o.env },
      },
    });
    this.stackId = r.stack.id!;
    this.o.progress(`[resource-manager] ${this.o.env}: created stack ${this.stackId} (Terraform ${this.o.config.terraformVersion}) in ${this.o.config.compartmentId}`);
    return this.stackId;
  }

  /** Starts a job; a busy stack (409) becomes a ResourceManagerBusyError. */
  async startJob(stackId: string, details: models.CreatePlanJobOperationDetails | models.CreateApplyJobOperationDetails | models.CreateImportTfStateJobOperationDetails, displayName: string): Promise<models.Job> {
    try {
      const r = await (await this.api()).createJob({ createJobDetails: { stackId, displayName, jobOperationDetails: details, freeformTags: { "oic-access-env": this.o.env } }, retryConfiguration: NO_RETRY });
      this.o.progress(`[resource-manager] ${this.o.env}: ${details.operation} job ${r.job.id} accepted`);
      return r.job;
    } catch (e) {
      if (e instanceof common.OciError && e.statusCode === 409) {
        const running = await this.runningJobs(stackId).catch(() => []);
        throw new ResourceManagerBusyError(this.o.env, stackId, running, `HTTP 409 ${e.serviceCode}`);
      }
      throw e;
    }
  }

  private async runningJobs(stackId: string) {
    const r = await (await this.api()).listJobs({ stackId, sortBy: "TIMECREATED" as never, sortOrder: "DESC" as never });
    return r.items
      .filter((j) => j.lifecycleState && (RUNNING as string[]).includes(j.lifecycleState))
      .map((j) => ({ id: j.id!, operation: String(j.operation), state: String(j.lifecycleState), timeCreated: j.timeCreated ? new Date(j.timeCreated).toISOString() : undefined }));
  }

  /** Waits for the job, printing its log (redacted) as it grows; throws a TerraformError unless it succeeded. */
  async follow(job: models.Job, command: string): Promise<models.Job> {
    const started = Date.now();
    const poll = this.o.pollMs ?? 5000;
    let printed = 0;
    let state = job.lifecycleState;
    const log: string[] = [];
    for (;;) {
      const current = (await (await this.api()).getJob({ jobId: job.id! })).job;
      const entries = await this.logEntries(job.id!);
      for (const e of entries.slice(printed)) {
        const line = this.redactor.line(e.message ?? "");
        log.push(line);
        this.o.progress(`[resource-manager] ${this.o.env} ${command}: ${line}`);
      }
      printed = entries.length;
      if (current.lifecycleState !== state) {
        state = current.lifecycleState;
        this.o.progress(`[resource-manager] ${this.o.env}: ${command} job ${job.id} ${state}`);
      }
      if (current.lifecycleState && FINISHED.has(current.lifecycleState)) {
        if (current.lifecycleState === models.Job.LifecycleState.Succeeded) return current;
        const reason = current.failureDetails?.message ? [`Error: ${this.redactor.line(current.failureDetails.message)}`] : [];
        throw new TerraformError(`${command} (Resource Manager job ${job.id}, ${current.lifecycleState})`, [...errorHeadlines(log.join("\n")), ...reason].slice(0, 10));
      }
      if (Date.now() - started > (this.o.jobTimeoutMs ?? 3_600_000)) throw new TerraformError(`${command} (Resource Manager job ${job.id})`, [`Error: still ${current.lifecycleState} after ${Math.round((Date.now() - started) / 1000)} s; see the job in the console`]);
      await new Promise((r) => setTimeout(r, poll));
    }
  }

  private async logEntries(jobId: string): Promise<models.LogEntry[]> {
    const out: models.LogEntry[] = [];
    let page: string | undefined;
    do {
      const r = await (await this.api()).getJobLogs({ jobId, sortOrder: "ASC" as never, limit: 1000, page });
      out.push(...r.items);
      page = r.opcNextPage;
    } while (page);
    return out;
  }

  /** The stack's state as Resource Manager holds it (raw state file), or undefined. */
  async rawState(): Promise<unknown> {
    const stackId = await this.findStack();
    if (!stackId) return undefined;
    const text = await readBody((await (await this.api()).getStackTfState({ stackId })).value);
    if (!text.trim()) return undefined;
    const state = JSON.parse(text) as unknown;
    this.redactor.learn(state);
    return state;
  }

  private async planJson(jobId: string): Promise<unknown> {
    const cached = this.plans.get(jobId);
    if (cached) return cached;
    const text = await readBody((await (await this.api()).getJobTfPlan({ jobId, tfPlanFormat: "JSON" as never })).value);
    const plan = JSON.parse(text) as unknown;
    this.redactor.learn(plan);
    this.plans.set(jobId, plan);
    return plan;
  }

  /**
   * A job runs whatever the stack holds when it starts: another upload between
   * ours and our job (a pull-request plan, a person in the console) would make
   * this plan someone else's. The configuration the job ran must be ours.
   */
  private async checkJobConfig(jobId: string): Promise<void> {
    if (!this.uploaded) return;
    const ran = new Uint8Array(Buffer.from(await (await this.api()).getJobTfConfig({ jobId }).then((r) => readBytes(r.value))));
    const difference = configDifference(this.uploaded, ran);
    if (difference) {
      throw new CodedError(ERROR_CODES.resourceManager, `Resource Manager plan job ${jobId} of ${this.o.env} planned a configuration other than the one this run uploaded (${difference}): another run updated the stack in between. Nothing was applied; run the deploy again.`);
    }
  }

  private readHandle(dir: string, planFile: string): PlanHandle {
    const handle = JSON.parse(readFileSync(join(dir, planFile), "utf8")) as Partial<PlanHandle>;
    if (!handle.resourceManagerPlanJob || !handle.stackId) throw new CodedError(ERROR_CODES.resourceManager, `${join(dir, planFile)} is not a Resource Manager plan record: run the plan phase with this engine`);
    return handle as PlanHandle;
  }

  // ---- TerraformCli ----

  async init(): Promise<void> {
    await this.findStack();
  }

  async plan(dir: string, planFile: string): Promise<PlanResult> {
    const stackId = await this.upload(dir);
    await this.rawState(); // learn the state's secrets before the log prints them
    const job = await this.startJob(stackId, { operation: "PLAN" } as models.CreatePlanJobOperationDetails, `oic-access ${this.o.env} plan`);
    await this.follow(job, "plan");
    await this.checkJobConfig(job.id!);
    const plan = await this.planJson(job.id!);
    const handle: PlanHandle = { resourceManagerPlanJob: job.id!, stackId };
    const file = join(dir, planFile);
    writeFileSync(file, JSON.stringify(handle), { mode: 0o600 });
    chmodSync(file, 0o600);
    return { changes: planHasChanges(plan) };
  }

  async show(dir: string, planFile?: string): Promise<unknown> {
    if (planFile) return this.planJson(this.readHandle(dir, planFile).resourceManagerPlanJob);
    return stateAsShowJson(await this.rawState());
  }

  async apply(dir: string, planFile: string): Promise<void> {
    const { resourceManagerPlanJob, stackId } = this.readHandle(dir, planFile);
    const job = await this.startJob(
      stackId,
      { operation: "APPLY", executionPlanStrategy: models.ApplyJobOperationDetails.ExecutionPlanStrategy.FromPlanJobId, executionPlanJobId: resourceManagerPlanJob } as models.CreateApplyJobOperationDetails,
      `oic-access ${this.o.env} apply of ${resourceManagerPlanJob}`,
    );
    const done = await this.follow(job, "apply");
    const used = (done.jobOperationDetails as models.ApplyJobOperationDetails | undefined)?.executionPlanJobId;
    if (used && used !== resourceManagerPlanJob) throw new CodedError(ERROR_CODES.resourceManager, `Resource Manager applied plan job ${used}, not the reviewed ${resourceManagerPlanJob}`);
  }

  async output(): Promise<TerraformOutputs> {
    return stateOutputs(await this.rawState());
  }

  /** Imports a state file into the stack (IMPORT_TF_STATE job): the migration from the CLI engine. */
  async importState(dir: string, rawState: string): Promise<void> {
    const stackId = await this.upload(dir);
    this.redactor.learn(JSON.parse(rawState));
    const job = await this.startJob(stackId, { operation: "IMPORT_TF_STATE", tfStateBase64Encoded: Buffer.from(rawState).toString("base64") } as models.CreateImportTfStateJobOperationDetails, `oic-access ${this.o.env} import of the CLI state`);
    await this.follow(job, "import-state");
  }
}

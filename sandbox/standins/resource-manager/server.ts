/**
 * A loopback stand-in of OCI Resource Manager's REST API (20180917), the
 * part the Resource Manager engine and the doctor use, in the shapes the OCI
 * TypeScript SDK (oci-resourcemanager) sends and reads: point a
 * ResourceManagerClient's `endpoint` at `url`.
 *
 *   stacks     POST /stacks (ZIP_UPLOAD), GET /stacks?compartmentId&displayName,
 *              GET|PUT /stacks/{id}, GET /stacks/{id}/tfState
 *   jobs       POST /jobs (PLAN, APPLY from a plan job, IMPORT_TF_STATE),
 *              GET /jobs?stackId, GET /jobs/{id}, GET /jobs/{id}/logs,
 *              GET /jobs/{id}/tfPlan?tfPlanFormat=JSON, GET /jobs/{id}/tfConfig,
 *              GET /jobs/{id}/outputs
 *   drift      POST /stacks/{id}/actions/detectDrift (opc-work-request-id),
 *              GET /workRequests/{id}, POST /stacks/{id}/actions/listResourceDriftDetails
 *
 * Jobs really run Terraform with the offline provider (terraform-job.ts):
 * each job runs in its own directory with the configuration as uploaded when
 * it was created; the state is one file per stack. As the service does, it
 * runs one job per stack at a time (a second one: 409), applies a plan job's
 * saved plan only when that plan job succeeded (FROM_PLAN_JOB_ID), and serves
 * the job log unredacted.
 *
 * Drift: the offline provider reads back what it stored, so Terraform can
 * see no drift here. The stand-in models the live side as the state plus
 * what `changeOutOfBand` said was changed or deleted by hand, and reports
 * per resource as ListStackResourceDriftDetails does.
 *
 * Requests must carry an OCI request signature header (`Signature ...
 * keyId=`); its signature is not checked. For tests and the sandbox only.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import { listenLocal, readBody, sendJson } from "../http-util";
import { prepareJobDir, terraform, type LogLine } from "./terraform-job";
import { CodedError, ERROR_CODES, OicAccessError } from "../../../contract/errors";

const API = "/20180917";

export interface ResourceManagerStandinOptions {
  /** Where stacks' states and jobs' directories live (the caller removes it). */
  readonly workDir: string;
  /** Environment for Terraform: the offline provider's (attachOfflineProvider().env: every job attaches to it). */
  readonly terraformEnv: Readonly<Record<string, string>>;
  /** @default "iad" (the region key in made-up OCIDs) */
  readonly regionKey?: string;
}

type JobState = "ACCEPTED" | "IN_PROGRESS" | "SUCCEEDED" | "FAILED" | "CANCELED";

interface StackRecord {
  id: string;
  compartmentId: string;
  displayName: string;
  description?: string;
  terraformVersion: string;
  freeformTags: Record<string, string>;
  zip: Uint8Array;
  timeCreated: string;
  statePath: string;
}

interface JobRecord {
  id: string;
  stackId: string;
  compartmentId: string;
  displayName: string;
  operation: "PLAN" | "APPLY" | "IMPORT_TF_STATE";
  details: Record<string, unknown>;
  state: JobState;
  log: LogLine[];
  dir: string;
  timeCreated: string;
  timeFinished?: string;
  failure?: string;
  planJson?: string;
  /** The configuration the job runs: the stack's when the job was created. */
  zip: Uint8Array;
  /** IMPORT_TF_STATE: the state to import (never served back). */
  importState?: string;
  freeformTags: Record<string, string>;
}

interface DriftChange {
  /** Attributes a person changed by hand (name -> live value), or "deleted". */
  readonly change: Readonly<Record<string, unknown>> | "deleted";
}

export interface ResourceManagerStandin {
  /** Base URL for ResourceManagerClient.endpoint. */
  readonly url: string;
  readonly stacks: () => readonly { id: string; displayName: string; compartmentId: string; terraformVersion: string }[];
  /** Every job in creation order (tests check which plan an apply used). */
  readonly jobs: () => readonly { id: string; stackId: string; operation: string; state: string; executionPlanJobId?: string }[];
  /** Pretends someone changed (or deleted) a resource outside Terraform, for drift detection. */
  changeOutOfBand(stackId: string, address: string, change: DriftChange["change"]): void;
  /** Runs `fn` once, right before the next job takes the stack's configuration (tests: an upload that races a job). */
  beforeNextJob(fn: (stackId: string) => void): void;
  /** Replaces a stack's configuration as an UpdateStack would. */
  setConfig(stackId: string, zip: Uint8Array): void;
  /** Resolves when no job is running. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

class Problem extends OicAccessError {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function startResourceManagerStandin(o: ResourceManagerStandinOptions): Promise<ResourceManagerStandin> {
  const region = o.regionKey ?? "iad";
  const ocid = (kind: string) => `ocid1.${kind}.oc1.${region}.standin${randomBytes(12).toString("hex")}`;
  const stacks = new Map<string, StackRecord>();
  const jobs = new Map<string, JobRecord>();
  const workRequests = new Map<string, { id: string; stackId: string; compartmentId: string; time: string; drift: Record<string, unknown>[] }>();
  const outOfBand = new Map<string, Map<string, DriftChange["change"]>>();
  const running = new Set<Promise<void>>();
  let nextJobHook: ((stackId: string) => void) | undefined;
  mkdirSync(o.workDir, { recursive: true });

  const stackJson = (s: StackRecord) => ({
    id: s.id,
    compartmentId: s.compartmentId,
    displayName: s.displayName,
    description: s.description,
    timeCreated: s.timeCreated,
    lifecycleState: "ACTIVE",
    terraformVersion: s.terraformVersion,
    configSource: { configSourceType: "ZIP_UPLOAD" },
    freeformTags: s.freeformTags,
    definedTags: {},
  });
  const jobJson = (j: JobRecord) => ({
    id: j.id,
    stackId: j.stackId,
    compartmentId: j.compartmentId,
    displayName: j.displayName,
    operation: j.operation,
    jobOperationDetails: j.details,
    lifecycleState: j.state,
    timeCreated: j.timeCreated,
    ...(j.timeFinished ? { timeFinished: j.timeFinished } : {}),
    ...(j.failure ? { failureDetails: { code: "TERRAFORM_EXECUTION_ERROR", message: j.failure } } : {}),
    ...(j.operation === "APPLY" && j.details.executionPlanJobId ? { resolvedPlanJobId: j.details.executionPlanJobId } : {}),
    freeformTags: j.freeformTags,
    definedTags: {},
  });

  const stackOf = (id: string): StackRecord => {
    const s = stacks.get(id);
    if (!s) throw new Problem(404, "NotAuthorizedOrNotFound", `Stack ${id} not found or not authorized`);
    return s;
  };
  const jobOf = (id: string): JobRecord => {
    const j = jobs.get(id);
    if (!j) throw new Problem(404, "NotAuthorizedOrNotFound", `Job ${id} not found or not authorized`);
    return j;
  };
  const busy = (stackId: string) => [...jobs.values()].find((j) => j.stackId === stackId && (j.state === "ACCEPTED" || j.state === "IN_PROGRESS"));

  const zipOf = (configSource: unknown): Uint8Array => {
    const c = configSource as { configSourceType?: string; zipFileBase64Encoded?: string } | undefined;
    if (c?.configSourceType !== "ZIP_UPLOAD" || typeof c.zipFileBase64Encoded !== "string") throw new Problem(400, "InvalidParameter", "configSource: the stand-in takes ZIP_UPLOAD with zipFileBase64Encoded");
    return Buffer.from(c.zipFileBase64Encoded, "base64");
  };

  async function execute(job: JobRecord, stack: StackRecord, zip: Uint8Array): Promise<void> {
    const log = (l: LogLine) => job.log.push(l);
    job.state = "IN_PROGRESS";
    try {
      if (job.operation === "IMPORT_TF_STATE") {
        const state = Buffer.from(job.importState ?? "", "base64").toString("utf8");
        JSON.parse(state);
        writeFileSync(stack.statePath, state, { mode: 0o600 });
        log({ timestamp: new Date().toISOString(), level: "INFO", message: "Imported the state file into the stack." });
      } else if (job.operation === "PLAN") {
        prepareJobDir(job.dir, zip, stack.statePath);
        if ((await terraform(job.dir, ["init", "-input=false", "-no-color"], o.terraformEnv, log)).code !== 0) throw new CodedError(ERROR_CODES.standin, "terraform init failed");
        const plan = await terraform(job.dir, ["plan", "-input=false", "-no-color", "-detailed-exitcode", "-out=plan.tfplan"], o.terraformEnv, log);
        if (plan.code !== 0 && plan.code !== 2) throw new CodedError(ERROR_CODES.standin, "terraform plan failed");
        const shown = await terraform(job.dir, ["show", "-json", "-no-color", "plan.tfplan"], o.terraformEnv, log, true);
        if (shown.code !== 0) throw new CodedError(ERROR_CODES.standin, "terraform show failed");
        job.planJson = shown.stdout;
      } else {
        // The plan job's directory holds its configuration and saved plan: exactly what was planned is applied.
        const planJob = jobOf(String(job.details.executionPlanJobId));
        if ((await terraform(planJob.dir, ["apply", "-input=false", "-no-color", "plan.tfplan"], o.terraformEnv, log)).code !== 0) throw new CodedError(ERROR_CODES.standin, "terraform apply failed");
      }
      job.state = "SUCCEEDED";
    } catch (e) {
      job.state = "FAILED";
      job.failure = (e as Error).message;
    } finally {
      job.timeFinished = new Date().toISOString();
    }
  }

  function createJob(body: Record<string, unknown>): JobRecord {
    const stack = stackOf(String(body.stackId ?? ""));
    const details = (body.jobOperationDetails ?? { operation: body.operation }) as Record<string, unknown>;
    const operation = String(details.operation ?? "");
    const other = busy(stack.id);
    if (other) throw new Problem(409, "Conflict", `Stack ${stack.id} already has job ${other.id} (${other.operation}) in state ${other.state}; one job runs on a stack at a time`);
    if (operation === "APPLY") {
      const strategy = String(details.executionPlanStrategy ?? "");
      if (strategy !== "FROM_PLAN_JOB_ID") throw new Problem(400, "InvalidParameter", `executionPlanStrategy ${strategy || "(none)"}: the stand-in applies only FROM_PLAN_JOB_ID`);
      const plan = jobs.get(String(details.executionPlanJobId ?? ""));
      if (!plan || plan.stackId !== stack.id || plan.operation !== "PLAN") throw new Problem(400, "InvalidParameter", `executionPlanJobId ${String(details.executionPlanJobId)} is not a plan job of stack ${stack.id}`);
      if (plan.state !== "SUCCEEDED") throw new Problem(409, "IncorrectState", `plan job ${plan.id} is ${plan.state}: only a succeeded plan job can be applied`);
      if ([...jobs.values()].some((j) => j.operation === "APPLY" && j.details.executionPlanJobId === plan.id && j.state !== "FAILED")) throw new Problem(409, "IncorrectState", `plan job ${plan.id} was applied already`);
    } else if (operation !== "PLAN" && operation !== "IMPORT_TF_STATE") {
      throw new Problem(400, "InvalidParameter", `operation ${operation || "(none)"} is not served by the stand-in (PLAN, APPLY, IMPORT_TF_STATE)`);
    }
    const hook = nextJobHook;
    nextJobHook = undefined;
    hook?.(stack.id);
    const id = ocid("ormjob");
    const job: JobRecord = {
      zip: stack.zip,
      id,
      stackId: stack.id,
      compartmentId: stack.compartmentId,
      displayName: String(body.displayName ?? `${operation.toLowerCase()}-job`),
      operation: operation as JobRecord["operation"],
      details: { ...details, ...(operation === "APPLY" ? { executionPlanStrategy: "FROM_PLAN_JOB_ID" } : {}) },
      state: "ACCEPTED",
      log: [],
      dir: join(o.workDir, "jobs", id),
      timeCreated: new Date().toISOString(),
      freeformTags: (body.freeformTags ?? {}) as Record<string, string>,
    };
    if (operation === "IMPORT_TF_STATE") {
      job.importState = String(details.tfStateBase64Encoded ?? "");
      job.details = { operation };
    }
    jobs.set(id, job);
    const run: Promise<void> = new Promise<void>((r) => setImmediate(r)).then(() => execute(job, stack, job.zip));
    running.add(run);
    void run.finally(() => running.delete(run));
    return job;
  }

  function stateResources(stack: StackRecord): { address: string; type: string; id: string; attributes: Record<string, unknown> }[] {
    if (!existsSync(stack.statePath)) return [];
    const state = JSON.parse(readFileSync(stack.statePath, "utf8")) as { resources?: { mode: string; type: string; name: string; module?: string; instances: { index_key?: unknown; attributes: Record<string, unknown> }[] }[] };
    return (state.resources ?? [])
      .filter((r) => r.mode === "managed")
      .flatMap((r) => r.instances.map((i) => ({ address: `${r.module ? `${r.module}.` : ""}${r.type}.${r.name}${i.index_key === undefined ? "" : `[${JSON.stringify(i.index_key)}]`}`, type: r.type, id: String(i.attributes.id ?? ""), attributes: i.attributes })));
  }

  function detectDrift(stack: StackRecord): string {
    const id = ocid("ormworkrequest");
    const now = new Date().toISOString();
    const changes = outOfBand.get(stack.id) ?? new Map();
    const drift = stateResources(stack).map((r) => {
      const change = changes.get(r.address);
      const base = { stackId: stack.id, compartmentId: stack.compartmentId, resourceName: r.address, resourceId: r.id, resourceType: r.type, timeDriftChecked: now };
      if (!change) return { ...base, resourceDriftStatus: "IN_SYNC" };
      if (change === "deleted") return { ...base, resourceDriftStatus: "DELETED" };
      const keys = Object.keys(change);
      return {
        ...base,
        resourceDriftStatus: "MODIFIED",
        expectedProperties: Object.fromEntries(keys.map((k) => [k, JSON.stringify(r.attributes[k] ?? null)])),
        actualProperties: Object.fromEntries(keys.map((k) => [k, JSON.stringify(change[k] ?? null)])),
      };
    });
    workRequests.set(id, { id, stackId: stack.id, compartmentId: stack.compartmentId, time: now, drift });
    return id;
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://standin");
    if (!url.pathname.startsWith(API)) throw new Problem(404, "NotFound", `no such path ${url.pathname}`);
    const path = url.pathname.slice(API.length);
    const method = req.method ?? "GET";
    const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
    const body = async () => {
      const text = await readBody(req);
      try {
        return (text ? JSON.parse(text) : {}) as Record<string, unknown>;
      } catch {
        throw new Problem(400, "InvalidParameter", "the body is not JSON");
      }
    };
    const q = (k: string) => url.searchParams.get(k) ?? undefined;

    if (parts[0] === "stacks" && parts.length === 1 && method === "POST") {
      const b = await body();
      const id = ocid("ormstack");
      const dir = join(o.workDir, "stacks", id);
      mkdirSync(dir, { recursive: true });
      const s: StackRecord = {
        id,
        compartmentId: String(b.compartmentId ?? ""),
        displayName: String(b.displayName ?? id),
        description: b.description === undefined ? undefined : String(b.description),
        terraformVersion: String(b.terraformVersion ?? "1.5.x"),
        freeformTags: (b.freeformTags ?? {}) as Record<string, string>,
        zip: zipOf(b.configSource),
        timeCreated: new Date().toISOString(),
        statePath: join(dir, "terraform.tfstate"),
      };
      if (!s.compartmentId) throw new Problem(400, "InvalidParameter", "compartmentId is required");
      stacks.set(id, s);
      return sendJson(res, 200, stackJson(s), { etag: id });
    }
    if (parts[0] === "stacks" && parts.length === 1 && method === "GET") {
      const items = [...stacks.values()].filter((s) => (!q("compartmentId") || s.compartmentId === q("compartmentId")) && (!q("displayName") || s.displayName === q("displayName")));
      return sendJson(res, 200, items.map(stackJson));
    }
    if (parts[0] === "stacks" && parts.length === 2) {
      const s = stackOf(parts[1]!);
      if (method === "GET") return sendJson(res, 200, stackJson(s));
      if (method === "PUT") {
        const b = await body();
        if (b.configSource) s.zip = zipOf(b.configSource);
        if (typeof b.terraformVersion === "string") s.terraformVersion = b.terraformVersion;
        if (typeof b.displayName === "string") s.displayName = b.displayName;
        return sendJson(res, 200, stackJson(s), { etag: s.id });
      }
    }
    if (parts[0] === "stacks" && parts[2] === "tfState" && method === "GET") {
      const s = stackOf(parts[1]!);
      const text = existsSync(s.statePath) ? readFileSync(s.statePath, "utf8") : "";
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
      return void res.end(text);
    }
    if (parts[0] === "stacks" && parts[2] === "actions" && parts[3] === "detectDrift" && method === "POST") {
      await body();
      const s = stackOf(parts[1]!);
      if (busy(s.id)) throw new Problem(409, "Conflict", `Stack ${s.id} has a job in progress`);
      return sendJson(res, 202, {}, { "opc-work-request-id": detectDrift(s) });
    }
    if (parts[0] === "stacks" && parts[2] === "actions" && parts[3] === "listResourceDriftDetails" && method === "POST") {
      const s = stackOf(parts[1]!);
      const wr = q("workRequestId") ? workRequests.get(q("workRequestId")!) : [...workRequests.values()].filter((w) => w.stackId === s.id).at(-1);
      if (!wr || wr.stackId !== s.id) throw new Problem(404, "NotAuthorizedOrNotFound", "no drift detection for this stack");
      const wanted = url.searchParams.getAll("resourceDriftStatus");
      return sendJson(res, 200, { items: wr.drift.filter((d) => !wanted.length || wanted.includes(String(d.resourceDriftStatus))) });
    }
    if (parts[0] === "workRequests" && parts.length === 2 && method === "GET") {
      const wr = workRequests.get(parts[1]!);
      if (!wr) throw new Problem(404, "NotAuthorizedOrNotFound", `work request ${parts[1]} not found`);
      return sendJson(res, 200, { id: wr.id, operationType: "DRIFT_DETECTION", status: "SUCCEEDED", compartmentId: wr.compartmentId, resources: [{ entityType: "stack", actionType: "IN_PROGRESS", identifier: wr.stackId }], percentComplete: 100, timeAccepted: wr.time, timeStarted: wr.time, timeFinished: wr.time });
    }
    if (parts[0] === "jobs" && parts.length === 1 && method === "POST") return sendJson(res, 200, jobJson(createJob(await body())));
    if (parts[0] === "jobs" && parts.length === 1 && method === "GET") {
      const items = [...jobs.values()].filter((j) => !q("stackId") || j.stackId === q("stackId")).filter((j) => !q("lifecycleState") || j.state === q("lifecycleState"));
      if (q("sortOrder") !== "ASC") items.reverse();
      return sendJson(res, 200, items.map(jobJson));
    }
    if (parts[0] === "jobs" && parts.length === 2 && method === "GET") return sendJson(res, 200, jobJson(jobOf(parts[1]!)));
    if (parts[0] === "jobs" && parts[2] === "logs" && method === "GET") {
      const j = jobOf(parts[1]!);
      return sendJson(res, 200, j.log.map((l) => ({ type: "TERRAFORM_CONSOLE", level: l.level, timestamp: l.timestamp, message: l.message })));
    }
    if (parts[0] === "jobs" && parts[2] === "tfPlan" && method === "GET") {
      const j = jobOf(parts[1]!);
      if (j.operation !== "PLAN" || j.state !== "SUCCEEDED" || !j.planJson) throw new Problem(409, "IncorrectState", `job ${j.id} is a ${j.operation} job in state ${j.state}: no plan to return`);
      if ((q("tfPlanFormat") ?? "BINARY") !== "JSON") throw new Problem(400, "InvalidParameter", "the stand-in serves tfPlanFormat=JSON only");
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(j.planJson) });
      return void res.end(j.planJson);
    }
    if (parts[0] === "jobs" && parts[2] === "tfConfig" && method === "GET") {
      const j = jobOf(parts[1]!);
      res.writeHead(200, { "content-type": "application/zip", "content-length": j.zip.byteLength });
      return void res.end(Buffer.from(j.zip));
    }
    if (parts[0] === "jobs" && parts[2] === "outputs" && method === "GET") {
      const j = jobOf(parts[1]!);
      const s = stackOf(j.stackId);
      const outputs = j.state === "SUCCEEDED" && j.operation === "APPLY" && existsSync(s.statePath) ? ((JSON.parse(readFileSync(s.statePath, "utf8")) as { outputs?: Record<string, { value: unknown; type: unknown; sensitive?: boolean }> }).outputs ?? {}) : {};
      const items = Object.entries(outputs).map(([name, v]) => ({ outputName: name, outputType: JSON.stringify(v.type), outputValue: v.sensitive ? undefined : typeof v.value === "string" ? v.value : JSON.stringify(v.value), isSensitive: v.sensitive === true }));
      return sendJson(res, 200, { items });
    }
    throw new Problem(404, "NotFound", `No such operation: ${method} ${path}`);
  }

  const listening = await listenLocal(async (req, res) => {
    const auth = req.headers.authorization ?? "";
    if (!auth.startsWith("Signature ") || !/keyId="[^"]+"/.test(auth)) {
      req.resume();
      return sendJson(res, 401, { code: "NotAuthenticated", message: "The required Authorization header (OCI request signature naming a keyId) is missing" });
    }
    try {
      await route(req, res);
    } catch (e) {
      if (e instanceof Problem) sendJson(res, e.status, { code: e.code, message: e.message });
      else sendJson(res, 500, { code: "InternalServerError", message: `stand-in failure: ${(e as Error).message}` });
    }
  });

  return {
    url: listening.url,
    stacks: () => [...stacks.values()].map((s) => ({ id: s.id, displayName: s.displayName, compartmentId: s.compartmentId, terraformVersion: s.terraformVersion })),
    jobs: () => [...jobs.values()].map((j) => ({ id: j.id, stackId: j.stackId, operation: j.operation, state: j.state, ...(j.details.executionPlanJobId ? { executionPlanJobId: String(j.details.executionPlanJobId) } : {}) })),
    beforeNextJob(fn) {
      nextJobHook = fn;
    },
    setConfig(stackId, zip) {
      stackOf(stackId).zip = zip;
    },
    changeOutOfBand(stackId, address, change) {
      stackOf(stackId);
      if (!outOfBand.has(stackId)) outOfBand.set(stackId, new Map());
      outOfBand.get(stackId)!.set(address, change);
    },
    async idle() {
      while (running.size) await Promise.all([...running]);
    },
    async close() {
      while (running.size) await Promise.all([...running]);
      await listening.close();
      rmSync(join(o.workDir, "jobs"), { recursive: true, force: true });
    },
  };
}

/**
 * The deploy, rehearsed offline: the pipeline's own phases (tools/pipeline,
 * what the workflows call) through real Terraform with the offline OCI
 * provider, for one environment:
 *
 *   synth -> init + plan (-> review of the plan JSON) -> apply
 *   -> cert (over the Vault key: the KMS stand-in) -> synth + plan + apply
 *   -> smoke (flows A, B, C against stand-ins seeded from the state and outputs)
 *
 * Everything it writes lives in one directory, removed at the end; what a
 * second run can reuse (the provider bundle, the Function bundle) is cached
 * outside it.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as common from "oci-common";
import { createVaultCertificate } from "../../tools/cert/vault-certificate";
import type { EnvironmentConfig } from "../../lib/config/environment";
import { Pipeline, type PipelineDeps } from "../../tools/pipeline/phases";
import { processTerraformCli, type TerraformCli } from "../../tools/terraform/cli";
import { runReview } from "../../tools/review/run";
import { attachOfflineProvider, type AttachedProvider } from "../../offline-provider/attach";
import { worldForEnvironment } from "./world-for-environment";
import { startKmsStandin, type KmsStandin } from "../standins/kms";
import { BACKEND_OVERRIDE_FILE } from "../../tools/terraform/stack-dir";
import { synthesize } from "../../lib/synthesize";
import { writeThrowawayOciConfig, type ThrowawayOciConfig } from "./oci-credentials";
import { rehearsalSmoke } from "./rehearsal-smoke";
import { ensureFunctionBundle } from "./function-bundle";
import { seedFromTerraform } from "../cloud/seed-from-terraform";
import { startCloud, type Cloud } from "../cloud/start-cloud";
import { applyConnectionFiles } from "./oic-native-operator";
import { routedFetch } from "../../tools/smoke/context";
import { OicDesignStore } from "../standins/oic-design";
import type { SmokeOutcome } from "../../tools/smoke/run";
import { resourceManagerEngine } from "../../lib/config/engine";
import type { ResourceManagerStandin } from "../standins/resource-manager/server";
import { rehearsalEngine, startRehearsalResourceManager } from "./resource-manager-cloud";
import { EXIT } from "../../tools/command/exit-codes";

export interface RehearsalOptions {
  readonly config: EnvironmentConfig;
  /** The rehearsal's own directory (state, certs, scratch); the caller removes it. */
  readonly workDir: string;
  /** The project (dist/function/func.js, function/, contract/). @default process.cwd() */
  readonly projectDir?: string;
  readonly log: (line: string) => void;
  /** Write the smoke's JSON report here. */
  readonly jsonReport?: string;
  /** Runs after the smoke while the stand-ins still listen (tests probe them, and may run the smoke again). */
  readonly afterSmoke?: (cloud: Cloud, smokeAgain: () => Promise<SmokeOutcome>) => Promise<void>;
  /** Where the offline provider appends its start-up and RPC times (the benchmark). */
  readonly statsFile?: string;
}

/**
 * What outlives one runner: the provider install, the Vault (KMS stand-in,
 * started by the first certificate), the state file, throwaway OCI
 * credentials, the Function bundle. A redeploy on a fresh runner uses the
 * same cloud and state, as a real one would.
 */
export interface RehearsalCloud {
  readonly config: EnvironmentConfig;
  readonly workDir: string;
  readonly projectDir: string;
  readonly terraform: TerraformCli;
  /** Wall time spent in Terraform commands so far (the provider's share included). */
  readonly terraformMs: () => number;
  readonly statePath: string;
  readonly functionBundle: string;
  readonly oci: ThrowawayOciConfig;
  kms?: KmsStandin;
  /** The Resource Manager stand-in, when the environment's engine is Resource Manager. */
  readonly resourceManager?: ResourceManagerStandin;
  /** oic-native: OIC's certificate store and connections (the cert phase uploads, the smoke tests). */
  readonly oicDesign?: OicDesignStore;
  close(): Promise<void>;
}

export interface RehearsalResult {
  readonly exitCode: number;
  /** Phase name -> milliseconds, in order (a phase run twice appears twice). */
  readonly phases: readonly { readonly name: string; readonly ms: number }[];
  /** The review of the first plan (Markdown), for tests. */
  readonly review?: string;
  /** Wall time inside Terraform commands (the provider's share included). */
  readonly terraformMs: number;
}

/** Synthesizes into the runner's cdktf.out and keeps every stack's state in one local file outside it. */
function synthInto(config: EnvironmentConfig, runnerDir: string, statePath: string) {
  const outdir = join(runnerDir, "cdktf.out");
  return async (env: string): Promise<void> => {
    synthesize([config], { only: [env], outdir, baseDir: runnerDir });
    // Terraform's override-file rule replaces the stack's backend (S3 for test/prod) wholesale.
    writeFileSync(join(outdir, "stacks", env, BACKEND_OVERRIDE_FILE), JSON.stringify({ terraform: { backend: { local: { path: statePath } } } }));
  };
}

/** Synthesizes into the runner's cdktf.out as it is (a Resource Manager stack keeps no state beside it). */
function synthOnly(config: EnvironmentConfig, runnerDir: string) {
  return async (env: string): Promise<void> => {
    synthesize([config], { only: [env], outdir: join(runnerDir, "cdktf.out"), baseDir: runnerDir });
  };
}

type Log = (line: string) => void;

/** The cloud of a rehearsal: installs the offline provider (cached), builds the Function bundle when stale. */
/** Times every call of a TerraformCli (for the benchmark's shares). */
function timedTerraform(inner: TerraformCli): { cli: TerraformCli; ms: () => number } {
  let total = 0;
  const wrap =
    <A extends unknown[], R>(f: (...a: A) => Promise<R>) =>
    async (...a: A): Promise<R> => {
      const started = performance.now();
      try {
        return await f(...a);
      } finally {
        total += performance.now() - started;
      }
    };
  const cli: TerraformCli = { init: wrap(inner.init), plan: wrap(inner.plan), show: wrap(inner.show), apply: wrap(inner.apply), output: wrap(inner.output), ...(inner.statePull ? { statePull: wrap(inner.statePull) } : {}) };
  return { cli, ms: () => total };
}

export async function startRehearsalCloud(o: { config: EnvironmentConfig; workDir: string; projectDir?: string; log: Log; statsFile?: string }): Promise<RehearsalCloud> {
  const projectDir = o.projectDir ?? process.cwd();
  const secrets = join(o.workDir, "secrets");
  mkdirSync(secrets, { recursive: true, mode: 0o700 });
  // Started once for the whole rehearsal: every terraform command (the Resource Manager stand-in's jobs
  // included) attaches to it. close() stops it; should our process end first (Ctrl-C), it stops with it.
  const provider = await attachOfflineProvider(join(o.workDir, "terraform"), { world: worldForEnvironment(o.config), statsFile: o.statsFile });
  let resourceManager: ResourceManagerStandin | undefined;
  try {
    resourceManager = resourceManagerEngine(o.config) ? await startRehearsalResourceManager({ workDir: o.workDir, terraformEnv: provider.env }) : undefined;
    return rehearsalCloud(o, projectDir, secrets, provider, resourceManager);
  } catch (error) {
    await resourceManager?.close();
    await provider.close();
    throw error;
  }
}

function rehearsalCloud(
  o: { config: EnvironmentConfig; workDir: string; log: Log },
  projectDir: string,
  secrets: string,
  provider: AttachedProvider,
  resourceManager: ResourceManagerStandin | undefined,
): RehearsalCloud {
  const terraform = timedTerraform(processTerraformCli({ env: provider.env }));
  const cloud: RehearsalCloud = {
    config: o.config,
    workDir: o.workDir,
    projectDir,
    terraform: terraform.cli,
    terraformMs: terraform.ms,
    statePath: join(o.workDir, "state", `${o.config.name}.tfstate`),
    functionBundle: ensureFunctionBundle(projectDir, o.log),
    oci: writeThrowawayOciConfig(secrets, o.config.region),
    resourceManager,
    oicDesign: o.config.assertion?.mode === "oic-native" ? new OicDesignStore() : undefined,
    async close() {
      await cloud.kms?.close();
      await resourceManager?.close();
      await provider.close();
      cloud.oci.release();
    },
  };
  return cloud;
}

export interface RehearsalRunner {
  readonly dir: string;
  readonly pipeline: Pipeline;
  /** Certificates the Vault issued through this runner. */
  readonly issued: string[];
}

/**
 * A fresh runner (empty checkout: no certs/, no cdktf.out/) whose pipeline
 * runs the project's phases against the rehearsal's cloud: the workflow's
 * steps, with the offline provider behind Terraform.
 */
export function rehearsalRunner(cloud: RehearsalCloud, o: { name: string; log: Log; jsonReport?: string; afterSmoke?: RehearsalOptions["afterSmoke"] }): RehearsalRunner {
  const env = cloud.config.name;
  const dir = join(cloud.workDir, o.name);
  mkdirSync(dir, { recursive: true });
  const issued: string[] = [];
  // Resource Manager: the runner's engine talks to the stand-in through the SDK; the stack has no backend to override.
  const terraform = cloud.resourceManager ? rehearsalEngine(cloud.config, cloud.resourceManager, cloud.oci, o.log) : cloud.terraform;
  const users = [cloud.config.smoke.assertionUser].filter((u): u is string => Boolean(u));
  const deps: PipelineDeps = {
    terraform,
    synth: cloud.resourceManager ? synthOnly(cloud.config, dir) : synthInto(cloud.config, dir, cloud.statePath),
    issueCertificate: async (inputs) => {
      cloud.kms ??= await startKmsStandin({ keyId: inputs.keyId, keyVersionId: inputs.keyVersionId });
      const auth = new common.ConfigFileAuthenticationDetailsProvider(cloud.oci.file, cloud.oci.profile);
      const cert = await createVaultCertificate({ ...inputs, cryptoEndpoint: cloud.kms.cryptoEndpoint, managementEndpoint: cloud.kms.managementEndpoint }, auth);
      issued.push(cert.sidecar.alias);
      return cert;
    },
    smoke: (args) =>
      rehearsalSmoke({ args, terraform, stackDir: join(dir, "cdktf.out", "stacks", env), kms: cloud.kms, functionBundle: cloud.functionBundle, ociConfig: cloud.oci, users, log: o.log, jsonReport: o.jsonReport, afterSmoke: o.afterSmoke, oicDesign: cloud.oicDesign }),
    // oic-native: the cert phase reaches OIC's REST API through stand-ins seeded from this state, and the
    // operator's step (the printed settings put on the connection) is played when it ends.
    oicApi: async (_env, outputs) => {
      const standins = await startCloud(seedFromTerraform(await terraform.show(join(dir, "cdktf.out", "stacks", env)), outputs, { env, users }), { functionBundle: cloud.functionBundle, oicDesign: cloud.oicDesign });
      return {
        fetch: routedFetch(globalThis.fetch, standins.connectTo),
        close: async () => {
          await standins.close();
          if (cloud.oicDesign) applyConnectionFiles(cloud.oicDesign, join(dir, "cdktf.out", "oic-native", env), outputs, o.log);
        },
      };
    },
    review: async (args) => runReview(args, { cwd: cloud.projectDir, projectDir: cloud.projectDir, stdout: () => undefined, stderr: (t) => o.log(t.trimEnd()) }),
    log: o.log,
    mask: () => undefined,
    now: () => new Date(),
  };
  const pipeline = new Pipeline(deps, { stacksDir: join(dir, "cdktf.out", "stacks"), certsDir: join(dir, "certs"), workDir: join(dir, "scratch"), smokeUser: cloud.config.smoke.assertionUser });
  return { dir, pipeline, issued };
}

/** The rehearsal `npm run sandbox` prints: each phase of a first deploy, timed, with the review of its plan. */
export async function rehearse(o: RehearsalOptions): Promise<RehearsalResult> {
  const env = o.config.name;
  const phases: { name: string; ms: number }[] = [];
  const timed = async <T>(name: string, body: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await body();
    } finally {
      const ms = performance.now() - started;
      phases.push({ name, ms });
      o.log(`[rehearsal] ${name}: ${Math.round(ms)} ms`);
    }
  };
  const cloud = await timed("offline provider + function bundle", () => startRehearsalCloud(o));
  try {
    const { pipeline } = rehearsalRunner(cloud, { name: "runner", log: o.log, jsonReport: o.jsonReport, afterSmoke: o.afterSmoke });
    await timed("synth", () => pipeline.synth(env));
    await timed("plan", () => pipeline.plan(env));
    const reviewFile = join(o.workDir, "review.md");
    const reviewStatus = await timed("review", () => pipeline.review(env, { out: reviewFile }));
    const review = readFileSync(reviewFile, "utf8");
    // EXIT.highRisk: a high-risk change, which a first deploy may well be; anything else is a failure of the review itself.
    if (reviewStatus !== EXIT.ok && reviewStatus !== EXIT.highRisk) return { exitCode: reviewStatus, phases, review, terraformMs: cloud.terraformMs() };
    await timed("apply", () => pipeline.apply(env));
    await timed("cert + apply", () => pipeline.certAndApply(env));
    const exitCode = await timed("smoke", () => pipeline.smoke(env));
    return { exitCode, phases, review, terraformMs: cloud.terraformMs() };
  } finally {
    await cloud.close();
  }
}

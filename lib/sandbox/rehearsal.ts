/**
 * The deploy, rehearsed offline: the pipeline's own phases (lib/pipeline,
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
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import * as common from "oci-common";
import { createVaultCertificate } from "../cert/vault-certificate";
import type { EnvironmentConfig } from "../config/environment";
import { Pipeline, type PipelineDeps } from "../pipeline/phases";
import { processTerraformCli, type TerraformCli } from "../pipeline/terraform-cli";
import { runReview } from "../review/run";
import { installOfflineProvider } from "../standins/offline-provider/install";
import { worldForEnvironment } from "../standins/offline-provider/world-for-environment";
import { startKmsStandin, type KmsStandin } from "../standins/kms";
import { BACKEND_OVERRIDE_FILE } from "../terraform/stack-dir";
import { synthesize } from "../synthesize";
import { writeThrowawayOciConfig } from "./oci-credentials";
import { rehearsalSmoke } from "./rehearsal-smoke";

export interface RehearsalOptions {
  readonly config: EnvironmentConfig;
  /** The rehearsal's own directory (state, certs, scratch); the caller removes it. */
  readonly workDir: string;
  /** The project (dist/function/func.js, function/, contract/). @default process.cwd() */
  readonly projectDir?: string;
  readonly log: (line: string) => void;
  /** Write the smoke's JSON report here. */
  readonly jsonReport?: string;
}

export interface RehearsalResult {
  readonly exitCode: number;
  /** Phase name -> milliseconds, in order (a phase run twice appears twice). */
  readonly phases: readonly { readonly name: string; readonly ms: number }[];
  /** The review of the first plan (Markdown), for tests. */
  readonly review?: string;
}

/** Builds dist/function/func.js when a source of the Function is newer than the bundle (a second run reuses it). */
function ensureFunctionBundle(projectDir: string, log: (l: string) => void): string {
  const bundle = join(projectDir, "dist", "function", "func.js");
  const newest = Math.max(...["function/src", "contract"].flatMap((d) => readdirSync(join(projectDir, d)).map((f) => statSync(join(projectDir, d, f)).mtimeMs)));
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= newest) return bundle;
  const started = performance.now();
  const built = spawnSync(process.execPath, [join(projectDir, "function", "build.mjs"), "--quiet"], { cwd: projectDir, encoding: "utf8" });
  if (built.status !== 0) throw new Error(`building the Function bundle failed: ${built.stderr.trim().split("\n").at(-1)}`);
  log(`[rehearsal] function bundle: built in ${Math.round(performance.now() - started)} ms`);
  return bundle;
}

/** Synthesizes into the runner's cdktf.out and keeps every stack's state in one local file outside it. */
function synthInto(o: RehearsalOptions, outdir: string, statePath: string) {
  return async (env: string): Promise<void> => {
    synthesize([o.config], { only: [env], outdir, baseDir: o.workDir });
    // Terraform's override-file rule replaces the stack's backend (S3 for test/prod) wholesale.
    writeFileSync(join(outdir, "stacks", env, BACKEND_OVERRIDE_FILE), JSON.stringify({ terraform: { backend: { local: { path: statePath } } } }));
  };
}

export async function rehearse(o: RehearsalOptions): Promise<RehearsalResult> {
  const projectDir = o.projectDir ?? process.cwd();
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
  const secrets = join(o.workDir, "secrets");
  mkdirSync(secrets, { recursive: true, mode: 0o700 });
  const oci = writeThrowawayOciConfig(secrets, o.config.region);
  const install = await timed("offline provider", () => installOfflineProvider(join(o.workDir, "terraform"), { world: worldForEnvironment(o.config) }));
  const functionBundle = await timed("function bundle", async () => ensureFunctionBundle(projectDir, o.log));
  let kms: KmsStandin | undefined;
  let review: string | undefined;
  const terraform: TerraformCli = processTerraformCli({ env: install.env });
  const deps: PipelineDeps = {
    terraform,
    synth: synthInto(o, join(o.workDir, "cdktf.out"), join(o.workDir, "state", `${env}.tfstate`)),
    issueCertificate: async (inputs) => {
      kms ??= await startKmsStandin({ keyId: inputs.keyId, keyVersionId: inputs.keyVersionId });
      const auth = new common.ConfigFileAuthenticationDetailsProvider(oci.file, oci.profile);
      return createVaultCertificate({ ...inputs, cryptoEndpoint: kms.cryptoEndpoint, managementEndpoint: kms.managementEndpoint }, auth);
    },
    smoke: (args) => rehearsalSmoke({ args, terraform, stackDir: join(o.workDir, "cdktf.out", "stacks", env), kms, functionBundle, ociConfig: oci, users: [o.config.smoke.assertionUser].filter((u): u is string => Boolean(u)), log: o.log, jsonReport: o.jsonReport }),
    review: async (args) => runReview(args, { cwd: projectDir, projectDir, stdout: () => undefined, stderr: (t) => o.log(t.trimEnd()) }),
    log: o.log,
    mask: () => undefined,
    now: () => new Date(),
  };
  const pipeline = new Pipeline(deps, {
    stacksDir: join(o.workDir, "cdktf.out", "stacks"),
    certsDir: join(o.workDir, "certs"),
    workDir: join(o.workDir, "scratch"),
    smokeUser: o.config.smoke.assertionUser,
  });
  try {
    await timed("synth", () => pipeline.synth(env));
    await timed("plan", () => pipeline.plan(env));
    const reviewFile = join(o.workDir, "review.md");
    const reviewStatus = await timed("review", () => pipeline.review(env, { out: reviewFile }));
    review = readFileSync(reviewFile, "utf8");
    if (reviewStatus !== 0 && reviewStatus !== 2) return { exitCode: reviewStatus, phases, review };
    await timed("apply", () => pipeline.apply(env));
    await timed("cert + apply", () => pipeline.certAndApply(env));
    const exitCode = await timed("smoke", () => pipeline.smoke(env, { justDeployed: false }));
    return { exitCode, phases, review };
  } finally {
    await kms?.close();
  }
}

/**
 * The pipeline's phases, one method each, so that every workflow step is one
 * call of `npm run pipeline -- <phase> <env>` and `npm test` can run the same
 * code against a fake (or the offline) Terraform:
 *
 *   synth          synthesize one environment
 *   restore-cert   write certs/<env>.pem back from the state (fresh runner)
 *   plan           init + plan -out + show -json -> plan.json (0600); counts only in the log
 *   review         the redacted review of plan.json (exit 3: high-risk change)
 *   apply          apply the saved plan (skipped when it changes nothing)
 *   cert           certificate over the current key version when there is
 *                  none, it is near expiry, or it is over another version
 *   smoke          flows A, B (only with a refresh token), C (with the
 *                  environment's smoke user), outputs file deleted after
 *   deploy         synth, restore-cert, plan, review, apply, cert, [synth, plan, review, apply], smoke
 *
 * A deploy applies only the plan file it reviewed: every plan is reviewed
 * (the same redacted review a pull request gets), a high-risk change stops
 * the deploy before apply unless it was approved for the commit being
 * deployed, and apply refuses a plan file whose digest differs from the one
 * reviewed.
 *
 * Nothing here prints a plan, an output value or a secret: the log gets
 * phase names, counts, aliases and durations.
 */
import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { certInputsFromOutputs, type CertInputs } from "../cert/cert-inputs";
import { certificatePaths, readSidecar, writeCertificateFiles } from "../cert/certificate-files";
import { decideCertificate, DEFAULT_RENEW_WITHIN_DAYS } from "../cert/decide";
import { restoreCertificateFiles } from "../cert/restore-from-state";
import type { VaultCertificate } from "../cert/vault-certificate";
import { OUTPUTS } from "../../contract/outputs";
import { oicNativeCertPhase } from "../cert/oic-native/cert-phase";
import { isOicNative } from "../cert/oic-native/hand-over";
import { approvedForCommit } from "./approval";
import type { TerraformCli, TerraformOutputs } from "../terraform/cli";
import { ERROR_CODES, OicAccessError } from "../../contract/errors";
import { EXIT } from "../command/exit-codes";

export interface PipelineDeps {
  readonly terraform: TerraformCli;
  /** Synthesizes one environment into `<stacksDir>/<env>/cdk.tf.json`. */
  readonly synth: (env: string) => Promise<void>;
  /** Builds the certificate over the Vault key (KMS signs; the private key never leaves the Vault). */
  readonly issueCertificate: (inputs: CertInputs) => Promise<VaultCertificate>;
  /** Runs `npm run smoke` with these arguments; resolves to its exit status. */
  readonly smoke: (args: readonly string[]) => Promise<number>;
  /** Runs `npm run review` (the checked-out code's) with these arguments; resolves to its exit status. */
  readonly review: (args: readonly string[]) => Promise<number>;
  /** One line for the CI log. Never given a secret. */
  readonly log: (line: string) => void;
  /** Registers a secret with the CI log masker (GitHub: `::add-mask::`), before anything could print it. */
  readonly mask: (secret: string) => void;
  readonly now: () => Date;
  /**
   * Runs `body` holding the deploy lock of the environment's state (see
   * state-lock.ts); the stack is synthesized when it is called. Without it,
   * nothing is locked (local state on a laptop, tests).
   */
  readonly lock?: <T>(env: string, stackDir: string, body: () => Promise<T>) => Promise<T>;
  /**
   * oic-native: the fetch that reaches OIC's REST API and OIC's token
   * endpoint for the cert phase, and its end. @default globalThis.fetch
   */
  readonly oicApi?: (env: string, outputs: Readonly<Record<string, unknown>>) => Promise<{ fetch: typeof fetch; close(): Promise<void> }>;
  /** Shows a deploy's review where people read it (GitHub: the job summary). Given the Markdown file. */
  readonly publishReview?: (env: string, file: string) => void;
}

export interface PipelineSettings {
  /** `cdktf.out/stacks` of the configuration to plan or deploy. */
  readonly stacksDir: string;
  /** Where certs/<env>.pem lives (the checkout's certs/). */
  readonly certsDir: string;
  /** Private scratch directory (0700): outputs file, token store. Removed by cleanup. */
  readonly workDir: string;
  /** @default 30 */
  readonly renewWithinDays?: number;
  /** `smoke.assertionUser` of the environment: flow C runs as this user. */
  readonly smokeUser?: string;
  /** Refresh token for flow B (a deploy secret); without it flow B is "not configured". */
  readonly refreshToken?: string;
  /** Extra smoke arguments (the rehearsal's --connect-to, --assertion-key; a longer wait after a deploy). */
  readonly smokeArgs?: readonly string[];
  /** Smoke arguments added right after a deploy (new grants take a while to propagate). */
  readonly justDeployedSmokeArgs?: readonly string[];
  /** Refuse a stack whose state is not remote (a CI runner forgets a local state file). */
  readonly requireRemoteState?: boolean;
  /** The commit being deployed (GITHUB_SHA): a high-risk approval must name it. */
  readonly commit?: string;
  /** The commit a maintainer approved high-risk changes for (a deploy input); they apply only when it is `commit`. */
  readonly highRiskApprovedFor?: string;
}

export interface PlanSummary {
  readonly changes: boolean;
  readonly counts: Readonly<Record<string, number>>;
  readonly planJson: string;
  /** SHA-256 of the saved plan file and of plan.json: apply refuses a plan that is not the one reviewed. */
  readonly digest: string;
}

export class PipelineError extends OicAccessError {
  readonly code = ERROR_CODES.pipeline;
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

const PLAN_FILE = "plan.tfplan";
const PLAN_JSON = "plan.json";
/** The review's exit status for a high-risk change (tools/command/exit-codes.ts). */
const REVIEW_HIGH_RISK = EXIT.highRisk;

/** Names of the outputs whose values are secrets even if a stack forgot `sensitive`. */
const SECRET_OUTPUT = /secret|password|private_key|access_token|refresh_token/i;

function countActions(plan: unknown): Record<string, number> {
  const counts: Record<string, number> = {};
  const changes = (plan as { resource_changes?: { change?: { actions?: string[] } }[] } | undefined)?.resource_changes ?? [];
  for (const rc of changes) {
    const a = rc.change?.actions ?? [];
    const kind = a.length === 2 ? "replace" : a[0] === "no-op" ? "unchanged" : a[0] === "read" ? "read" : (a[0] ?? "unknown");
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

function describeCounts(counts: Record<string, number>): string {
  const order = ["create", "update", "replace", "delete", "read", "unchanged"];
  const parts = Object.entries(counts)
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([k, n]) => `${n} ${k}`);
  return parts.join(", ") || "no resources";
}

export class Pipeline {
  /** Phases run, in order, e.g. `plan dev` (for tests and the final summary). */
  readonly history: string[] = [];
  private readonly initialized = new Set<string>();
  private readonly lastPlan = new Map<string, PlanSummary>();
  /** Digest of the plan each environment's review passed (deploy only): apply checks it. */
  private readonly reviewed = new Map<string, string>();

  constructor(
    private readonly deps: PipelineDeps,
    private readonly settings: PipelineSettings,
  ) {}

  stackDir(env: string): string {
    return join(this.settings.stacksDir, env);
  }

  private async phase<T>(name: string, env: string, body: () => Promise<T>): Promise<T> {
    this.history.push(`${name} ${env}`);
    const started = performance.now();
    try {
      return await body();
    } finally {
      this.deps.log(`[pipeline] ${name} ${env}: ${Math.round(performance.now() - started)} ms`);
    }
  }

  private async ensureInit(env: string): Promise<void> {
    const dir = this.stackDir(env);
    if (this.initialized.has(dir)) return;
    if (!existsSync(join(dir, "cdk.tf.json"))) throw new PipelineError(`${dir}/cdk.tf.json does not exist: synthesize ${env} first`);
    this.checkRemoteState(env);
    await this.deps.terraform.init(dir);
    this.initialized.add(dir);
  }

  async synth(env: string): Promise<void> {
    await this.phase("synth", env, async () => {
      await this.deps.synth(env);
      const file = join(this.stackDir(env), "cdk.tf.json");
      if (!existsSync(file)) throw new PipelineError(`synth did not write ${file}`);
      this.checkRemoteState(env);
    });
  }

  private checkRemoteState(env: string): void {
    // An engine that keeps the state itself (Resource Manager) has no backend block to check.
    if (!this.settings.requireRemoteState || this.deps.terraform.holdsState) return;
    const stack = JSON.parse(readFileSync(join(this.stackDir(env), "cdk.tf.json"), "utf8")) as { terraform?: { backend?: object } };
    const backend = Object.keys(stack.terraform?.backend ?? { local: {} })[0];
    if (backend !== "s3") {
      throw new PipelineError(`${env} keeps its Terraform state in a "${backend}" backend, which a CI runner loses after the run: give stacks/${env}.ts backend { type: "oci-object-storage", ... } (docs/pipeline.md)`);
    }
  }

  private locked<T>(env: string, body: () => Promise<T>): Promise<T> {
    return this.deps.lock ? this.deps.lock(env, this.stackDir(env), body) : body();
  }

  /** Writes certs/<env>.pem back from the state when the checkout has none. True when it did. */
  async restoreCertificate(env: string): Promise<boolean> {
    return this.phase("restore-cert", env, async () => {
      const paths = certificatePaths(this.settings.certsDir, env);
      if (existsSync(paths.pem)) {
        this.deps.log(`restore-cert ${env}: ${paths.pem} is in the checkout`);
        return false;
      }
      await this.ensureInit(env);
      const state = await this.deps.terraform.show(this.stackDir(env));
      const r = restoreCertificateFiles(state, paths);
      this.deps.log(r.restored ? `restore-cert ${env}: wrote the certificate (alias ${r.alias}${r.previousAlias ? `, previous ${r.previousAlias}` : ""}) from the state` : `restore-cert ${env}: nothing to restore (${r.reason})`);
      return r.restored;
    });
  }

  async plan(env: string): Promise<PlanSummary> {
    return this.phase("plan", env, async () => {
      await this.ensureInit(env);
      const dir = this.stackDir(env);
      const { changes } = await this.deps.terraform.plan(dir, PLAN_FILE);
      const plan = await this.deps.terraform.show(dir, PLAN_FILE);
      const planJson = join(dir, PLAN_JSON);
      // The plan JSON holds prior state (client secrets): owner-only, deleted by apply/cleanup.
      writeFileSync(planJson, JSON.stringify(plan), { mode: 0o600 });
      chmodSync(planJson, 0o600);
      const counts = countActions(plan);
      this.deps.log(`plan ${env}: ${changes ? describeCounts(counts) : "no changes"} (the plan text is never shown: it prints secrets)`);
      this.reviewed.delete(env);
      const summary = { changes, counts, planJson, digest: this.planDigest(env) };
      this.lastPlan.set(env, summary);
      return summary;
    });
  }

  async review(env: string, options: { out: string; approved?: boolean }): Promise<number> {
    return this.phase("review", env, async () => {
      const planJson = join(this.stackDir(env), PLAN_JSON);
      if (!existsSync(planJson)) throw new PipelineError(`${planJson} does not exist: run the plan phase first`);
      const args = [env, "--plan", planJson, "--out", options.out, "--stacks-dir", this.settings.stacksDir, ...(options.approved ? ["--approved"] : [])];
      return this.deps.review(args);
    });
  }

  /** SHA-256 over the saved plan file and plan.json, as they are on disk now. */
  private planDigest(env: string): string {
    const hash = createHash("sha256");
    for (const f of [PLAN_FILE, PLAN_JSON]) {
      const path = join(this.stackDir(env), f);
      hash.update(`${f}\0`);
      if (existsSync(path)) hash.update(readFileSync(path));
      hash.update("\0");
    }
    return hash.digest("hex");
  }

  /**
   * The deploy's review of its own plan: the same redacted Markdown a pull
   * request gets, published (job summary), and the verdict: a high-risk
   * change stops here, before apply, unless it was approved for exactly the
   * commit being deployed. Remembers the digest of the plan it passed.
   */
  async reviewGate(env: string): Promise<void> {
    mkdirSync(this.settings.workDir, { recursive: true, mode: 0o700 });
    const out = join(this.settings.workDir, `review-${env}.md`);
    const digest = this.planDigest(env);
    const planned = this.lastPlan.get(env)?.digest;
    if (planned !== undefined && planned !== digest) throw new PipelineError(`review ${env}: the plan files changed after the plan: nothing is reviewed or applied`);
    const status = await this.review(env, { out });
    if (this.planDigest(env) !== digest) throw new PipelineError(`review ${env}: the plan files changed during the review: nothing is applied`);
    if (existsSync(out)) this.deps.publishReview?.(env, out);
    if (status === REVIEW_HIGH_RISK) {
      const { commit, highRiskApprovedFor } = this.settings;
      if (!approvedForCommit(commit, highRiskApprovedFor)) {
        this.removePlanFiles(env);
        this.lastPlan.delete(env);
        const approval = highRiskApprovedFor ? `the approval names ${highRiskApprovedFor.slice(0, 40)}, not this commit` : "no approval was given";
        throw new PipelineError(
          `deploy ${env}: the plan holds a high-risk identity change (see the review) and ${approval}; nothing was applied. ` +
            `A maintainer approves it for this commit by running the Deploy workflow with approve_high_risk_for = ${commit ?? "<the commit's full SHA>"}`,
          REVIEW_HIGH_RISK,
        );
      }
      this.deps.log(`review ${env}: high-risk change approved for commit ${commit}`);
    } else if (status !== 0) {
      this.removePlanFiles(env);
      this.lastPlan.delete(env);
      throw new PipelineError(`deploy ${env}: the review of the plan failed (exit ${status}); nothing was applied`);
    }
    this.reviewed.set(env, digest);
  }

  async apply(env: string): Promise<void> {
    await this.phase("apply", env, async () => {
      const dir = this.stackDir(env);
      try {
        const last = this.lastPlan.get(env);
        const reviewed = this.reviewed.get(env);
        if (reviewed !== undefined && reviewed !== this.planDigest(env)) {
          throw new PipelineError(`apply ${env}: the plan file is not the one reviewed (its digest changed since the review): nothing was applied`);
        }
        if (last && !last.changes) {
          this.deps.log(`apply ${env}: nothing to change`);
          return;
        }
        if (!existsSync(join(dir, PLAN_FILE)) && !last) throw new PipelineError(`${join(dir, PLAN_FILE)} does not exist: run the plan phase first`);
        await this.deps.terraform.apply(dir, PLAN_FILE);
        this.deps.log(`apply ${env}: applied${last ? ` (${describeCounts(last.counts)})` : ""}`);
      } finally {
        this.removePlanFiles(env);
        this.lastPlan.delete(env);
        this.reviewed.delete(env);
      }
    });
  }

  removePlanFiles(env: string): void {
    for (const f of [PLAN_FILE, PLAN_JSON]) rmSync(join(this.stackDir(env), f), { force: true });
  }

  private async outputs(env: string): Promise<Record<string, unknown>> {
    await this.ensureInit(env);
    const raw: TerraformOutputs = await this.deps.terraform.output(this.stackDir(env));
    const values: Record<string, unknown> = {};
    for (const [name, o] of Object.entries(raw)) {
      if ((o.sensitive || SECRET_OUTPUT.test(name)) && typeof o.value === "string" && o.value) this.deps.mask(o.value);
      values[name] = o.value;
    }
    return values;
  }

  /** True when it wrote a new certificate (the caller then synthesizes and applies again). */
  async cert(env: string): Promise<boolean> {
    return this.phase("cert", env, async () => {
      const outputs = await this.outputs(env);
      if (isOicNative(outputs)) return this.oicNativeCert(env, outputs);
      if (outputs[OUTPUTS.signingKeyId] === undefined && outputs[OUTPUTS.trustedClientId] === undefined) {
        this.deps.log(`cert ${env}: no identity propagation in this environment; nothing to do`);
        return false;
      }
      const { inputs, missing } = certInputsFromOutputs(outputs);
      if (!inputs) throw new PipelineError(`cert ${env}: the stack outputs lack ${missing.join(", ")}; apply the stack first`);
      const paths = certificatePaths(this.settings.certsDir, env);
      const sidecar = existsSync(paths.pem) ? readSidecar(paths.sidecar) : undefined;
      const decision = decideCertificate({ sidecar }, inputs.keyVersionId, this.deps.now(), this.settings.renewWithinDays ?? DEFAULT_RENEW_WITHIN_DAYS);
      if (decision.action === "keep") {
        this.deps.log(`cert ${env}: keep: ${decision.reason}`);
        return false;
      }
      this.deps.log(`cert ${env}: new certificate: ${decision.reason}`);
      const cert = await this.deps.issueCertificate(inputs);
      const { previousAlias } = writeCertificateFiles(paths, cert);
      this.deps.log(`cert ${env}: wrote ${paths.pem} (alias ${cert.sidecar.alias}, valid until ${cert.sidecar.notAfter})${previousAlias ? `; kept ${previousAlias} as the previous certificate` : ""}`);
      return true;
    });
  }

  /** oic-native: a key pair made here, its private half uploaded to OIC's store, the certificate to certs/ (tools/cert/oic-native). */
  private async oicNativeCert(env: string, outputs: Record<string, unknown>): Promise<boolean> {
    const api = this.deps.oicApi ? await this.deps.oicApi(env, outputs) : { fetch: globalThis.fetch, close: async () => undefined };
    try {
      return await oicNativeCertPhase({
        env,
        outputs,
        paths: certificatePaths(this.settings.certsDir, env),
        filesDir: join(dirname(this.settings.stacksDir), "oic-native", env),
        testUser: this.settings.smokeUser,
        renewWithinDays: this.settings.renewWithinDays,
        now: this.deps.now(),
        fetch: api.fetch,
        log: this.deps.log,
      });
    } finally {
      await api.close();
    }
  }

  /**
   * The certificate phase, then synth + plan + apply when it wrote a new
   * certificate; with `reviewed`, that plan passes the review gate too.
   */
  async certAndApply(env: string, options: { reviewed?: boolean } = {}): Promise<void> {
    if (await this.cert(env)) {
      await this.synth(env);
      await this.plan(env);
      if (options.reviewed) await this.reviewGate(env);
      await this.apply(env);
    }
  }

  /** Plan + review gate + apply under the deploy lock (the `apply` phase run on its own). */
  async lockedApply(env: string): Promise<void> {
    await this.locked(env, async () => {
      // Always a fresh plan: a plan file left by another process was not reviewed by this one.
      await this.plan(env);
      await this.reviewGate(env);
      await this.apply(env);
    });
  }

  /** The certificate phase run on its own, under the deploy lock. */
  async lockedCert(env: string): Promise<void> {
    await this.locked(env, () => this.certAndApply(env, { reviewed: true }));
  }

  async smoke(env: string, options: { justDeployed?: boolean } = {}): Promise<number> {
    return this.phase("smoke", env, async () => {
      const outputs = await this.outputs(env);
      mkdirSync(this.settings.workDir, { recursive: true, mode: 0o700 });
      const scratch = mkdtempSync(join(this.settings.workDir, `smoke-${env}-`));
      const outputsFile = join(scratch, `outputs-${env}.json`);
      const tokenStore = join(scratch, "refresh-token");
      try {
        writeFileSync(outputsFile, JSON.stringify({ [env]: outputs }), { mode: 0o600 });
        if (this.settings.refreshToken) {
          this.deps.mask(this.settings.refreshToken);
          writeFileSync(tokenStore, `${this.settings.refreshToken}\n`, { mode: 0o600 });
        }
        const args = [
          env,
          "--outputs",
          outputsFile,
          // An empty scratch path when no token is given: flow B is "not configured", never a login prompt.
          "--token-store",
          tokenStore,
          ...(this.settings.smokeUser ? ["--user", this.settings.smokeUser] : []),
          ...(options.justDeployed ? (this.settings.justDeployedSmokeArgs ?? []) : []),
          ...(this.settings.smokeArgs ?? []),
        ];
        this.deps.log(`smoke ${env}: flow A; flow B ${this.settings.refreshToken ? "with the refresh token secret" : "not configured (no refresh token secret)"}; flow C ${this.settings.smokeUser ? `as ${this.settings.smokeUser}` : "not configured (no smoke.assertionUser)"}`);
        return await this.deps.smoke(args);
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    });
  }

  /**
   * A whole deploy of one environment. A first deploy ends with the
   * certificate imported (apply, cert, apply); a redeploy on a fresh runner
   * restores the certificate from the state first, so nothing is replaced.
   */
  async deploy(env: string): Promise<number> {
    await this.synth(env);
    await this.locked(env, async () => {
      if (await this.restoreCertificate(env)) await this.synth(env);
      await this.plan(env);
      await this.reviewGate(env);
      await this.apply(env);
      await this.certAndApply(env, { reviewed: true });
    });
    const status = await this.smoke(env, { justDeployed: true });
    this.deps.log(`deploy ${env}: ${status === 0 ? "done, smoke passed" : `smoke failed (exit ${status})`}`);
    return status;
  }
}

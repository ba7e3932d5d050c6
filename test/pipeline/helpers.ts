/**
 * A pipeline wired for tests: real synthesis of an environment into a
 * temporary "runner", a fake (or, later, the offline) TerraformCli, a local
 * certificate issuer instead of KMS, and recorders for log, masks and smoke.
 */
import type { KeyObject } from "node:crypto";
import { lendRsaKey } from "../../sandbox/standins/key-pool";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLocalCertificate, LocalKeySigner } from "../../contract/local-signer";
import { certificateAlias } from "../../tools/cert/alias";
import type { CertInputs } from "../../tools/cert/cert-inputs";
import type { VaultCertificate } from "../../tools/cert/vault-certificate";
import type { EnvironmentConfig } from "../../lib/config/environment";
import { checkEnvironment, writeCheckedStack } from "../../tools/pipeline/check-config";
import { Pipeline, type PipelineDeps, type PipelineSettings } from "../../tools/pipeline/phases";
import type { TerraformCli } from "../../tools/terraform/cli";
import { synthesize } from "../../lib/synthesize";
import { dev } from "../../stacks/dev";

export interface Runner {
  readonly dir: string;
  readonly pipeline: Pipeline;
  readonly log: string[];
  readonly masks: string[];
  readonly smokeCalls: { args: readonly string[]; outputs: unknown; tokenStore?: string }[];
  readonly issued: CertInputs[];
  /** Reviews the deploy published (the job summary in CI), as Markdown. */
  readonly published: string[];
  cleanup(): void;
}

export interface RunnerOptions {
  readonly terraform: TerraformCli;
  readonly config: EnvironmentConfig;
  readonly now?: () => Date;
  readonly smokeStatus?: number;
  readonly settings?: Partial<PipelineSettings>;
  readonly lock?: PipelineDeps["lock"];
  /** Validity of the certificates the local issuer writes. @default 365 */
  readonly validityDays?: number;
  /** The review command (default: exit 0 without writing anything). */
  readonly review?: PipelineDeps["review"];
  /** The configuration to synthesize, asked at each synth (a later commit can change it). @default config */
  readonly currentConfig?: () => EnvironmentConfig;
  /** Runs after each synthesis with the stack directory (a backend override for real Terraform). */
  readonly afterSynth?: (stackDir: string) => void;
}

/** A fresh runner: empty checkout-like directory (no certs/, no cdktf.out/). */

/**
 * The Vault key version a certificate is issued over, as the real issuer
 * signs with the Vault's key: one RSA key per key version (from the
 * stand-ins' pool, never given back), the same key whenever the same version
 * issues again.
 */
const vaultKeys = new Map<string, KeyObject>();
function vaultKey(keyVersionId: string): KeyObject {
  let key = vaultKeys.get(keyVersionId);
  if (!key) vaultKeys.set(keyVersionId, (key = lendRsaKey().privateKey));
  return key;
}

export function freshRunner(o: RunnerOptions): Runner {
  const dir = mkdtempSync(join(tmpdir(), "pipeline-runner-"));
  const log: string[] = [];
  const masks: string[] = [];
  const smokeCalls: Runner["smokeCalls"] = [];
  const issued: CertInputs[] = [];
  const published: string[] = [];
  const outdir = join(dir, "cdktf.out");
  const pipeline = new Pipeline(
    {
      terraform: o.terraform,
      synth: async (env) => {
        if (env !== o.config.name) throw new Error(`unknown environment ${env}`);
        synthesize([o.currentConfig?.() ?? o.config], { only: [env], outdir, baseDir: dir });
        o.afterSynth?.(join(outdir, "stacks", env));
      },
      issueCertificate: async (inputs): Promise<VaultCertificate> => {
        issued.push(inputs);
        const alias = certificateAlias(inputs.trustedClientId, inputs.keyVersionId);
        const cert = await createLocalCertificate(new LocalKeySigner(vaultKey(inputs.keyVersionId), alias), { commonName: inputs.trustedClientId, validityDays: o.validityDays ?? 365, notBefore: o.now?.() });
        return {
          pem: cert.pem,
          sidecar: { alias, keyId: inputs.keyId, keyVersionId: inputs.keyVersionId, x5t: cert.x5t, notBefore: cert.notBefore.toISOString(), notAfter: cert.notAfter.toISOString() },
        };
      },
      smoke: async (args) => {
        const outputsFile = args[args.indexOf("--outputs") + 1]!;
        const tokenStore = args[args.indexOf("--token-store") + 1]!;
        smokeCalls.push({
          args,
          outputs: JSON.parse(readFileSync(outputsFile, "utf8")),
          tokenStore: existsSync(tokenStore) ? readFileSync(tokenStore, "utf8") : undefined,
        });
        return o.smokeStatus ?? 0;
      },
      review: o.review ?? (async () => 0),
      publishReview: (_env, file) => published.push(readFileSync(file, "utf8")),
      log: (l) => log.push(l),
      mask: (s) => masks.push(s),
      now: o.now ?? (() => new Date()),
      lock: o.lock,
    },
    {
      stacksDir: join(outdir, "stacks"),
      certsDir: join(dir, "certs"),
      workDir: join(dir, "work"),
      smokeUser: o.config.smoke.assertionUser,
      ...o.settings,
    },
  );
  mkdirSync(join(dir, "work"), { recursive: true });
  return { dir, pipeline, log, masks, smokeCalls, issued, published, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** dev with a smoke user for flow C: the environment the pipeline rehearsals deploy. */
export const REHEARSED: EnvironmentConfig = { ...dev, smoke: { ...dev.smoke, assertionUser: "integration.tester@example.com" } };

/**
 * The pull request's two jobs up to the plan: the unprivileged one
 * synthesizes the branch and hands on only cdktf.out/; the privileged one
 * synthesizes the base branch (which backend and provider to expect), runs
 * check-config over the artifact before anything else and plans the checked
 * copy it writes (`artifact` is that copy: Terraform never reads the
 * artifact's own bytes).
 */
export function pullRequestArtifact(config: EnvironmentConfig, tempDir: (prefix: string) => string): { artifact: string; base: string } {
  const env = config.name;
  const branch = tempDir("rehearsal-branch-");
  synthesize([config], { only: [env], outdir: join(branch, "cdktf.out"), baseDir: branch });
  const downloaded = tempDir("rehearsal-artifact-");
  cpSync(join(branch, "cdktf.out"), downloaded, { recursive: true });
  const base = tempDir("rehearsal-base-");
  synthesize([config], { only: [env], outdir: join(base, "base.out"), baseDir: base });
  const checked = checkEnvironment(downloaded, join(base, "base.out"), env);
  if (checked.violations.length > 0 || !checked.stack) throw new Error(`check-config refuses the artifact: ${JSON.stringify(checked.violations)}`);
  const artifact = join(tempDir("rehearsal-checked-"), "checked");
  writeCheckedStack(artifact, env, checked.stack);
  return { artifact, base };
}

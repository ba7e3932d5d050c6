#!/usr/bin/env node
/**
 * `npm run pipeline -- <phase> [<env>] [options]`: what every workflow step
 * runs (tools/pipeline/cli.ts). Real dependencies: Terraform on the PATH with
 * its output captured, synthesis by the bundled app, the certificate signed
 * by the Vault key, the smoke and review commands of this checkout.
 */
import { spawn } from "node:child_process";
import { appendFileSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createOciAuth, OCI_AUTH_KINDS, type OciAuthKind } from "../tools/cert/oci-auth";
import { createVaultCertificate } from "../tools/cert/vault-certificate";
import { UsageError } from "../lib/errors";
import { PipelineError } from "../tools/pipeline/phases";
import { runPipelineCli } from "../tools/pipeline/cli";
import { currentHolder, lockLocation, ociObjectStorageLockStore, withLock } from "../tools/pipeline/state-lock";
import { processTerraformCli } from "../tools/terraform/cli";
import { truncateComment } from "../tools/review/comment";
import { runReview } from "../tools/review/run";
import { ENVIRONMENTS } from "../stacks";
import { resourceManagerEngine } from "../lib/config/engine";
import { ResourceManagerEngine } from "../tools/pipeline/resource-manager/engine";
import { migrateToResourceManager } from "../tools/pipeline/resource-manager/migrate";
import { synthesize } from "../lib/synthesize";
import { ResourceManagerClient } from "oci-resourcemanager";
import { CodedError, ERROR_CODES } from "../contract/errors";

const projectDir = process.cwd();

function node(script: string, args: readonly string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(projectDir, script), ...args], { stdio: "inherit", env: { ...process.env, ...env } });
    child.on("error", reject);
    child.on("close", (code) => resolve(code ?? 1));
  });
}

const secretEnv = () => ["AWS_SECRET_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "OIC_ACCESS_REFRESH_TOKEN"].map((n) => process.env[n] ?? "").filter(Boolean);

const ociAuth = () => {
  const kind = (process.env.OIC_ACCESS_OCI_AUTH ?? "config-file") as OciAuthKind;
  if (!OCI_AUTH_KINDS.includes(kind)) throw new CodedError(ERROR_CODES.usage, `OIC_ACCESS_OCI_AUTH must be one of ${OCI_AUTH_KINDS.join(", ")}`);
  return createOciAuth({ kind });
};

/** The environment's engine: Terraform on this machine, or its Resource Manager stack (progress on stderr). */
function engineFor(env: string) {
  const config = ENVIRONMENTS.find((e) => e.name === env);
  const rm = config && resourceManagerEngine(config);
  if (!config || !rm) return processTerraformCli({ knownSecrets: secretEnv });
  return new ResourceManagerEngine({
    env,
    config: rm,
    progress: (l) => console.error(l),
    client: async () => {
      const client = new ResourceManagerClient({ authenticationDetailsProvider: await ociAuth() });
      client.regionId = config.region;
      return client;
    },
  });
}

const status = await runPipelineCli(process.argv.slice(2), {
  cwd: process.env.INIT_CWD ?? projectDir,
  env: process.env,
  out: (l) => console.log(l),
  err: (l) => console.error(l),
  smokeUser: (env) => {
    const config = ENVIRONMENTS.find((e) => e.name === env);
    if (!config) throw new UsageError(`unknown environment ${env}; known: ${ENVIRONMENTS.map((e) => e.name).join(", ")}`);
    return config.smoke.assertionUser;
  },
  migrate: async (env, { stacksDir, workDir }) => {
    const config = ENVIRONMENTS.find((e) => e.name === env);
    if (!config || !resourceManagerEngine(config)) throw new CodedError(ERROR_CODES.usage, `${env} does not name engine { type: "resource-manager", compartmentId } in stacks/${env}.ts: set it (keep backend as it is: the state is read from there), then migrate`);
    // The CLI engine's configuration (with its backend) beside the Resource Manager one.
    const cliOut = join(workDir, "migrate-cli");
    synthesize([{ ...config, engine: "terraform-cli" }], { only: [env], outdir: cliOut, baseDir: projectDir });
    synthesize([config], { only: [env], outdir: dirname(stacksDir), baseDir: projectDir });
    await migrateToResourceManager({ env, cli: processTerraformCli({ knownSecrets: secretEnv }), cliStackDir: join(cliOut, "stacks", env), rm: engineFor(env) as ResourceManagerEngine, rmStackDir: join(stacksDir, env), log: (l) => console.log(l) });
  },
  deps: ({ stacksDir, env: name }) => ({
    terraform: engineFor(name),
    synth: async (env) => {
      const code = await node("dist/main.js", [], { OIC_ACCESS_ONLY: env, CDKTF_OUTDIR: dirname(stacksDir) });
      if (code !== 0) throw new PipelineError(`synthesis of ${env} failed (exit ${code})`);
    },
    issueCertificate: async (inputs) => createVaultCertificate(inputs, await ociAuth(), { validityDays: 365 }),
    smoke: (args) => node("dist/cli/smoke.js", args),
    review: async (args) =>
      runReview(args, {
        cwd: projectDir,
        projectDir,
        stdout: (t) => process.stdout.write(t),
        stderr: (t) => process.stderr.write(t),
      }),
    log: (l) => console.log(l),
    // GitHub hides a value from every later log line once it is registered; elsewhere nothing prints it anyway.
    mask: (secret) => {
      if (process.env.GITHUB_ACTIONS === "true") for (const line of secret.split(/\r?\n/)) if (line.trim()) process.stdout.write(`::add-mask::${line}\n`);
    },
    now: () => new Date(),
    // The deploy's review of its own plan, where reviewers read it: the job summary (GitHub's limit is 1 MiB per step).
    publishReview: (_env, file) => {
      if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${truncateComment(readFileSync(file, "utf8"), 900_000)}\n`);
    },
    // Resource Manager serialises jobs on the stack itself: no lock object of ours on that path.
    lock: async (env, stackDir, body) => {
      if (resourceManagerEngine(ENVIRONMENTS.find((e) => e.name === env) ?? { name: env })) return body();
      const stack = JSON.parse(readFileSync(join(stackDir, "cdk.tf.json"), "utf8")) as { terraform?: { backend?: unknown } };
      const where = lockLocation(stack.terraform?.backend);
      if (!where) {
        console.log(`lock ${env}: local state, no deploy lock (laptop use only)`);
        return body();
      }
      const store = ociObjectStorageLockStore({ ...where, auth: await createOciAuth({ kind: (process.env.OIC_ACCESS_OCI_AUTH ?? "config-file") as OciAuthKind }) });
      console.log(`lock ${env}: holding ${where.bucket}/${where.name}`);
      return withLock(store, where.name, currentHolder(process.env, new Date()), body);
    },
  }),
});
process.exitCode = status;

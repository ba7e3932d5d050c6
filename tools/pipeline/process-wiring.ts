/**
 * The pipeline's real dependencies (what cli/pipeline.ts hands to
 * runPipelineCli): Terraform on the PATH with its output captured, or the
 * environment's Resource Manager stack; synthesis by the bundled app; the
 * certificate signed by the Vault key; the smoke command and the review of
 * this checkout; the deploy lock; GitHub's masking and job summary. The
 * environments come in as a parameter: only cli/ imports stacks/.
 */
import { spawn } from "node:child_process";
import { appendFileSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ResourceManagerClient } from "oci-resourcemanager";
import { CodedError, ERROR_CODES } from "../../contract/errors";
import { resourceManagerEngine } from "../../lib/config/engine";
import type { EnvironmentConfig } from "../../lib/config/environment";
import { UsageError } from "../../lib/errors";
import { synthesize } from "../../lib/synthesize";
import { createOciAuth, OCI_AUTH_KINDS, type OciAuthKind } from "../cert/oci-auth";
import { createVaultCertificate } from "../cert/vault-certificate";
import type { CommandIO } from "../command/run-command";
import { truncateComment } from "../review/comment";
import { runReview } from "../review/run";
import { processTerraformCli } from "../terraform/cli";
import { runPipelineCli, type PipelineCliIo } from "./cli";
import { PipelineError } from "./phases";
import { ResourceManagerEngine } from "./resource-manager/engine";
import { migrateToResourceManager } from "./resource-manager/migrate";
import { currentHolder, lockLocation, ociObjectStorageLockStore, withLock } from "./state-lock";

/** `npm run pipeline`'s body for runCommand: the phases with this process's dependencies. */
export function pipelineCommand(argv: readonly string[], io: CommandIO, environments: readonly EnvironmentConfig[]): Promise<number> {
  return runPipelineCli(argv, processPipelineIo(io, environments));
}

export function processPipelineIo(io: CommandIO, environments: readonly EnvironmentConfig[]): PipelineCliIo {
  const projectDir = io.projectDir;
  const find = (env: string) => environments.find((e) => e.name === env);

  /** Runs one of this checkout's built scripts with the same node; resolves to its exit status. */
  const node = (script: string, args: readonly string[], env: Record<string, string> = {}): Promise<number> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [join(projectDir, script), ...args], { stdio: "inherit", env: { ...io.env, ...env } });
      child.on("error", reject);
      child.on("close", (code) => resolve(code ?? 1));
    });

  const secretEnv = () => ["AWS_SECRET_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "OIC_ACCESS_REFRESH_TOKEN"].map((n) => io.env[n] ?? "").filter(Boolean);

  const ociAuth = () => {
    const kind = (io.env.OIC_ACCESS_OCI_AUTH ?? "config-file") as OciAuthKind;
    if (!OCI_AUTH_KINDS.includes(kind)) throw new CodedError(ERROR_CODES.usage, `OIC_ACCESS_OCI_AUTH must be one of ${OCI_AUTH_KINDS.join(", ")}`);
    return createOciAuth({ kind });
  };

  /** The environment's engine: Terraform on this machine, or its Resource Manager stack (progress on stderr). */
  const engineFor = (env: string) => {
    const config = find(env);
    const rm = config && resourceManagerEngine(config);
    if (!config || !rm) return processTerraformCli({ knownSecrets: secretEnv });
    return new ResourceManagerEngine({
      env,
      config: rm,
      progress: io.err,
      client: async () => {
        const client = new ResourceManagerClient({ authenticationDetailsProvider: await ociAuth() });
        client.regionId = config.region;
        return client;
      },
    });
  };

  return {
    cwd: io.cwd,
    env: io.env,
    out: io.out,
    err: io.err,
    smokeUser: (env) => {
      const config = find(env);
      if (!config) throw new UsageError(`unknown environment ${env}; known: ${environments.map((e) => e.name).join(", ")}`);
      return config.smoke.assertionUser;
    },
    migrate: async (env, { stacksDir, workDir }) => {
      const config = find(env);
      if (!config || !resourceManagerEngine(config)) throw new UsageError(`${env} does not name engine { type: "resource-manager", compartmentId } in stacks/${env}.ts: set it (keep backend as it is: the state is read from there), then migrate`);
      // The CLI engine's configuration (with its backend) beside the Resource Manager one.
      const cliOut = join(workDir, "migrate-cli");
      synthesize([{ ...config, engine: "terraform-cli" }], { only: [env], outdir: cliOut, baseDir: projectDir });
      synthesize([config], { only: [env], outdir: dirname(stacksDir), baseDir: projectDir });
      await migrateToResourceManager({ env, cli: processTerraformCli({ knownSecrets: secretEnv }), cliStackDir: join(cliOut, "stacks", env), rm: engineFor(env) as ResourceManagerEngine, rmStackDir: join(stacksDir, env), log: io.out });
    },
    deps: ({ stacksDir, env: name }) => ({
      terraform: engineFor(name),
      synth: async (env) => {
        const code = await node("dist/main.js", [], { OIC_ACCESS_ONLY: env, CDKTF_OUTDIR: dirname(stacksDir) });
        if (code !== 0) throw new PipelineError(`synthesis of ${env} failed (exit ${code})`);
      },
      issueCertificate: async (inputs) => createVaultCertificate(inputs, await ociAuth(), { validityDays: 365 }),
      smoke: (args) => node("dist/cli/smoke.js", args),
      review: async (args) => runReview(args, { cwd: projectDir, projectDir, stdout: io.write, stderr: io.writeErr }),
      log: io.out,
      // GitHub hides a value from every later log line once it is registered; elsewhere nothing prints it anyway.
      mask: (secret) => {
        if (io.env.GITHUB_ACTIONS === "true") for (const line of secret.split(/\r?\n/)) if (line.trim()) io.write(`::add-mask::${line}\n`);
      },
      now: () => new Date(),
      // The deploy's review of its own plan, where reviewers read it: the job summary (GitHub's limit is 1 MiB per step).
      publishReview: (_env, file) => {
        if (io.env.GITHUB_STEP_SUMMARY) appendFileSync(io.env.GITHUB_STEP_SUMMARY, `${truncateComment(readFileSync(file, "utf8"), 900_000)}\n`);
      },
      // Resource Manager serialises jobs on the stack itself: no lock object of ours on that path.
      lock: async (env, stackDir, body) => {
        if (resourceManagerEngine(find(env) ?? { name: env })) return body();
        const stack = JSON.parse(readFileSync(join(stackDir, "cdk.tf.json"), "utf8")) as { terraform?: { backend?: unknown } };
        const where = lockLocation(stack.terraform?.backend);
        if (!where) {
          io.out(`lock ${env}: local state, no deploy lock (laptop use only)`);
          return body();
        }
        const store = ociObjectStorageLockStore({ ...where, auth: await createOciAuth({ kind: (io.env.OIC_ACCESS_OCI_AUTH ?? "config-file") as OciAuthKind }) });
        io.out(`lock ${env}: holding ${where.bucket}/${where.name}`);
        return withLock(store, where.name, currentHolder(io.env, new Date()), body);
      },
    }),
  };
}

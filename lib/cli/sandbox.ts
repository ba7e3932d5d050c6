/**
 * `npm run sandbox [-- <env>]`: the whole smoke test offline, no cloud
 * account. Synthesizes the environment (node dist/main.js with
 * OIC_ACCESS_ONLY=<env>), configures the identity-domain, OIC and Fusion
 * stand-ins from what the stack declares, writes a sandbox outputs file,
 * runs flows A, B (scripted login) and C with the real smoke code, prints
 * the report and stops everything. With `--terraform`, the stack first goes
 * through terraform init/validate/plan/apply with the offline OCI provider
 * (lib/standins/offline-provider; needs terraform on PATH).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readStackModel } from "../synth/read-stack";
import { applyOffline } from "../terraform/offline-apply";
import { startSandbox } from "../standins/sandbox-env";
import { scriptedBrowser } from "../standins/scripted-login";
import { defaultDeps } from "../smoke/context";
import { parseSmokeArgs } from "../smoke/options";
import { runSmoke } from "../smoke/run";

async function main(): Promise<number> {
  const env = process.argv[2] && !process.argv[2].startsWith("--") ? process.argv[2] : "dev";
  const work = mkdtempSync(join(tmpdir(), "oic-access-sandbox-"));
  try {
    const outdir = join(work, "cdktf.out");
    console.log(`sandbox ${env}: synthesizing (OIC_ACCESS_ONLY=${env})`);
    const synth = spawnSync(process.execPath, ["dist/main.js"], { env: { ...process.env, OIC_ACCESS_ONLY: env, CDKTF_OUTDIR: outdir }, stdio: ["ignore", "inherit", "inherit"] });
    if (synth.status !== 0) {
      console.error(`sandbox: synthesis of "${env}" failed (exit ${synth.status}); run npm run synth to see why`);
      return 2;
    }
    if (process.argv.includes("--terraform")) {
      const tf = await applyOffline(join(outdir, "stacks", env, "cdk.tf.json"), join(work, "terraform"));
      if (tf.invalid) {
        console.error(`sandbox ${env}: terraform validate failed:\n  ${tf.invalid.join("\n  ")}`);
        return 2;
      }
      console.log(`sandbox ${env}: terraform with the offline OCI provider: ${tf.created} resources created (validate ${Math.round(tf.ms.validate)} ms, plan ${Math.round(tf.ms.plan)} ms, apply ${Math.round(tf.ms.apply)} ms)`);
    }
    const model = readStackModel(join(outdir, "stacks", env));
    const sb = await startSandbox(model);
    // Ctrl-C must not leave the trusted app's private key behind.
    const interrupted = () => void sb.close().finally(() => {
      rmSync(work, { recursive: true, force: true });
      process.exit(130);
    });
    process.once("SIGINT", interrupted);
    process.once("SIGTERM", interrupted);
    try {
      const domains = sb.twoDomains ? `identity domains OIC ${sb.domain.url}, Fusion ${sb.fusionDomain.url} (trusted app)` : `identity domain ${sb.domain.url}`;
      console.log(`sandbox ${env}: stand-ins up: ${domains}, OIC ${sb.oic.url}, Fusion ${sb.fusion.url}`);
      console.log(`  ${model.apps.length} apps, ${model.grants.length} grants from the stack; login user ${sb.loginUser}`);
      for (const n of sb.notes) console.log(`  note: ${n}`);
      const outputs = join(work, `outputs-${env}.json`);
      sb.writeOutputsFile(outputs);
      const args = [env, "--outputs", outputs, "--token-store", join(work, "refresh-token"), "--user", sb.loginUser, "--propagation-wait", "5"];
      if (sb.assertionKeyPath) args.push("--assertion-key", sb.assertionKeyPath);
      for (const [from, to] of Object.entries(sb.connectTo)) args.push("--connect-to", `${from}=${to}`);
      const json = process.argv.indexOf("--json");
      const deps = defaultDeps();
      const hooks = { openBrowser: scriptedBrowser(sb.loginUser) };
      const login = await runSmoke(parseSmokeArgs([...args, "login"]), deps, hooks);
      const run = await runSmoke(parseSmokeArgs([...args, ...(json > 0 ? ["--json", process.argv[json + 1]] : [])]), deps, hooks);
      return login.exitCode || run.exitCode;
    } finally {
      process.off("SIGINT", interrupted);
      process.off("SIGTERM", interrupted);
      await sb.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? `sandbox: ${err.message}` : err);
    process.exit(1);
  },
);

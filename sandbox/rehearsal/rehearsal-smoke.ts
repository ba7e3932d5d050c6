/**
 * The rehearsal's smoke phase: what `npm run smoke` does after a deploy,
 * against the stand-in cloud seeded from this very state and outputs. A
 * scripted login first stores a refresh token where the pipeline's
 * OIC_ACCESS_REFRESH_TOKEN secret would put it, so flow B runs too.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { readDeployedOutputs } from "../../contract/deployed-outputs";
import { OUTPUTS } from "../../contract/outputs";
import type { TerraformCli } from "../../tools/terraform/cli";
import { defaultDeps } from "../../tools/smoke/context";
import { parseSmokeArgs } from "../../tools/smoke/options";
import { runSmoke, type SmokeOutcome } from "../../tools/smoke/run";
import type { OicDesignStore } from "../standins/oic-design";
import type { KmsStandin } from "../standins/kms";
import { scriptedBrowser } from "../standins/scripted-login";
import type { ThrowawayOciConfig } from "./oci-credentials";
import { seedFromTerraform } from "../cloud/seed-from-terraform";
import { startCloud, type Cloud } from "../cloud/start-cloud";
import { CodedError, ERROR_CODES } from "../../contract/errors";

export interface RehearsalSmokeOptions {
  /** The arguments the pipeline's smoke phase built: `<env> --outputs <file> --token-store <file> [--user <u>] ...`. */
  readonly args: readonly string[];
  readonly terraform: TerraformCli;
  readonly stackDir: string;
  readonly kms?: KmsStandin;
  readonly functionBundle: string;
  readonly ociConfig: ThrowawayOciConfig;
  /** Users federated into both domains (the smoke's assertion user). */
  readonly users: readonly string[];
  readonly log: (line: string) => void;
  readonly jsonReport?: string;
  /** Runs after the smoke, while the stand-ins still listen (tests probe them, and may run the smoke again). */
  readonly afterSmoke?: (cloud: Cloud, smokeAgain: () => Promise<SmokeOutcome>) => Promise<void>;
  /** oic-native: OIC's certificate store and connections, as the cert phase left them. */
  readonly oicDesign?: OicDesignStore;
}

function argValue(args: readonly string[], name: string): string {
  const i = args.indexOf(name);
  if (i < 0 || !args[i + 1]) throw new CodedError(ERROR_CODES.rehearsal, `the pipeline's smoke arguments lack ${name}`);
  return args[i + 1]!;
}

/**
 * The login's arguments: the login alone reads an outputs copy naming first
 * the loopback redirect URI the stand-in added on a free port (the login
 * listens on the first loopback one), so two rehearsals at once do not both
 * listen on the port a stack declares; in a pipeline the refresh token comes
 * from a secret obtained elsewhere.
 */
function loginArgs(args: readonly string[], env: string, outputs: Record<string, unknown>, added: string | undefined): string[] {
  if (!added) return [...args];
  const file = `${argValue(args, "--outputs")}.login.json`;
  const uris = [added, ...(readDeployedOutputs(outputs).authCode?.redirectUris ?? [])];
  writeFileSync(file, JSON.stringify({ [env]: { ...outputs, [OUTPUTS.authCodeRedirectUris]: uris } }), { mode: 0o600 });
  const copy = [...args];
  copy[copy.indexOf("--outputs") + 1] = file;
  return copy;
}

export async function rehearsalSmoke(o: RehearsalSmokeOptions): Promise<number> {
  const env = o.args[0]!;
  const outputs = (JSON.parse(readFileSync(argValue(o.args, "--outputs"), "utf8")) as Record<string, Record<string, unknown>>)[env] ?? {};
  const state = await o.terraform.show(o.stackDir);
  const cloud = await startCloud(seedFromTerraform(state, outputs, { env, users: o.users }), { kms: o.kms, functionBundle: o.functionBundle, oicDesign: o.oicDesign });
  try {
    const apps = [...new Set([cloud.state, cloud.fusionState])].reduce((n, s) => n + s.apps.size, 0);
    o.log(`[rehearsal] stand-ins seeded from the Terraform state: ${apps} apps, ${cloud.state.grants.length} grants; login user ${cloud.loginUser}`);
    for (const note of cloud.notes) o.log(`[rehearsal] note: ${note}`);
    const extra = [
      ...Object.entries(cloud.connectTo).flatMap(([from, to]) => ["--connect-to", `${from}=${to}`]),
      "--oci-config",
      o.ociConfig.file,
      "--oci-profile",
      o.ociConfig.profile,
      // Stand-ins need no propagation time: a failure shows at once.
      "--propagation-wait",
      "5",
    ];
    const deps = defaultDeps({ log: o.log });
    const hooks = { openBrowser: scriptedBrowser(cloud.loginUser, 20, cloud.connectTo), vars: {} };
    o.log(`[rehearsal] flow B: a scripted login as ${cloud.loginUser} stores the refresh token the pipeline takes from its secret`);
    const login = await runSmoke(parseSmokeArgs([...loginArgs(o.args, env, outputs, cloud.addedRedirectUri), ...extra, "login"], {}), deps, hooks);
    if (login.exitCode !== 0) return login.exitCode;
    const run = await runSmoke(parseSmokeArgs([...o.args, ...extra, ...(o.jsonReport ? ["--json", o.jsonReport] : [])], {}), deps, hooks);
    await o.afterSmoke?.(cloud, () => runSmoke(parseSmokeArgs([...o.args, ...extra], {}), deps, hooks));
    return run.exitCode;
  } finally {
    await cloud.close();
  }
}

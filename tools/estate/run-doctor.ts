/**
 * `npm run doctor -- <env>`: a read-only audit of the live identity
 * domain(s) against the deployed outputs (the file the smoke test reads),
 * certs/<env>.json and, with --state, the Terraform state. One line per
 * check; a finding says its cause and its fix. Exit status: 0 only when no
 * check failed (with --strict: and none warned), 1 otherwise, 2 for a usage
 * mistake. Nothing secret is read into the report: the outputs' secrets are
 * never looked at, and apps are read without their client secret.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { readSidecar } from "../cert/certificate-files";
import { defaultOutputsPath, OutputsFileError, readDeployedOutputs, readOutputsFile, type DeployedOutputs } from "../../contract/deployed-outputs";
import { findEnvironment, openReaders, type EstateDeps } from "./context";
import { clientChecks, oicChecks, principalChecks, type DoctorContext } from "./doctor-checks";
import { checkLines, verdictLine, type CheckResult, type DoctorReport } from "./doctor-report";
import { trustedChecks } from "./doctor-trusted";
import { oicNativeChecks } from "./doctor-oic-native";
import { driftChecks, readStateResources } from "./drift";
import { readEstate } from "./estate";
import { UsageError } from "../../lib/errors";
import { doctorResourceManagerDrift } from "./resource-manager-drift";
import { AUTH_USAGE, parseEstateArgs } from "./options";

export const DOCTOR_USAGE = `usage: npm run doctor -- <env> [options]

Audits the environment's live identity domain(s), read-only: each client app
active with exactly OIC's scope and ServiceInvoker, auth-code users and groups
granted, token refresh on OIC's app, the trusted app in Fusion's domain with
the Function's certificate alias, certificate expiry, and drift from the state
(on a Resource Manager environment also Resource Manager's drift detection).
oic-native environments: the signing key in OIC's certificate store agrees with
the alias on the trusted app (needs OIC_ACCESS_OIC_ADMIN_CLIENT_SECRET).

options:
  --outputs <file>              stack outputs file (default cdktf.out/outputs-<env>.json)
  --state <file>                terraform show -json output, or the state file, to check for drift
  --certs-dir <dir>             where npm run cert wrote certs/<env>.json (default certs)
  --strict                      exit 1 on warnings too (a certificate expiring within 30 days)
  --report <file>               also write the JSON report to a file
${AUTH_USAGE}`;

function outputsOf(path: string, env: string): DeployedOutputs {
  try {
    return readDeployedOutputs(readOutputsFile(path, env)!);
  } catch (err) {
    throw err instanceof OutputsFileError ? new UsageError(err.message) : err;
  }
}

async function allChecks(c: DoctorContext, statePath: string | undefined, deps: EstateDeps): Promise<CheckResult[]> {
  const checks = [...oicChecks(c), ...(await clientChecks(c)), ...(await principalChecks(c)), ...(await trustedChecks(c))];
  checks.push(...(await oicNativeChecks(c, { vars: deps.vars ?? process.env, fetch: deps.fetch })));
  if (statePath) checks.push(...(await driftChecks(readStateResources(statePath), [c.oic, c.fusion], c.config.name)));
  return checks;
}

export async function runDoctor(argv: readonly string[], deps: EstateDeps): Promise<number> {
  const out = deps.out ?? ((l: string) => console.log(l));
  const extra = { outputs: { type: "string" }, state: { type: "string" }, "certs-dir": { type: "string" }, strict: { type: "boolean" }, report: { type: "string" } } as const;
  const o = parseEstateArgs(argv, extra, "doctor");
  if (!o) {
    out(DOCTOR_USAGE);
    return 0;
  }
  const cwd = deps.cwd ?? process.cwd();
  const config = findEnvironment(deps.environments, o.env);
  const deployed = outputsOf(resolve(cwd, String(o.values.outputs ?? defaultOutputsPath(o.env))), o.env);
  const statePath = o.values.state ? resolve(cwd, String(o.values.state)) : undefined;
  if (statePath) readStateResources(statePath); // a bad --state is a usage error before any request
  const readers = await openReaders(config, o, deps);
  try {
    const oicAppId = o.oicAppId ?? deployed.oic.appId ?? ("appId" in config.oic ? config.oic.appId : undefined);
    const estate = await readEstate({ oicDomain: readers.oic, fusionDomain: readers.fusion, oicAppId, fusionAudience: config.fusion?.audience, progress: deps.progress });
    const sidecar = readSidecar(resolve(cwd, String(o.values["certs-dir"] ?? "certs"), `${o.env}.json`));
    const now = (deps.now ?? (() => new Date()))();
    const checks = await allChecks({ config, deployed, sidecar, estate, oic: readers.oic, fusion: readers.fusion, now }, statePath, deps);
    // A Resource Manager environment: Resource Manager's own drift detection on its stack.
    checks.push(...(await doctorResourceManagerDrift(config, o, deps)));
    const failed = checks.some((c) => c.status === "fail") || (o.values.strict === true && checks.some((c) => c.status === "warn"));
    const report: DoctorReport = { env: o.env, ok: !failed, checkedAt: now.toISOString(), domains: { oic: readers.oic.url, fusion: readers.fusion.url }, checks };
    if (o.values.report) writeFileSync(resolve(cwd, String(o.values.report)), `${JSON.stringify(report, null, 2)}\n`);
    if (o.json) out(JSON.stringify(report, null, 2));
    else [`doctor ${o.env}: OIC's domain ${report.domains.oic}${estate.separateFusionDomain ? `, Fusion's ${report.domains.fusion}` : ""}`, ...checks.flatMap(checkLines), verdictLine(report)].forEach((l) => out(l));
    return failed ? 1 : 0;
  } finally {
    readers.close();
  }
}

/**
 * `npm run cert -- <env>` when the outputs say `assertion_mode` =
 * "oic-native": the key pair is made here, its private half uploaded to
 * OIC's certificate store and wiped, the certificate written to certs/ for
 * the trusted app, the connection's JWT files to cdktf.out/oic-native/<env>/,
 * and the connection settings printed. `--retire-previous` ends a rotation.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { OIC_NATIVE_OUTPUTS } from "../../../contract/outputs";
import { certificatePaths, readSidecar } from "../certificate-files";
import { CertInputError } from "../cert-inputs";
import { DEFAULT_RENEW_WITHIN_DAYS } from "../decide";
import { connectionFilesDir } from "./connection-files";
import { decideOicNativeKey, handOverSigningKey, oicNativeInputsFromOutputs, retirePreviousKey } from "./hand-over";
import { OicApi } from "./oic-api";

/** Where the admin app's secret may come from when the outputs file has no sensitive values. */
export const ADMIN_SECRET_ENV = "OIC_ACCESS_OIC_ADMIN_CLIENT_SECRET";

export interface OicNativeCertRun {
  readonly env: string;
  readonly cwd: string;
  readonly outputs: Readonly<Record<string, unknown>>;
  readonly outDir: string;
  readonly days: number;
  readonly force: boolean;
  readonly retirePrevious: boolean;
  readonly testUser?: string;
  readonly vars: Readonly<Record<string, string | undefined>>;
  readonly now: Date;
  readonly fetch?: typeof fetch;
  readonly out: (line: string) => void;
}

export async function runOicNativeCert(r: OicNativeCertRun): Promise<number> {
  const secret = r.vars[ADMIN_SECRET_ENV]?.trim();
  const outputs = secret ? { ...r.outputs, [OIC_NATIVE_OUTPUTS.oicNativeAdminClientSecret]: secret } : r.outputs;
  const { inputs, missing } = oicNativeInputsFromOutputs(outputs);
  if (!inputs) {
    throw new CertInputError(`missing ${missing.join(", ")} in the outputs of ${r.env}; write them with: npx cdktf output ${r.env} --outputs-file cdktf.out/outputs-${r.env}.json --outputs-file-include-sensitive-outputs (or set ${ADMIN_SECRET_ENV})`);
  }
  const api = new OicApi({ baseUrl: inputs.apiUrl, serviceInstance: inputs.serviceInstance, tokenUrl: inputs.oicTokenUrl, clientId: inputs.adminClientId, clientSecret: inputs.adminClientSecret, oicScope: inputs.oicScope, fetch: r.fetch });
  const paths = certificatePaths(r.outDir, r.env);
  if (r.retirePrevious) {
    await retirePreviousKey({ api, paths, connectionId: inputs.connectionId, log: r.out });
    return 0;
  }
  const sidecar = existsSync(paths.pem) ? readSidecar(paths.sidecar) : undefined;
  const decision = decideOicNativeKey(sidecar, await api.signingKeys(), r.now, DEFAULT_RENEW_WITHIN_DAYS);
  if (decision.action === "keep" && !r.force) {
    r.out(`${decision.reason}; nothing to do. Use --force to rotate to a new key.`);
    return 0;
  }
  r.out(decision.action === "keep" ? "new signing key (--force)" : `new signing key: ${decision.reason}`);
  await handOverSigningKey({ inputs, api, paths, filesDir: connectionFilesDir(join(r.cwd, "cdktf.out"), r.env), testUser: r.testUser, validityDays: r.days, log: r.out });
  r.out(`next: npx cdktf deploy ${r.env} (imports the certificate into the trusted app), then apply the settings above to the connection and run npm run smoke -- ${r.env} --flows c.`);
  return 0;
}

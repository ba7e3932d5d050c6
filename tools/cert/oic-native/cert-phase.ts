/**
 * The pipeline's cert phase in an oic-native environment (called from
 * tools/pipeline/phases.ts): decide with OIC's certificate store, hand the new
 * key over when due. True when it wrote a new certificate (the caller then
 * synthesizes and applies again, which imports it into the trusted app).
 */
import { existsSync } from "node:fs";
import { readSidecar, type CertificatePaths } from "../../../contract/certificate-files";
import { DEFAULT_RENEW_WITHIN_DAYS } from "../decide";
import { decideOicNativeKey, handOverSigningKey, oicNativeInputsFromOutputs } from "./hand-over";
import { OicApi } from "./oic-api";
import { CodedError, ERROR_CODES } from "../../../contract/errors";

export interface OicNativeCertPhase {
  readonly env: string;
  readonly outputs: Readonly<Record<string, unknown>>;
  readonly paths: CertificatePaths;
  readonly filesDir: string;
  readonly testUser?: string;
  readonly renewWithinDays?: number;
  readonly now: Date;
  /** fetch for OIC's REST API and OIC's token endpoint. */
  readonly fetch: typeof fetch;
  readonly log: (line: string) => void;
}

export async function oicNativeCertPhase(p: OicNativeCertPhase): Promise<boolean> {
  const { inputs, missing } = oicNativeInputsFromOutputs(p.outputs);
  if (!inputs) throw new CodedError(ERROR_CODES.oicNative, `cert ${p.env}: the stack outputs lack ${missing.join(", ")}; apply the stack first`);
  const api = new OicApi({ baseUrl: inputs.apiUrl, serviceInstance: inputs.serviceInstance, tokenUrl: inputs.oicTokenUrl, clientId: inputs.adminClientId, clientSecret: inputs.adminClientSecret, oicScope: inputs.oicScope, fetch: p.fetch });
  const sidecar = existsSync(p.paths.pem) ? readSidecar(p.paths.sidecar) : undefined;
  const decision = decideOicNativeKey(sidecar, await api.signingKeys(), p.now, p.renewWithinDays ?? DEFAULT_RENEW_WITHIN_DAYS);
  if (decision.action === "keep") {
    p.log(`cert ${p.env}: keep: ${decision.reason}`);
    return false;
  }
  p.log(`cert ${p.env}: new signing key for OIC: ${decision.reason}`);
  await handOverSigningKey({ inputs, api, paths: p.paths, filesDir: p.filesDir, testUser: p.testUser, log: (l) => p.log(`cert ${p.env}: ${l}`) });
  return true;
}

/**
 * Whether an environment needs a new trusted-app certificate: the decision
 * shared by `npm run cert` and the pipeline's certificate phase, so that a
 * deploy re-run on a fresh runner does exactly what an operator would.
 */
import type { CertificateSidecar } from "../../contract/certificate-files";

/** Renewal is due when the certificate has less than this left. */
export const DEFAULT_RENEW_WITHIN_DAYS = 30;

export type CertificateDecision =
  | { readonly action: "keep"; readonly reason: string }
  | { readonly action: "issue"; readonly why: "none" | "expiring" | "other-key-version"; readonly reason: string };

export interface CurrentCertificate {
  /** The sidecar (`certs/<env>.json`), when both it and the PEM exist. */
  readonly sidecar?: Pick<CertificateSidecar, "alias" | "keyVersionId" | "notAfter">;
}

export function decideCertificate(
  current: CurrentCertificate,
  keyVersionId: string,
  now: Date,
  renewWithinDays: number = DEFAULT_RENEW_WITHIN_DAYS,
): CertificateDecision {
  const s = current.sidecar;
  if (!s) return { action: "issue", why: "none", reason: "no certificate yet" };
  if (s.keyVersionId !== keyVersionId) {
    return { action: "issue", why: "other-key-version", reason: `the certificate (alias ${s.alias}) is over key version ${s.keyVersionId || "(unknown)"}, the key's current version is ${keyVersionId}` };
  }
  const left = Date.parse(s.notAfter ?? "") - now.getTime();
  if (!Number.isFinite(left) || left <= renewWithinDays * 86_400_000) {
    return { action: "issue", why: "expiring", reason: `the certificate (alias ${s.alias}) expires ${s.notAfter}, within ${renewWithinDays} days` };
  }
  return { action: "keep", reason: `the certificate (alias ${s.alias}) is over the current key version and valid until ${s.notAfter}` };
}

/**
 * Writes `certs/<env>.pem` + `certs/<env>.json` (the file rules are in
 * contract/certificate-files.ts, shared with synthesis). When a new key
 * version replaces the certificate, the old pair is kept as
 * `certs/<env>.previous.{pem,json}` for the rotation window.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { type CertificatePaths, readSidecar } from "../../contract/certificate-files";
import type { VaultCertificate } from "./vault-certificate";

export { certificatePaths, readSidecar, type CertificatePaths } from "../../contract/certificate-files";

/** Writes the pair; returns the alias it kept as previous, if the key version changed. */
export function writeCertificateFiles(paths: CertificatePaths, cert: VaultCertificate): { previousAlias?: string } {
  mkdirSync(dirname(paths.pem), { recursive: true });
  const existing = readSidecar(paths.sidecar);
  let previousAlias: string | undefined;
  if (existing && existsSync(paths.pem) && existing.keyVersionId !== cert.sidecar.keyVersionId) {
    renameSync(paths.pem, paths.previousPem);
    renameSync(paths.sidecar, paths.previousSidecar);
    previousAlias = existing.alias;
  }
  writeFileSync(paths.pem, cert.pem);
  writeFileSync(paths.sidecar, `${JSON.stringify(cert.sidecar, null, 2)}\n`);
  return { previousAlias };
}

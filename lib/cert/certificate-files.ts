/**
 * `certs/<env>.pem` + `certs/<env>.json`: the contract the stacks read.
 * When a new key version replaces the certificate, the old pair is kept as
 * `certs/<env>.previous.{pem,json}` for the rotation window.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CertificateSidecarFile, VaultCertificate } from "./vault-certificate";

export interface CertificatePaths {
  pem: string;
  sidecar: string;
  previousPem: string;
  previousSidecar: string;
}

export function certificatePaths(dir: string, env: string): CertificatePaths {
  return {
    pem: join(dir, `${env}.pem`),
    sidecar: join(dir, `${env}.json`),
    previousPem: join(dir, `${env}.previous.pem`),
    previousSidecar: join(dir, `${env}.previous.json`),
  };
}

export function readSidecar(path: string): CertificateSidecarFile | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, "utf8")) as CertificateSidecarFile;
  } catch {
    return undefined;
  }
}

/** Writes the pair; returns the alias it kept as previous, if the key version changed. */
export function writeCertificateFiles(paths: CertificatePaths, cert: VaultCertificate): { previousAlias?: string } {
  mkdirSync(join(paths.pem, ".."), { recursive: true });
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

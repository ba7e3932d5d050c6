/**
 * The certificate files `npm run cert -- <env>` writes and synthesis reads:
 * `certs/<env>.pem` (the trusted app's certificate, public material only)
 * and `certs/<env>.json` beside it (the sidecar: alias, key version, x5t).
 * When a new key version replaces the certificate, the old pair is kept as
 * `certs/<env>.previous.{pem,json}` for the rotation window, so both stay on
 * the trusted app while the Function switches over.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** What the sidecar holds (`certs/<env>.json`). */
export interface CertificateSidecar {
  /** Alias of the certificate on the trusted app: the assertions' `kid`. */
  readonly alias: string;
  readonly keyId?: string;
  /** The Vault key version the certificate was made over; the Function signs with it. */
  readonly keyVersionId?: string;
  /** base64url SHA-1 of the DER. */
  readonly x5t?: string;
  readonly notBefore?: string;
  readonly notAfter?: string;
}

export interface CertificateFile {
  readonly pem: string;
  readonly sidecar?: CertificateSidecar;
}

/** The current certificate and, during a rotation, the previous one. */
export interface CertificateFiles {
  readonly current: CertificateFile;
  readonly previous?: CertificateFile;
}

export interface CertificatePaths {
  readonly pem: string;
  readonly sidecar: string;
  readonly previousPem: string;
  readonly previousSidecar: string;
}

/** The sidecar beside a PEM: `x.pem` -> `x.json`. */
export function sidecarPathOf(pemPath: string): string {
  return pemPath.replace(/\.pem$/, ".json");
}

/** The previous certificate kept beside a PEM: `x.pem` -> `x.previous.pem`. */
export function previousPemPathOf(pemPath: string): string {
  return pemPath.replace(/\.pem$/, ".previous.pem");
}

/** The four files of one PEM path (`certs/<env>.pem`). */
export function certificatePathsOf(pemPath: string): CertificatePaths {
  const previousPem = previousPemPathOf(pemPath);
  return { pem: pemPath, sidecar: sidecarPathOf(pemPath), previousPem, previousSidecar: sidecarPathOf(previousPem) };
}

/** The files of an environment in a directory: `<dir>/<env>.pem` and the rest. */
export function certificatePaths(dir: string, env: string): CertificatePaths {
  return certificatePathsOf(join(dir, `${env}.pem`));
}

/** A sidecar, or undefined when it is missing or not JSON. */
export function readSidecar(path: string): CertificateSidecar | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, "utf8")) as CertificateSidecar;
  } catch {
    return undefined;
  }
}

function readPair(pemPath: string): CertificateFile | undefined {
  if (!existsSync(pemPath)) return undefined;
  return { pem: readFileSync(pemPath, "utf8"), sidecar: readSidecar(sidecarPathOf(pemPath)) };
}

/** Reads the certificate at `pemPath` and its previous one; undefined when the file is not there yet. */
export function readCertificateFiles(pemPath: string): CertificateFiles | undefined {
  const current = readPair(pemPath);
  if (!current) return undefined;
  return { current, previous: readPair(previousPemPathOf(pemPath)) };
}

import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

/** What `npm run cert -- <env>` writes beside the PEM (`certs/<env>.json`). */
export interface CertificateSidecar {
  readonly alias: string;
  readonly keyId?: string;
  readonly keyVersionId?: string;
  readonly x5t?: string;
  readonly notBefore?: string;
  readonly notAfter?: string;
}

export interface CertificateFile {
  readonly pem: string;
  readonly sidecar?: CertificateSidecar;
}

function readPair(pemPath: string): CertificateFile | undefined {
  if (!existsSync(pemPath)) return undefined;
  const pem = readFileSync(pemPath, "utf8");
  const sidecarPath = pemPath.replace(/\.pem$/, ".json");
  const sidecar = existsSync(sidecarPath) ? (JSON.parse(readFileSync(sidecarPath, "utf8")) as CertificateSidecar) : undefined;
  return { pem, sidecar };
}

/**
 * Reads the trusted app's certificate and its alias (undefined when the file
 * is not there yet), and the previous one that `npm run cert` keeps after a
 * key rotation (`<name>.previous.pem`), so that both stay on the app while
 * the Function switches over.
 */
export function readCertificateFile(path: string, baseDir: string): { current: CertificateFile; previous?: CertificateFile } | undefined {
  const pemPath = resolve(baseDir, path);
  const current = readPair(pemPath);
  if (!current) return undefined;
  return { current, previous: readPair(pemPath.replace(/\.pem$/, ".previous.pem")) };
}

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

/** Reads the trusted app's certificate and its alias; undefined when the file is not there yet. */
export function readCertificateFile(path: string, baseDir: string): { pem: string; sidecar?: CertificateSidecar } | undefined {
  const pemPath = resolve(baseDir, path);
  if (!existsSync(pemPath)) return undefined;
  const pem = readFileSync(pemPath, "utf8");
  const sidecarPath = pemPath.replace(/\.pem$/, ".json");
  const sidecar = existsSync(sidecarPath) ? (JSON.parse(readFileSync(sidecarPath, "utf8")) as CertificateSidecar) : undefined;
  return { pem, sidecar };
}

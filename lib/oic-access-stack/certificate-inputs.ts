import { resolve } from "node:path";
import { type CertificateFiles, readCertificateFiles } from "../../contract/certificate-files";
import type { EnvironmentConfig } from "../config/environment";
import type { PropagationCertificate } from "../constructs/identity-propagation";

/**
 * Reads the trusted app's certificate files of an environment (the PEM at
 * `assertion.certificatePath` and what `npm run cert` keeps beside it), before
 * any construct exists. Undefined when there is no path or no file yet.
 */
export function readEnvironmentCertificates(config: EnvironmentConfig, baseDir: string = process.cwd()): CertificateFiles | undefined {
  const path = config.assertion?.certificatePath;
  return path ? readCertificateFiles(resolve(baseDir, path)) : undefined;
}

/** The current certificate and the previous ones, from the config's PEM or the files read. */
export function propagationCertificates(
  config: EnvironmentConfig,
  files: CertificateFiles | undefined,
): { certificate?: PropagationCertificate; previous: (PropagationCertificate & { alias: string })[] } {
  const a = config.assertion;
  if (a?.certificatePem) return { certificate: { pem: a.certificatePem, alias: a.certificateAlias }, previous: [] };
  if (!files) return { previous: [] };
  const current = files.current;
  const certificate = { pem: current.pem, alias: a?.certificateAlias ?? current.sidecar?.alias, keyVersionId: current.sidecar?.keyVersionId };
  const prior = files.previous?.sidecar ? [{ pem: files.previous.pem, alias: files.previous.sidecar.alias, keyVersionId: files.previous.sidecar.keyVersionId }] : [];
  return { certificate, previous: prior };
}

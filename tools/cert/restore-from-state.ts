/**
 * A fresh runner has no `certs/<env>.pem`: the certificate lives only in the
 * Terraform state (the `oci_identity_domains_oauth_client_certificate` it was
 * imported with). Before synthesizing, the pipeline writes it back, with its
 * sidecar, so that the stack declares the same certificate again instead of
 * planning to remove it (which would break flow C until the certificate phase
 * puts it back).
 *
 * The key version of the current certificate comes from the assertion
 * Function's configuration (`KMS_KEY_VERSION_ID`, next to `CERT_ALIAS`); the
 * validity and thumbprint from the certificate itself. Only public material
 * is written.
 */
import { createHash, X509Certificate } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { FUNCTION_CONFIG } from "../../contract/outputs";
import type { CertificatePaths } from "./certificate-files";
import type { CertificateSidecarFile } from "./vault-certificate";

interface StateResource {
  readonly type?: string;
  readonly mode?: string;
  readonly values?: Record<string, unknown>;
}

/** Every managed resource of a `terraform show -json` state document (root and child modules). */
export function stateResources(state: unknown): StateResource[] {
  const out: StateResource[] = [];
  const walk = (module: unknown): void => {
    if (!module || typeof module !== "object") return;
    const m = module as { resources?: unknown; child_modules?: unknown };
    if (Array.isArray(m.resources)) out.push(...(m.resources as StateResource[]).filter((r) => r && r.mode !== "data"));
    if (Array.isArray(m.child_modules)) m.child_modules.forEach(walk);
  };
  walk((state as { values?: { root_module?: unknown } } | undefined)?.values?.root_module);
  return out;
}

export interface StateCertificate {
  readonly alias: string;
  readonly pem: string;
  readonly sidecar: CertificateSidecarFile;
}

function toPem(base64Der: string): string {
  const body = base64Der.replace(/\s+/g, "").match(/.{1,64}/g)?.join("\n") ?? "";
  return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
}

/** The trusted app's certificates found in the state, the one the Function uses first. */
export function certificatesFromState(state: unknown): StateCertificate[] {
  const resources = stateResources(state);
  const fnConfig = resources.find((r) => r.type === "oci_functions_function")?.values?.config as Record<string, unknown> | undefined;
  const currentAlias = typeof fnConfig?.[FUNCTION_CONFIG.certificateAlias] === "string" ? (fnConfig[FUNCTION_CONFIG.certificateAlias] as string) : undefined;
  const keyId = typeof fnConfig?.[FUNCTION_CONFIG.kmsKeyId] === "string" ? (fnConfig[FUNCTION_CONFIG.kmsKeyId] as string) : "";
  const keyVersionId = typeof fnConfig?.[FUNCTION_CONFIG.kmsKeyVersionId] === "string" ? (fnConfig[FUNCTION_CONFIG.kmsKeyVersionId] as string) : "";
  const certs: StateCertificate[] = [];
  for (const r of resources) {
    if (r.type !== "oci_identity_domains_oauth_client_certificate") continue;
    const alias = r.values?.certificate_alias;
    const der = r.values?.x509base64certificate;
    if (typeof alias !== "string" || typeof der !== "string" || !der) continue;
    const pem = toPem(der);
    let x509: X509Certificate;
    try {
      x509 = new X509Certificate(pem);
    } catch {
      continue;
    }
    const isCurrent = alias === currentAlias;
    certs.push({
      alias,
      pem,
      sidecar: {
        alias,
        keyId: isCurrent ? keyId : "",
        keyVersionId: isCurrent ? keyVersionId : "",
        x5t: createHash("sha1").update(x509.raw).digest("base64url"),
        notBefore: new Date(x509.validFrom).toISOString(),
        notAfter: new Date(x509.validTo).toISOString(),
      },
    });
  }
  // Without a Function (oic-native) the newest certificate is the current one: a rotation adds the new one.
  if (currentAlias === undefined) return certs.sort((a, b) => Date.parse(b.sidecar.notBefore) - Date.parse(a.sidecar.notBefore));
  return certs.sort((a, b) => Number(b.alias === currentAlias) - Number(a.alias === currentAlias));
}

export type RestoreResult =
  | { readonly restored: false; readonly reason: string }
  | { readonly restored: true; readonly alias: string; readonly previousAlias?: string };

/**
 * Writes certs/<env>.pem (+ sidecar, + the previous pair during a rotation)
 * from the state when the checkout has none. Never overwrites existing files.
 */
export function restoreCertificateFiles(state: unknown, paths: CertificatePaths): RestoreResult {
  if (existsSync(paths.pem)) return { restored: false, reason: `${paths.pem} exists` };
  const [current, previous] = certificatesFromState(state);
  if (!current) return { restored: false, reason: "the state holds no trusted-app certificate" };
  mkdirSync(dirname(paths.pem), { recursive: true });
  writeFileSync(paths.pem, current.pem);
  writeFileSync(paths.sidecar, `${JSON.stringify(current.sidecar, null, 2)}\n`);
  if (previous && !existsSync(paths.previousPem)) {
    writeFileSync(paths.previousPem, previous.pem);
    writeFileSync(paths.previousSidecar, `${JSON.stringify(previous.sidecar, null, 2)}\n`);
  }
  return { restored: true, alias: current.alias, previousAlias: previous?.alias };
}

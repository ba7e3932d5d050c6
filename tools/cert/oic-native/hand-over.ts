/**
 * The signing key of an oic-native environment and its hand-over, shared by
 * `npm run cert` and the pipeline's cert phase:
 *
 * 1. an RSA-2048 key pair is made here (node:crypto), in memory only: it is
 *    never written to a file, Terraform state or a log;
 * 2. a self-signed certificate over it (as the Function mode's: CN = the
 *    trusted app's client ID) goes to `certs/<env>.pem` + sidecar, so the
 *    stack imports it into the trusted app through Terraform, as today;
 * 3. the private key is uploaded to OIC's certificate store under the alias
 *    (OIC's REST API), then its buffer is wiped;
 * 4. the connection's JWT header and payload files are written and the
 *    connection settings printed.
 *
 * Rotation follows the Function mode: a new key gets a new alias, the old
 * certificate stays on the trusted app (certs/<env>.previous.*) and the old
 * key in OIC's store until `npm run cert -- <env> --retire-previous`, which
 * the operator runs once the connection's header names the new alias.
 */
import { createHash, generateKeyPairSync } from "node:crypto";
import { existsSync, rmSync } from "node:fs";
import type { CertificatePaths, CertificateSidecar } from "../../../contract/certificate-files";
import { readSidecar } from "../../../contract/certificate-files";
import { createLocalCertificate, LocalKeySigner } from "../../../contract/local-signer";
import { OUTPUTS, OIC_NATIVE_OUTPUTS } from "../../../contract/outputs";
import { certificateAlias } from "../alias";
import { writeCertificateFiles } from "../certificate-files";
import { DEFAULT_RENEW_WITHIN_DAYS, type CertificateDecision } from "../decide";
import { connectionSettingsLines, writeConnectionFiles, type ConnectionSettings } from "./connection-files";
import type { OicApi, OicCertificate } from "./oic-api";
import { CodedError, ERROR_CODES } from "../../../contract/errors";

/** What the hand-over reads from the stack outputs. */
export interface OicNativeInputs {
  readonly trustedClientId: string;
  readonly audience: string;
  readonly fusionTokenUrl: string;
  readonly fusionScope: string;
  readonly connectionId: string;
  readonly apiUrl: string;
  readonly serviceInstance: string;
  readonly oicTokenUrl: string;
  readonly oicScope: string;
  readonly adminClientId: string;
  readonly adminClientSecret: string;
}

const FROM_OUTPUT: Record<keyof OicNativeInputs, string> = {
  trustedClientId: OUTPUTS.trustedClientId,
  audience: OUTPUTS.assertionAudience,
  fusionTokenUrl: OUTPUTS.fusionTokenUrl,
  fusionScope: OUTPUTS.fusionScope,
  connectionId: OIC_NATIVE_OUTPUTS.oicNativeConnectionId,
  apiUrl: OIC_NATIVE_OUTPUTS.oicNativeApiUrl,
  serviceInstance: OIC_NATIVE_OUTPUTS.oicNativeServiceInstance,
  oicTokenUrl: OUTPUTS.tokenUrl,
  oicScope: OUTPUTS.oicScope,
  adminClientId: OIC_NATIVE_OUTPUTS.oicNativeAdminClientId,
  adminClientSecret: OIC_NATIVE_OUTPUTS.oicNativeAdminClientSecret,
};

/** True when the outputs say OIC signs flow C's assertions. */
export function isOicNative(outputs: Readonly<Record<string, unknown>>): boolean {
  return outputs[OIC_NATIVE_OUTPUTS.assertionMode] === "oic-native";
}

export function oicNativeInputsFromOutputs(outputs: Readonly<Record<string, unknown>>): { inputs?: OicNativeInputs; missing: string[] } {
  const missing: string[] = [];
  const inputs = {} as Record<keyof OicNativeInputs, string>;
  for (const [field, name] of Object.entries(FROM_OUTPUT) as [keyof OicNativeInputs, string][]) {
    const v = outputs[name];
    if (typeof v !== "string" || v.trim() === "") missing.push(name);
    else inputs[field] = v.trim();
  }
  return missing.length ? { missing } : { inputs, missing };
}

/**
 * Whether a new key is due: none yet, its alias is missing from OIC's store
 * (the private key cannot be put back: it exists nowhere else), or the
 * certificate is near expiry.
 */
export function decideOicNativeKey(
  sidecar: Pick<CertificateSidecar, "alias" | "notAfter"> | undefined,
  keysInOic: readonly OicCertificate[],
  now: Date,
  renewWithinDays: number = DEFAULT_RENEW_WITHIN_DAYS,
): CertificateDecision {
  if (!sidecar) return { action: "issue", why: "none", reason: "no signing key yet" };
  if (!keysInOic.some((k) => k.name === sidecar.alias)) {
    return { action: "issue", why: "other-key-version", reason: `OIC's certificate store holds no signing key "${sidecar.alias}" (the alias on the trusted app); a new key pair replaces it` };
  }
  const left = Date.parse(sidecar.notAfter ?? "") - now.getTime();
  if (!Number.isFinite(left) || left <= renewWithinDays * 86_400_000) {
    return { action: "issue", why: "expiring", reason: `the certificate (alias ${sidecar.alias}) expires ${sidecar.notAfter}, within ${renewWithinDays} days` };
  }
  return { action: "keep", reason: `the signing key "${sidecar.alias}" is in OIC's store and its certificate is valid until ${sidecar.notAfter}` };
}

export interface HandOverOptions {
  readonly inputs: OicNativeInputs;
  readonly api: OicApi;
  readonly paths: CertificatePaths;
  /** `cdktf.out/oic-native/<env>`. */
  readonly filesDir: string;
  /** The user OIC asserts when testing the connection (`sub` of the payload file). */
  readonly testUser?: string;
  /** @default 365 */
  readonly validityDays?: number;
  readonly log: (line: string) => void;
}

export interface HandOverResult {
  readonly alias: string;
  readonly previousAlias?: string;
  readonly notAfter: string;
  readonly files: { header: string; payload: string };
}

/** Steps 1 to 4 above. */
export async function handOverSigningKey(o: HandOverOptions): Promise<HandOverResult> {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const spki = publicKey.export({ type: "spki", format: "der" });
  const fingerprint = createHash("sha256").update(spki).digest("hex");
  const keyVersion = `oic-native:sha256:${fingerprint}`;
  // Derived as the Function mode derives it from a key version, so doctor's alias check holds in both modes.
  const alias = certificateAlias(o.inputs.trustedClientId, keyVersion);
  const signer = new LocalKeySigner(privateKey, alias);
  const cert = await createLocalCertificate(signer, { commonName: o.inputs.trustedClientId, validityDays: o.validityDays });

  // The PEM lives in this buffer for the one upload request, then is overwritten.
  const keyPem = privateKey.export({ type: "pkcs8", format: "pem" });
  const keyBytes = Buffer.from(keyPem);
  try {
    await o.api.uploadSigningKey(alias, keyBytes);
  } finally {
    keyBytes.fill(0);
  }
  o.log(`uploaded the signing key "${alias}" to OIC's certificate store (type Signing key, private); it was never written to disk and its buffer is wiped`);

  const { previousAlias } = writeCertificateFiles(o.paths, {
    pem: cert.pem,
    sidecar: { alias, keyId: "oic-native", keyVersionId: keyVersion, x5t: cert.x5t, notBefore: cert.notBefore.toISOString(), notAfter: cert.notAfter.toISOString() },
  });
  const settings: ConnectionSettings = {
    alias,
    trustedClientId: o.inputs.trustedClientId,
    audience: o.inputs.audience,
    tokenUrl: o.inputs.fusionTokenUrl,
    scope: o.inputs.fusionScope,
    connectionId: o.inputs.connectionId,
    testUser: o.testUser,
  };
  const files = writeConnectionFiles(o.filesDir, settings);
  o.log(`wrote ${o.paths.pem} (alias ${alias}, valid until ${cert.notAfter.toISOString()})${previousAlias ? `; kept ${previousAlias} as the previous certificate until --retire-previous` : ""}`);
  for (const line of connectionSettingsLines(settings, files)) o.log(line);
  return { alias, previousAlias, notAfter: cert.notAfter.toISOString(), files };
}

/**
 * Ends a rotation: removes the previous signing key from OIC's store and the
 * previous certificate files (the next deploy removes it from the trusted
 * app). Refuses while the connection test fails: the connection may still
 * name the old alias.
 */
export async function retirePreviousKey(o: { api: OicApi; paths: CertificatePaths; connectionId: string; log: (line: string) => void }): Promise<string | undefined> {
  const previous = readSidecar(o.paths.previousSidecar);
  if (!previous || !existsSync(o.paths.previousPem)) {
    o.log("no previous certificate: nothing to retire");
    return undefined;
  }
  const test = await o.api.testConnection(o.connectionId);
  if (!test.ok) throw new CodedError(ERROR_CODES.oicNative, `OIC's test of connection ${o.connectionId} fails (${test.detail}); keep "${previous.alias}" until the connection works with the new alias`);
  const keys = await o.api.signingKeys();
  for (const k of keys.filter((k) => k.name === previous.alias)) await o.api.deleteCertificate(k.id);
  rmSync(o.paths.previousPem, { force: true });
  rmSync(o.paths.previousSidecar, { force: true });
  o.log(`retired "${previous.alias}": removed from OIC's certificate store and certs/; deploy to remove it from the trusted app`);
  return previous.alias;
}

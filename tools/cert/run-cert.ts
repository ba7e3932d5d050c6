/**
 * `npm run cert -- <env> [options]`: writes the trusted app's certificate
 * for an environment's Vault key to certs/<env>.pem (+ certs/<env>.json).
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { parseArgs } from "node:util";
import type * as common from "oci-common";
import { CertInputError, readOutputs, resolveCertInputs } from "./cert-inputs";
import { isOicNative } from "./oic-native/hand-over";
import { runOicNativeCert } from "./oic-native/run-cert";
import { type CertificatePaths, certificatePaths, readSidecar, writeCertificateFiles } from "./certificate-files";
import { decideCertificate, DEFAULT_RENEW_WITHIN_DAYS } from "./decide";
import { createOciAuth, OCI_AUTH_KINDS, type OciAuthKind, type OciAuthOptions } from "./oci-auth";
import { createVaultCertificate, type VaultCertificate } from "./vault-certificate";
import { UsageError } from "../../lib/errors";
import { parseCommandArgs } from "../command/parse-args";

export const CERT_USAGE = `usage: npm run cert -- <env> [options]

Builds a self-signed X.509 certificate over the environment's Vault signing key
(signed by the Vault itself) and writes certs/<env>.pem and certs/<env>.json.

options:
  --outputs <file>              stack outputs file (default cdktf.out/outputs-<env>.json)
  --key-id <ocid>               signing key (default: output signing_key_id)
  --key-version-id <ocid>       key version (default: output signing_key_version_id)
  --crypto-endpoint <url>       vault crypto endpoint (default: output signing_key_crypto_endpoint)
  --management-endpoint <url>   vault management endpoint (default: output signing_key_management_endpoint)
  --trusted-client-id <id>      trusted app client id (default: output trusted_client_id)
  --auth <kind>                 ${OCI_AUTH_KINDS.join(" | ")} (default config-file)
  --profile <name>              OCI config profile (default DEFAULT)
  --config-file <path>          OCI config file (default ~/.oci/config)
  --days <n>                    validity in days (default 365)
  --out-dir <dir>               where to write (default certs)
  --force                       write even if the current certificate is for this key version and valid

oic-native environments (output assertion_mode = oic-native): a key pair made here, the private key
uploaded to OIC's certificate store (then wiped), the certificate to certs/, the connection's JWT
header and payload files to cdktf.out/oic-native/<env>/, and the connection settings printed.
  --user <name>                 sub of the payload file: the user OIC asserts when testing the connection
  --retire-previous             end a rotation: remove the previous key from OIC and certs/ (the connection test must pass)`;

export interface RunCertDeps {
  cwd?: string;
  out?: (line: string) => void;
  /** Replaces createOciAuth (tests). */
  auth?: (o: OciAuthOptions) => Promise<common.AuthenticationDetailsProvider>;
  clientConfiguration?: common.ClientConfiguration;
  now?: () => Date;
  /** oic-native: fetch for OIC's REST API (tests route it to the stand-in). */
  fetch?: typeof fetch;
  /** Environment variables (the admin app's secret). @default process.env */
  vars?: Record<string, string | undefined>;
}

const CERT_OPTIONS = {
  outputs: { type: "string" },
  "key-id": { type: "string" },
  "key-version-id": { type: "string" },
  "crypto-endpoint": { type: "string" },
  "management-endpoint": { type: "string" },
  "trusted-client-id": { type: "string" },
  auth: { type: "string", default: "config-file" },
  profile: { type: "string" },
  "config-file": { type: "string" },
  days: { type: "string", default: "365" },
  "out-dir": { type: "string", default: "certs" },
  force: { type: "boolean", default: false },
  user: { type: "string" },
  "retire-previous": { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

type CertArgs = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof CERT_OPTIONS }>>["values"];

/** The command line, checked: the environment, the options, the validity in days; undefined for --help. */
function parseCertArgs(argv: readonly string[]): { env: string; v: CertArgs; days: number } | undefined {
  const { values: v, positionals } = parseCommandArgs({ args: [...argv], allowPositionals: true, options: CERT_OPTIONS });
  if (v.help) return undefined;
  const env = positionals[0];
  if (!env || positionals.length > 1 || !/^[a-z][a-z0-9-]*$/.test(env)) {
    throw new UsageError(`give exactly one environment name (lower case, digits, dashes), e.g. npm run cert -- dev`);
  }
  if (!(OCI_AUTH_KINDS as readonly string[]).includes(v.auth!)) {
    throw new UsageError(`--auth must be one of ${OCI_AUTH_KINDS.join(", ")} (got "${v.auth}")`);
  }
  const days = Number(v.days);
  if (!Number.isInteger(days) || days < 1 || days > 3650) throw new UsageError(`--days must be a whole number from 1 to 3650 (got "${v.days}")`);
  return { env, v, days };
}

function reportWritten(out: (line: string) => void, env: string, paths: CertificatePaths, cert: VaultCertificate, keyVersionId: string, previousAlias?: string): void {
  out(`wrote ${paths.pem} and ${paths.sidecar}`);
  out(`  alias     ${cert.sidecar.alias}`);
  out(`  x5t       ${cert.sidecar.x5t}`);
  out(`  valid     ${cert.sidecar.notBefore} .. ${cert.sidecar.notAfter}`);
  out(`  key       ${keyVersionId}`);
  if (previousAlias) {
    out(`kept the previous certificate (alias ${previousAlias}) as ${paths.previousPem}: keep both on the trusted app until the Function uses the new alias (see function/README.md, "Rotating the key").`);
  }
  out(`next: npx cdktf deploy ${env} (imports the certificate into the trusted app and sets the Function's CERT_ALIAS).`);
}

export async function runCert(argv: readonly string[], deps: RunCertDeps = {}): Promise<number> {
  const out = deps.out ?? ((l: string) => console.log(l));
  const cwd = deps.cwd ?? process.cwd();
  const args = parseCertArgs(argv);
  if (!args) {
    out(CERT_USAGE);
    return 0;
  }
  const { env, v, days } = args;
  const outputsPath = resolve(cwd, v.outputs ?? `cdktf.out/outputs-${env}.json`);
  const outputs = readOutputs(outputsPath, env);
  if (outputs && isOicNative(outputs)) {
    return runOicNativeCert({ env, cwd, outputs, outDir: resolve(cwd, v["out-dir"]!), days, force: v.force!, retirePrevious: v["retire-previous"]!, testUser: v.user, vars: deps.vars ?? process.env, now: (deps.now ?? (() => new Date()))(), fetch: deps.fetch, out });
  }
  const inputs = resolveCertInputs(env, outputsPath, {
    keyId: v["key-id"],
    keyVersionId: v["key-version-id"],
    cryptoEndpoint: v["crypto-endpoint"],
    managementEndpoint: v["management-endpoint"],
    trustedClientId: v["trusted-client-id"],
  });
  const paths = certificatePaths(resolve(cwd, v["out-dir"]!), env);
  const now = (deps.now ?? (() => new Date()))();
  const current = readSidecar(paths.sidecar);
  const decision = decideCertificate({ sidecar: current && existsSync(paths.pem) ? current : undefined }, inputs.keyVersionId, now, DEFAULT_RENEW_WITHIN_DAYS);
  if (!v.force && current && decision.action === "keep") {
    out(`${paths.pem} is already the certificate of key version ${inputs.keyVersionId} (alias ${current.alias}, valid until ${current.notAfter}); nothing to do. Use --force to write a new one.`);
    return 0;
  }
  const auth = await (deps.auth ?? createOciAuth)({ kind: v.auth as OciAuthKind, profile: v.profile, configFile: v["config-file"] });
  const cert = await createVaultCertificate(inputs, auth, { validityDays: days, clientConfiguration: deps.clientConfiguration });
  const { previousAlias } = writeCertificateFiles(paths, cert);
  reportWritten(out, env, paths, cert, inputs.keyVersionId, previousAlias);
  return 0;
}

/** A sentence for the operator, no stack trace. */
export function describeCertFailure(error: unknown): string {
  if (error instanceof UsageError || error instanceof CertInputError) return error.message;
  const e = error as { statusCode?: number; serviceCode?: string; message?: string };
  if (typeof e?.statusCode === "number") {
    const hint =
      e.statusCode === 401
        ? "check the OCI credentials (--auth, --profile)"
        : e.statusCode === 404
          ? "check the key and key version OCIDs and that your policy allows 'use keys' on this key"
          : "see the message above";
    return `OCI KMS answered ${e.statusCode} ${e.serviceCode ?? ""}: ${e.message ?? ""} (${hint})`;
  }
  return error instanceof Error ? error.message : String(error);
}

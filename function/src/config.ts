/**
 * The Function's configuration, read once at cold start from the variables
 * `oci_functions_function.config` sets (names in contract/outputs.ts,
 * FUNCTION_CONFIG). A mistake is reported as one sentence naming every key.
 */
import { FUNCTION_CONFIG } from "../../contract/outputs";
import { LEGACY_IDCS_AUDIENCE } from "../../contract/identity-domain";
import { isLoopbackUrl } from "../../contract/loopback";
import { OicAccessError } from "../../contract/errors";

export type FunctionMode = "payload" | "token";

export interface KmsConfig {
  keyId: string;
  keyVersionId: string;
  cryptoEndpoint: string;
}

export interface FunctionConfig {
  trustedClientId: string;
  /** `kid` of both assertions: the certificate alias on the trusted app. */
  certAlias: string;
  /** Identity domain token endpoint. Required in token mode. */
  tokenUrl?: string;
  assertionAudience: string;
  defaultScope: string;
  /** Scopes a caller may ask for; always holds defaultScope. */
  allowedScopes: ReadonlySet<string>;
  /** Lower-cased user names the Function mints for; null: any user. */
  allowedUsers: ReadonlySet<string> | null;
  /** Present when the Vault signs (deployed). */
  kms?: KmsConfig;
  mode: FunctionMode;
}

/** The configuration keys, shared with the stack that sets them (contract/outputs.ts). */
export const CONFIG_KEYS = FUNCTION_CONFIG;

export const DEFAULT_ASSERTION_AUDIENCE = LEGACY_IDCS_AUDIENCE;

/** The Function's configuration is unusable; every invocation answers 500 naming the keys. */
export class FunctionConfigError extends OicAccessError {
  readonly code = "FUNCTION_CONFIG";
  constructor(readonly problems: readonly string[]) {
    super(
      `assertion function configuration is invalid: ${problems.join("; ")}. ` +
        "Set these keys in the function's configuration (oci_functions_function.config, applied by the stack).",
    );
  }
}

type Env = Readonly<Record<string, string | undefined>>;

function list(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** https only; plain http only towards a loopback stand-in (tests, sandbox). */
function checkUrl(key: string, value: string, problems: string[]): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problems.push(`${key} is not a URL (got "${value}")`);
    return;
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopbackUrl(url))) {
    problems.push(`${key} must be an https URL (got "${value}")`);
  }
}

export function loadFunctionConfig(env: Env, options: { requireKms: boolean }): FunctionConfig {
  const problems: string[] = [];
  const missing: string[] = [];
  const get = (key: string, required: boolean): string | undefined => {
    const v = env[key]?.trim();
    if (!v) {
      if (required) missing.push(key);
      return undefined;
    }
    return v;
  };

  const modeRaw = get(CONFIG_KEYS.mode, false) ?? "payload";
  const mode = modeRaw.toLowerCase();
  if (mode !== "payload" && mode !== "token") {
    problems.push(`${CONFIG_KEYS.mode} must be "payload" or "token" (got "${modeRaw}")`);
  }
  const trustedClientId = get(CONFIG_KEYS.trustedClientId, true);
  const certAlias = get(CONFIG_KEYS.certificateAlias, true);
  const tokenUrl = get(CONFIG_KEYS.tokenUrl, mode === "token");
  const assertionAudience = get(CONFIG_KEYS.assertionAudience, false) ?? DEFAULT_ASSERTION_AUDIENCE;
  const defaultScope = get(CONFIG_KEYS.defaultScope, true);
  const keyId = get(CONFIG_KEYS.kmsKeyId, options.requireKms);
  const keyVersionId = get(CONFIG_KEYS.kmsKeyVersionId, options.requireKms);
  const cryptoEndpoint = get(CONFIG_KEYS.kmsCryptoEndpoint, options.requireKms);

  if (missing.length > 0) problems.unshift(`missing ${missing.join(", ")}`);
  if (tokenUrl) checkUrl(CONFIG_KEYS.tokenUrl, tokenUrl, problems);
  if (cryptoEndpoint) checkUrl(CONFIG_KEYS.kmsCryptoEndpoint, cryptoEndpoint, problems);
  if (problems.length > 0) throw new FunctionConfigError(problems);

  const allowedScopes = new Set(list(env[CONFIG_KEYS.allowedScopes]));
  allowedScopes.add(defaultScope!);
  const users = list(env[CONFIG_KEYS.allowedUsers]).map((u) => u.toLowerCase());
  return {
    trustedClientId: trustedClientId!,
    certAlias: certAlias!,
    tokenUrl,
    assertionAudience,
    defaultScope: defaultScope!,
    allowedScopes,
    allowedUsers: users.length > 0 ? new Set(users) : null,
    kms: keyId && keyVersionId && cryptoEndpoint ? { keyId, keyVersionId, cryptoEndpoint } : undefined,
    mode: mode as FunctionMode,
  };
}

/**
 * The Function's configuration, read once at cold start from the variables
 * `oci_functions_function.config` sets (names in contract/outputs.ts,
 * FUNCTION_CONFIG). A mistake is reported as one sentence naming every key.
 */
import { FUNCTION_CONFIG } from "../../contract/outputs";
import { isLoopbackUrl } from "../../contract/loopback";
import { ERROR_CODES, OicAccessError } from "../../contract/errors";
import { checkUserName } from "../../contract/user-name";

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
  /**
   * `aud` of both assertions, as the stack set it (the trusted app's
   * `assertionAudience`: its domain's URL, or the legacy IDCS value). Read,
   * never derived: the smoke builds the same `aud` from the same output.
   */
  assertionAudience: string;
  defaultScope: string;
  /** Scopes a caller may ask for; always holds defaultScope. */
  allowedScopes: ReadonlySet<string>;
  /** Whom the Function may assert; nothing allowed means nobody. */
  allow: AllowRule;
  /** Fusion's identity domain (groups are read there). */
  fusionIdentityDomainUrl?: string;
  /** Present when the Vault signs (deployed). */
  kms?: KmsConfig;
  mode: FunctionMode;
}

/** The configuration keys, shared with the stack that sets them (contract/outputs.ts). */
export const CONFIG_KEYS = FUNCTION_CONFIG;

export interface AllowRule {
  /** Any user federated into Fusion's domain (ALLOW_ANY_FEDERATED_USER=true). */
  anyFederatedUser: boolean;
  /** Folded user names (see user-name.ts). */
  users: ReadonlySet<string>;
  /** Group display names in Fusion's domain. */
  groups: readonly string[];
}

/** The Function's configuration is unusable; every invocation answers 500 naming the keys. */
export class FunctionConfigError extends OicAccessError {
  readonly code = ERROR_CODES.functionConfig;
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

function isUrl(value: string): boolean {
  return URL.canParse(value);
}

/** ALLOWED_USERS, ALLOWED_GROUPS, ALLOW_ANY_FEDERATED_USER; a name that is not one is a configuration problem. */
function readAllowRule(env: Env, problems: string[]): AllowRule {
  const users = new Set<string>();
  for (const raw of list(env[CONFIG_KEYS.allowedUsers])) {
    const checked = checkUserName(raw);
    if (checked.ok) users.add(checked.folded);
    else problems.push(`${CONFIG_KEYS.allowedUsers} entry "${encodeURI(raw).slice(0, 60)}" ${checked.reason}`);
  }
  const anyRaw = (env[CONFIG_KEYS.allowAnyFederatedUser] ?? "").trim().toLowerCase();
  if (anyRaw !== "" && anyRaw !== "true" && anyRaw !== "false") {
    problems.push(`${CONFIG_KEYS.allowAnyFederatedUser} must be "true" or "false" (got "${anyRaw}")`);
  }
  return { anyFederatedUser: anyRaw === "true", users, groups: list(env[CONFIG_KEYS.allowedGroups]) };
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
  const defaultScope = get(CONFIG_KEYS.defaultScope, true);
  const keyId = get(CONFIG_KEYS.kmsKeyId, options.requireKms);
  const keyVersionId = get(CONFIG_KEYS.kmsKeyVersionId, options.requireKms);
  const cryptoEndpoint = get(CONFIG_KEYS.kmsCryptoEndpoint, options.requireKms);
  const fusionDomain = get(CONFIG_KEYS.fusionIdentityDomainUrl, false);
  const assertionAudience = get(CONFIG_KEYS.assertionAudience, true);

  if (missing.length > 0) problems.unshift(`missing ${missing.join(", ")}`);
  if (tokenUrl) checkUrl(CONFIG_KEYS.tokenUrl, tokenUrl, problems);
  if (cryptoEndpoint) checkUrl(CONFIG_KEYS.kmsCryptoEndpoint, cryptoEndpoint, problems);
  if (fusionDomain) checkUrl(CONFIG_KEYS.fusionIdentityDomainUrl, fusionDomain, problems);
  if (assertionAudience && !isUrl(assertionAudience)) problems.push(`${CONFIG_KEYS.assertionAudience} is not a URL (got "${assertionAudience}")`);
  const allow = readAllowRule(env, problems);
  if (allow.groups.length > 0 && !fusionDomain) problems.push(`${CONFIG_KEYS.allowedGroups} needs ${CONFIG_KEYS.fusionIdentityDomainUrl} (the domain whose groups are read)`);
  if (problems.length > 0) throw new FunctionConfigError(problems);

  const allowedScopes = new Set(list(env[CONFIG_KEYS.allowedScopes]));
  allowedScopes.add(defaultScope!);
  return {
    trustedClientId: trustedClientId!,
    certAlias: certAlias!,
    tokenUrl,
    assertionAudience: assertionAudience!,
    defaultScope: defaultScope!,
    allowedScopes,
    allow,
    fusionIdentityDomainUrl: fusionDomain,
    kms: keyId && keyVersionId && cryptoEndpoint ? { keyId, keyVersionId, cryptoEndpoint } : undefined,
    mode: mode as FunctionMode,
  };
}

/**
 * Everything a smoke run needs, resolved from (in order of precedence) the
 * command-line options, environment variables (secrets) and the stack
 * outputs file written by `cdktf deploy --outputs-file`.
 */
import { defaultOutputsPath, OutputsFileError, outputList, readDeployedOutputs, readOutputsFile as readOutputs, type DeployedOutputs } from "../../contract/deployed-outputs";
import { OUTPUTS } from "../../contract/outputs";
import { integrationPath } from "../../contract/integration-path";
import { isLoopbackHost } from "../../contract/loopback";
import { ERROR_CODES, OicAccessError } from "../../contract/errors";

export const SECRET_ENV = {
  clientCredentials: "OIC_ACCESS_CC_CLIENT_SECRET",
  authCode: "OIC_ACCESS_AC_CLIENT_SECRET",
} as const;

export type FlowId = "A" | "B" | "C";

export interface IntegrationOption {
  method?: string;
  /** Under /ic/api/integration/v1/flows/rest/ (or the full path). */
  path?: string;
  body?: unknown;
  expectedStatus?: number;
}

export interface SmokeInputs {
  env: string;
  tokenUrl: string;
  authorizeUrl?: string;
  oic: { audience?: string; scope?: string; baseUrl?: string };
  integration?: { method: string; path: string; body?: unknown; expectedStatus: number };
  clientCredentials?: { clientId: string; secret?: string };
  authCode?: { clientId: string; secret?: string; redirectUris: string[] };
  trusted?: {
    clientId: string;
    certificateAlias?: string;
    fusionScope?: string;
    fusionBaseUrl?: string;
    fusionSmokePath: string;
    functionId?: string;
    invokeEndpoint?: string;
    /** The domain that holds the trusted app: where the assertions are exchanged, and their `aud`. */
    domain: TrustedDomain;
  };
}

/** Where flow C's exchange happens: the identity domain that holds the trusted app (Fusion's). */
export interface TrustedDomain {
  /** Domain URL. */
  url: string;
  tokenUrl: string;
  /** True when the outputs name Fusion's domain; false when it is taken to be OIC's (one domain). */
  named: boolean;
  /** `aud` of the assertions as the stack deployed it (assertion_audience; derived for an older stack). */
  assertionAudience?: string;
}

/**
 * A mistake in what the user gave (arguments, outputs file): one line that
 * names the problem and the fix. The CLI prints it without a stack trace
 * (exit status 2, as a usage mistake: tools/command/exit-codes.ts).
 */
export class InputError extends OicAccessError {
  readonly code = ERROR_CODES.smokeInput;
  constructor(message: string) {
    super(message);
  }
}

export { defaultOutputsPath, outputList as list };

/** The `{ "<env>": {...} }` block of an outputs file (contract/deployed-outputs.ts); a bad file is an InputError. */
export function readOutputsFile(path: string, env: string): Record<string, unknown> {
  try {
    return readOutputs(path, env)!;
  } catch (error) {
    throw error instanceof OutputsFileError ? new InputError(error.message) : error;
  }
}

function str(o: Record<string, unknown>, key: string): string | undefined {
  const v = o[key];
  if (v === undefined || v === null || v === "") return undefined;
  return typeof v === "string" ? v : String(v);
}

function shown(value: string): string {
  const s = JSON.stringify(value);
  return s.length > 120 ? `${s.slice(0, 117)}..."` : s;
}

/** What is wrong with `value` as an endpoint URL, or undefined when it is fine. */
export function urlProblem(value: string, kind: "endpoint" | "redirect" = "endpoint"): string | undefined {
  if (/\s/.test(value)) return "it contains whitespace";
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return /^[a-z][a-z0-9+.-]*:/i.test(value) ? "it does not parse as a URL" : "it has no scheme (it must start with https://)";
  }
  if (kind === "redirect") return undefined;
  if (u.protocol !== "https:" && !(u.protocol === "http:" && isLoopbackHost(u.hostname))) return `its scheme is "${u.protocol.replace(/:$/, "")}" (it must be https; http only for 127.0.0.1/localhost stand-ins)`;
  if (!u.hostname) return "it has no host";
  if (u.username || u.password) return "it carries a user name or password";
  if (u.hash) return "it has a #fragment";
  return undefined;
}


/** A URL output, checked: a malformed one is a one-line error naming the output, its value's problem and the fix. */
function urlOutput(outputs: Record<string, unknown>, key: string, source: string, env: string, kind: "endpoint" | "redirect" = "endpoint"): string | undefined {
  const v = str(outputs, key);
  if (v === undefined) return undefined;
  checkUrl(v, key, source, env, kind);
  return v;
}

function checkUrl(v: string, key: string, source: string, env: string, kind: "endpoint" | "redirect"): void {
  const problem = urlProblem(v, kind);
  if (problem) {
    throw new InputError(`${source}: output ${key} = ${shown(v)} is not a usable URL: ${problem}; fix the value in stacks/${env}.ts (or the resource it comes from), deploy again and rewrite the outputs file with "cdktf output ${env} --outputs-file <file>"`);
  }
}

export function resolveInputs(
  env: string,
  outputs: Record<string, unknown>,
  vars: Record<string, string | undefined>,
  integration: IntegrationOption = {},
  /** Where the outputs came from, for messages. */
  source = `the outputs of "${env}"`,
): SmokeInputs {
  // Every URL output the smoke uses is checked as written, so that a bad one is named.
  const url = (key: string) => urlOutput(outputs, key, source, env);
  [OUTPUTS.identityDomainUrl, OUTPUTS.tokenUrl, OUTPUTS.authorizeUrl, OUTPUTS.oicAudience, OUTPUTS.oicBaseUrl].forEach(url);
  const d = readDeployedOutputs(outputs);
  const tokenUrl = d.tokenUrl;
  if (!tokenUrl) throw new InputError(`outputs for "${env}" have neither ${OUTPUTS.tokenUrl} nor ${OUTPUTS.identityDomainUrl}`);

  const rawPath = integration.path ?? d.integration.path;
  const expected = integration.expectedStatus ?? Number(d.integration.expectedStatus ?? 200);
  if (!Number.isInteger(expected) || expected < 100 || expected > 599) throw new InputError(`expected status "${expected}" is not an HTTP status`);
  const method = (integration.method ?? d.integration.method ?? "GET").toUpperCase();
  if (!/^(GET|POST|PUT|PATCH|DELETE)$/.test(method)) throw new InputError(`integration method "${method}" must be GET, POST, PUT, PATCH or DELETE`);
  if (d.authCode) for (const u of d.authCode.redirectUris) checkUrl(u, OUTPUTS.authCodeRedirectUris, source, env, "redirect");
  if (d.trusted) [OUTPUTS.fusionIdentityDomainUrl, OUTPUTS.fusionTokenUrl, OUTPUTS.fusionBaseUrl, OUTPUTS.assertionFunctionInvokeEndpoint].forEach(url);

  return {
    env,
    tokenUrl,
    authorizeUrl: d.authorizeUrl,
    oic: { audience: d.oic.audience, scope: d.oic.scope, baseUrl: d.oic.baseUrl },
    integration: rawPath ? { method, path: integrationPath(rawPath), body: integration.body, expectedStatus: expected } : undefined,
    clientCredentials: d.clientCredentials ? { clientId: d.clientCredentials.clientId, secret: vars[SECRET_ENV.clientCredentials] || d.clientCredentials.clientSecret } : undefined,
    authCode: d.authCode ? { clientId: d.authCode.clientId, secret: vars[SECRET_ENV.authCode] || d.authCode.clientSecret, redirectUris: [...d.authCode.redirectUris] } : undefined,
    trusted: d.trusted ? { ...d.trusted, domain: trustedDomain(d.trustedDomain, tokenUrl) } : undefined,
  };
}

/** Where flow C's exchange happens, with its `aud`: as the outputs say (OIC's domain when they name no other). */
function trustedDomain(domain: DeployedOutputs["trustedDomain"], oicTokenUrl: string): TrustedDomain {
  return { url: domain.url ?? new URL(oicTokenUrl).origin, named: domain.named, tokenUrl: domain.tokenUrl ?? oicTokenUrl, assertionAudience: domain.assertionAudience };
}

/** Flows whose outputs exist, in A, B, C order. */
export function availableFlows(i: SmokeInputs): FlowId[] {
  const flows: FlowId[] = [];
  if (i.clientCredentials) flows.push("A");
  if (i.authCode) flows.push("B");
  if (i.trusted) flows.push("C");
  return flows;
}

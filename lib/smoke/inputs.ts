/**
 * Everything a smoke run needs, resolved from (in order of precedence) the
 * command-line options, environment variables (secrets) and the stack
 * outputs file written by `cdktf deploy --outputs-file`.
 */
import { readFileSync } from "node:fs";
import { OUTPUTS } from "../../contract/outputs";
import { integrationPath } from "./integration-path";
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
    fusionSmokePath?: string;
    functionId?: string;
    invokeEndpoint?: string;
  };
}

/**
 * A mistake in what the user gave (arguments, outputs file): one line that
 * names the problem and the fix. The CLI prints it without a stack trace
 * (exit status 2), followed by the usage text when `showUsage` is set.
 */
export class InputError extends OicAccessError {
  readonly code = ERROR_CODES.smokeInput;
  readonly showUsage: boolean;
  constructor(message: string, options: { showUsage?: boolean } = {}) {
    super(message);
    this.showUsage = options.showUsage ?? false;
  }
}

export function defaultOutputsPath(env: string): string {
  return `cdktf.out/outputs-${env}.json`;
}

/** The `{ "<env>": {...} }` block of an outputs file. */
export function readOutputsFile(path: string, env: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new InputError(`outputs file "${path}" cannot be read: run "cdktf deploy ${env} --outputs-file ${path} --outputs-file-include-sensitive-outputs" or pass --outputs <file>`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new InputError(`outputs file "${path}" is not JSON`);
  }
  const block = (parsed as Record<string, unknown>)?.[env];
  if (!block || typeof block !== "object") {
    const envs = Object.keys((parsed as object) ?? {}).join(", ") || "none";
    throw new InputError(`outputs file "${path}" has no block for environment "${env}" (it has: ${envs})`);
  }
  return block as Record<string, unknown>;
}

function str(o: Record<string, unknown>, key: string): string | undefined {
  const v = o[key];
  if (v === undefined || v === null || v === "") return undefined;
  return typeof v === "string" ? v : String(v);
}

/** A list output: a JSON array, a JSON string of one, or a comma list. */
export function list(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  if (typeof v !== "string" || v === "") return [];
  if (v.startsWith("[")) {
    try {
      return (JSON.parse(v) as unknown[]).map(String);
    } catch {
      /* fall through */
    }
  }
  return v.split(",").map((s) => s.trim()).filter(Boolean);
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
  const url = (key: string) => urlOutput(outputs, key, source, env);
  const domainUrl = url(OUTPUTS.identityDomainUrl);
  const tokenUrl = url(OUTPUTS.tokenUrl) ?? (domainUrl ? `${domainUrl.replace(/\/$/, "")}/oauth2/v1/token` : undefined);
  if (!tokenUrl) throw new InputError(`outputs for "${env}" have neither ${OUTPUTS.tokenUrl} nor ${OUTPUTS.identityDomainUrl}`);

  const rawPath = integration.path ?? str(outputs, OUTPUTS.integrationPath);
  const expected = integration.expectedStatus ?? Number(str(outputs, OUTPUTS.integrationExpectedStatus) ?? 200);
  if (!Number.isInteger(expected) || expected < 100 || expected > 599) throw new InputError(`expected status "${expected}" is not an HTTP status`);
  const method = (integration.method ?? str(outputs, OUTPUTS.integrationMethod) ?? "GET").toUpperCase();
  if (!/^(GET|POST|PUT|PATCH|DELETE)$/.test(method)) throw new InputError(`integration method "${method}" must be GET, POST, PUT, PATCH or DELETE`);

  const ccId = str(outputs, OUTPUTS.clientCredentialsClientId);
  const acId = str(outputs, OUTPUTS.authCodeClientId);
  const trustedId = str(outputs, OUTPUTS.trustedClientId);
  return {
    env,
    tokenUrl,
    authorizeUrl: url(OUTPUTS.authorizeUrl) ?? tokenUrl.replace(/\/token$/, "/authorize"),
    oic: { audience: url(OUTPUTS.oicAudience), scope: str(outputs, OUTPUTS.oicScope), baseUrl: url(OUTPUTS.oicBaseUrl) },
    integration: rawPath ? { method, path: integrationPath(rawPath), body: integration.body, expectedStatus: expected } : undefined,
    clientCredentials: ccId ? { clientId: ccId, secret: vars[SECRET_ENV.clientCredentials] || str(outputs, OUTPUTS.clientCredentialsClientSecret) } : undefined,
    authCode: acId
      ? { clientId: acId, secret: vars[SECRET_ENV.authCode] || str(outputs, OUTPUTS.authCodeClientSecret), redirectUris: redirectUris(outputs, source, env) }
      : undefined,
    trusted: trustedId
      ? {
          clientId: trustedId,
          certificateAlias: str(outputs, OUTPUTS.trustedCertificateAlias),
          fusionScope: str(outputs, OUTPUTS.fusionScope),
          fusionBaseUrl: url(OUTPUTS.fusionBaseUrl),
          fusionSmokePath: str(outputs, OUTPUTS.fusionSmokePath),
          functionId: str(outputs, OUTPUTS.assertionFunctionId),
          invokeEndpoint: url(OUTPUTS.assertionFunctionInvokeEndpoint),
        }
      : undefined,
  };
}

function redirectUris(outputs: Record<string, unknown>, source: string, env: string): string[] {
  const uris = list(outputs[OUTPUTS.authCodeRedirectUris]);
  for (const u of uris) checkUrl(u, OUTPUTS.authCodeRedirectUris, source, env, "redirect");
  return uris;
}

/** Flows whose outputs exist, in A, B, C order. */
export function availableFlows(i: SmokeInputs): FlowId[] {
  const flows: FlowId[] = [];
  if (i.clientCredentials) flows.push("A");
  if (i.authCode) flows.push("B");
  if (i.trusted) flows.push("C");
  return flows;
}

/**
 * Everything a smoke run needs, resolved from (in order of precedence) the
 * command-line options, environment variables (secrets) and the stack
 * outputs file written by `cdktf deploy --outputs-file`.
 */
import { readFileSync } from "node:fs";
import { OUTPUTS } from "../../contract/outputs";
import { INTEGRATION_PREFIX } from "./integration-path";
import { OicAccessError } from "../../contract/errors";

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

export class InputError extends OicAccessError {
  readonly code = "SMOKE_INPUT";
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

export function resolveInputs(
  env: string,
  outputs: Record<string, unknown>,
  vars: Record<string, string | undefined>,
  integration: IntegrationOption = {},
): SmokeInputs {
  const tokenUrl = str(outputs, OUTPUTS.tokenUrl) ?? (str(outputs, OUTPUTS.identityDomainUrl) ? `${str(outputs, OUTPUTS.identityDomainUrl)!.replace(/\/$/, "")}/oauth2/v1/token` : undefined);
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
    authorizeUrl: str(outputs, OUTPUTS.authorizeUrl) ?? tokenUrl.replace(/\/token$/, "/authorize"),
    oic: { audience: str(outputs, OUTPUTS.oicAudience), scope: str(outputs, OUTPUTS.oicScope), baseUrl: str(outputs, OUTPUTS.oicBaseUrl) },
    integration: rawPath ? { method, path: fullIntegrationPath(rawPath), body: integration.body, expectedStatus: expected } : undefined,
    clientCredentials: ccId ? { clientId: ccId, secret: vars[SECRET_ENV.clientCredentials] || str(outputs, OUTPUTS.clientCredentialsClientSecret) } : undefined,
    authCode: acId
      ? { clientId: acId, secret: vars[SECRET_ENV.authCode] || str(outputs, OUTPUTS.authCodeClientSecret), redirectUris: list(outputs[OUTPUTS.authCodeRedirectUris]) }
      : undefined,
    trusted: trustedId
      ? {
          clientId: trustedId,
          certificateAlias: str(outputs, OUTPUTS.trustedCertificateAlias),
          fusionScope: str(outputs, OUTPUTS.fusionScope),
          fusionBaseUrl: str(outputs, OUTPUTS.fusionBaseUrl),
          fusionSmokePath: str(outputs, OUTPUTS.fusionSmokePath),
          functionId: str(outputs, OUTPUTS.assertionFunctionId),
          invokeEndpoint: str(outputs, OUTPUTS.assertionFunctionInvokeEndpoint),
        }
      : undefined,
  };
}

export function fullIntegrationPath(path: string): string {
  if (path.startsWith(INTEGRATION_PREFIX)) return path;
  if (path.startsWith("/")) throw new InputError(`integration path "${path}" must start with ${INTEGRATION_PREFIX} or be relative to it (e.g. HELLO_WORLD/1.0/hello)`);
  return `${INTEGRATION_PREFIX}${path}`;
}

/** Flows whose outputs exist, in A, B, C order. */
export function availableFlows(i: SmokeInputs): FlowId[] {
  const flows: FlowId[] = [];
  if (i.clientCredentials) flows.push("A");
  if (i.authCode) flows.push("B");
  if (i.trusted) flows.push("C");
  return flows;
}

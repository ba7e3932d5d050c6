/**
 * The one typed reader of what a deploy wrote (`cdktf deploy --outputs-file`,
 * `terraform output -json` values): the smoke, the certificate command, the
 * doctor and the stand-ins read the stack's outputs through it, so that the
 * identity domains, token URLs, the assertions' `aud` and the defaults are
 * derived once, here, through tokenUrl() and assertionAudience(), and only
 * where the outputs of an older stack lack them.
 */
import { existsSync, readFileSync } from "node:fs";
import { ERROR_CODES, OicAccessError } from "./errors";
import { assertionAudience, authorizeUrl, tokenUrl } from "./identity-domain";
import { OUTPUTS, type OutputName } from "./outputs";

/** The Fusion REST call the smoke makes as the user when `fusion.smokePath` names none (a cheap read every user may do). */
export const DEFAULT_FUSION_SMOKE_PATH = "/hcmRestApi/resources/11.13.18.05/userAccounts?limit=1";

/** Where the commands look for the outputs file of `env` by default. */
export function defaultOutputsPath(env: string): string {
  return `cdktf.out/outputs-${env}.json`;
}

/** The outputs file cannot be used; `reason` says why, the message names the fix. */
export class OutputsFileError extends OicAccessError {
  readonly code = ERROR_CODES.outputsFile;
  constructor(
    readonly reason: "missing" | "unreadable" | "not-json" | "no-environment",
    message: string,
  ) {
    super(message);
  }
}

/**
 * The `{ "<env>": {...} }` block of an outputs file. `optional`: a missing
 * file is no outputs (undefined) rather than an error.
 */
export function readOutputsFile(path: string, env: string, options: { optional?: boolean } = {}): Record<string, unknown> | undefined {
  const write = `npx cdktf output ${env} --outputs-file ${path} --outputs-file-include-sensitive-outputs`;
  if (options.optional && !existsSync(path)) return undefined;
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new OutputsFileError("unreadable", `outputs file "${path}" cannot be read: run "npx cdktf deploy ${env} --outputs-file ${path} --outputs-file-include-sensitive-outputs" (or, after a deploy, "${write}"), or pass --outputs <file>`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new OutputsFileError("not-json", `outputs file "${path}" is not JSON: write it again with "${write}"`);
  }
  const block = (parsed as Record<string, unknown> | null)?.[env];
  if (!block || typeof block !== "object") {
    const envs = Object.keys((parsed as object) ?? {}).join(", ") || "none";
    throw new OutputsFileError("no-environment", `outputs file "${path}" has no block for environment "${env}" (it has: ${envs}); write it with "${write}"`);
  }
  return block as Record<string, unknown>;
}

/** A client app of the `apps` output. */
export interface DeployedApp {
  readonly name: string;
  readonly flow: string;
}

/**
 * The domain that holds the trusted app (Fusion's): where flow C's
 * assertions are exchanged, and what their `aud` names.
 */
export interface TrustedDomain {
  /** `fusion_identity_domain_url`; OIC's domain when the stack has one domain (or predates the output). */
  readonly url?: string;
  /** True when the outputs name Fusion's domain; false when it is taken to be OIC's. */
  readonly named: boolean;
  /** `fusion_token_url`, else the token endpoint of `url`. */
  readonly tokenUrl?: string;
  /** `assertion_audience` (the legacy IDCS value included, when the stack chose it), else assertionAudience(url). */
  readonly assertionAudience?: string;
}

export interface DeployedOutputs {
  /** The values as written, by output name. */
  readonly raw: Readonly<Record<string, unknown>>;
  /** OIC's identity domain: the client apps of flows A and B. */
  readonly identityDomainUrl?: string;
  /** `token_url`, else the token endpoint of `identity_domain_url`. */
  readonly tokenUrl?: string;
  /** `authorize_url`, else the authorize endpoint next to the token endpoint. */
  readonly authorizeUrl?: string;
  readonly oic: { readonly appId?: string; readonly audience?: string; readonly scope?: string; readonly baseUrl?: string };
  readonly integration: { readonly method?: string; readonly path?: string; readonly expectedStatus?: string };
  /** The `apps` output: every client app (no secrets). */
  readonly apps: readonly DeployedApp[];
  readonly clientCredentials?: { readonly clientId: string; readonly clientSecret?: string };
  readonly authCode?: { readonly clientId: string; readonly clientSecret?: string; readonly redirectUris: readonly string[] };
  readonly trustedDomain: TrustedDomain;
  /** Flow C, when the stack has a trusted app. */
  readonly trusted?: {
    readonly clientId: string;
    readonly certificateAlias?: string;
    readonly fusionScope?: string;
    readonly fusionBaseUrl?: string;
    /** `fusion_smoke_path`, else DEFAULT_FUSION_SMOKE_PATH. */
    readonly fusionSmokePath: string;
    readonly functionId?: string;
    readonly invokeEndpoint?: string;
  };
  readonly signingKey: { readonly keyId?: string; readonly keyVersionId?: string; readonly cryptoEndpoint?: string; readonly managementEndpoint?: string };
}

/** A list output: a JSON array, a JSON string of one, or a comma list. */
export function outputList(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  if (typeof v !== "string" || v === "") return [];
  if (v.startsWith("[")) {
    try {
      return (JSON.parse(v) as unknown[]).map(String);
    } catch {
      /* a comma list after all */
    }
  }
  return v.split(",").map((s) => s.trim()).filter(Boolean);
}

function apps(v: unknown): DeployedApp[] {
  try {
    const parsed = typeof v === "string" ? JSON.parse(v) : v;
    if (Array.isArray(parsed)) return parsed.filter((a) => a && typeof a.name === "string").map((a) => ({ name: String(a.name), flow: String(a.flow ?? "client-credentials") }));
  } catch {
    /* a comma list of names */
  }
  return outputList(v).map((name) => ({ name, flow: "client-credentials" }));
}

function originOf(url: string | undefined): string | undefined {
  return url && URL.canParse(url) ? new URL(url).origin : undefined;
}

/** Reads the outputs of one environment (`{ "<output>": value }`), deriving what an older stack did not write. */
export function readDeployedOutputs(raw: Readonly<Record<string, unknown>>): DeployedOutputs {
  const text = (name: OutputName): string | undefined => {
    const v = raw[name];
    if (v === undefined || v === null || v === "") return undefined;
    return typeof v === "string" ? v : String(v);
  };
  const identityDomainUrl = text(OUTPUTS.identityDomainUrl);
  const oicTokenUrl = text(OUTPUTS.tokenUrl) ?? (identityDomainUrl ? tokenUrl(identityDomainUrl) : undefined);
  const oicDomain = identityDomainUrl ?? originOf(oicTokenUrl);
  const fusionDomain = text(OUTPUTS.fusionIdentityDomainUrl);
  const trustedDomainUrl = fusionDomain ?? oicDomain;
  const ccId = text(OUTPUTS.clientCredentialsClientId);
  const acId = text(OUTPUTS.authCodeClientId);
  const trustedId = text(OUTPUTS.trustedClientId);
  return {
    raw,
    identityDomainUrl,
    tokenUrl: oicTokenUrl,
    authorizeUrl: text(OUTPUTS.authorizeUrl) ?? (oicDomain ? authorizeUrl(oicDomain) : undefined),
    oic: { appId: text(OUTPUTS.oicAppId), audience: text(OUTPUTS.oicAudience), scope: text(OUTPUTS.oicScope), baseUrl: text(OUTPUTS.oicBaseUrl) },
    integration: { method: text(OUTPUTS.integrationMethod), path: text(OUTPUTS.integrationPath), expectedStatus: text(OUTPUTS.integrationExpectedStatus) },
    apps: apps(raw[OUTPUTS.apps]),
    clientCredentials: ccId ? { clientId: ccId, clientSecret: text(OUTPUTS.clientCredentialsClientSecret) } : undefined,
    authCode: acId ? { clientId: acId, clientSecret: text(OUTPUTS.authCodeClientSecret), redirectUris: outputList(raw[OUTPUTS.authCodeRedirectUris]) } : undefined,
    trustedDomain: {
      url: trustedDomainUrl,
      named: fusionDomain !== undefined,
      tokenUrl: text(OUTPUTS.fusionTokenUrl) ?? (fusionDomain ? tokenUrl(fusionDomain) : oicTokenUrl),
      assertionAudience: text(OUTPUTS.assertionAudience) ?? (trustedDomainUrl && URL.canParse(trustedDomainUrl) ? assertionAudience(new URL(trustedDomainUrl).origin) : undefined),
    },
    trusted: trustedId
      ? {
          clientId: trustedId,
          certificateAlias: text(OUTPUTS.trustedCertificateAlias),
          fusionScope: text(OUTPUTS.fusionScope),
          fusionBaseUrl: text(OUTPUTS.fusionBaseUrl),
          fusionSmokePath: text(OUTPUTS.fusionSmokePath) ?? DEFAULT_FUSION_SMOKE_PATH,
          functionId: text(OUTPUTS.assertionFunctionId),
          invokeEndpoint: text(OUTPUTS.assertionFunctionInvokeEndpoint),
        }
      : undefined,
    signingKey: {
      keyId: text(OUTPUTS.signingKeyId),
      keyVersionId: text(OUTPUTS.signingKeyVersionId),
      cryptoEndpoint: text(OUTPUTS.signingKeyCryptoEndpoint),
      managementEndpoint: text(OUTPUTS.signingKeyManagementEndpoint),
    },
  };
}

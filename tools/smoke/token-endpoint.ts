/**
 * Token requests through oauth4webapi: client credentials with HTTP Basic,
 * authorization code + PKCE, refresh, and the JWT-bearer grant. Every call
 * returns a plain outcome (token or OAuth error) for the step to report and
 * the diagnosis to read; no exception leaves for a protocol failure.
 *
 * The real domain is never discovered: the AuthorizationServer object is
 * built from the outputs (issuer https://identity.oraclecloud.com/).
 */
import * as oauth from "oauth4webapi";
import { isLoopback } from "./context";

import { GRANT_TYPES, IDCS_ISSUER } from "../../contract/identity-domain";

export const DOMAIN_ISSUER = IDCS_ISSUER;

export interface Endpoints {
  tokenUrl: string;
  authorizeUrl?: string;
}

export function authorizationServer(e: Endpoints): oauth.AuthorizationServer {
  return { issuer: DOMAIN_ISSUER, token_endpoint: e.tokenUrl, authorization_endpoint: e.authorizeUrl };
}

/** http:// is accepted only for loopback stand-ins; a real domain is always https. */
export function requestOptions(e: Endpoints, fetchImpl: typeof fetch): { [oauth.allowInsecureRequests]?: boolean; [oauth.customFetch]: typeof fetch; signal: AbortSignal } {
  const insecure = new URL(e.tokenUrl).protocol === "http:" && isLoopback(e.tokenUrl);
  return {
    ...(insecure ? { [oauth.allowInsecureRequests]: true } : {}),
    [oauth.customFetch]: fetchImpl,
    signal: AbortSignal.timeout(30_000),
  };
}

export type TokenOutcome =
  | { ok: true; tokens: oauth.TokenEndpointResponse }
  | { ok: false; status?: number; error?: string; description?: string; networkError?: string; retryAfter?: string | null };

/** Turns whatever oauth4webapi or fetch threw into a TokenOutcome. */
export async function tokenFailure(err: unknown): Promise<TokenOutcome & { ok: false }> {
  if (err instanceof oauth.ResponseBodyError) {
    return { ok: false, status: err.status, error: err.error, description: err.error_description, retryAfter: err.response.headers.get("retry-after") };
  }
  if (err instanceof oauth.WWWAuthenticateChallengeError) {
    const body = (await err.response.json().catch(() => undefined)) as { error?: string; error_description?: string } | undefined;
    const p = err.cause[0]?.parameters ?? {};
    return { ok: false, status: err.status, error: body?.error ?? p.error, description: body?.error_description ?? p.error_description };
  }
  if (err instanceof oauth.OperationProcessingError) {
    const response = err.cause as { status?: unknown; headers?: { get?: unknown } } | undefined;
    const status = typeof response?.status === "number" ? response.status : undefined;
    const retryAfter = typeof response?.headers?.get === "function" ? (response as Response).headers.get("retry-after") : undefined;
    return { ok: false, status, description: err.message, retryAfter };
  }
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  const name = (err as Error).name;
  if (name === "TimeoutError" || name === "AbortError") return { ok: false, networkError: "timed out after 30 s" };
  return { ok: false, networkError: cause?.code ?? cause?.message ?? (err as Error).message };
}

export async function clientCredentialsToken(e: Endpoints, clientId: string, secret: string, scope: string, f: typeof fetch): Promise<TokenOutcome> {
  const as = authorizationServer(e);
  const client: oauth.Client = { client_id: clientId };
  try {
    const response = await oauth.clientCredentialsGrantRequest(as, client, oauth.ClientSecretBasic(secret), { scope }, requestOptions(e, f));
    return { ok: true, tokens: await oauth.processClientCredentialsResponse(as, client, response) };
  } catch (err) {
    return tokenFailure(err);
  }
}

export async function refreshToken(e: Endpoints, clientId: string, secret: string, token: string, f: typeof fetch): Promise<TokenOutcome> {
  const as = authorizationServer(e);
  const client: oauth.Client = { client_id: clientId };
  try {
    const response = await oauth.refreshTokenGrantRequest(as, client, oauth.ClientSecretBasic(secret), token, requestOptions(e, f));
    return { ok: true, tokens: await oauth.processRefreshTokenResponse(as, client, response) };
  } catch (err) {
    return tokenFailure(err);
  }
}

export async function authorizationCodeToken(
  e: Endpoints,
  clientId: string,
  secret: string,
  callback: URL,
  state: string,
  redirectUri: string,
  codeVerifier: string,
  f: typeof fetch,
): Promise<TokenOutcome> {
  const as = authorizationServer(e);
  const client: oauth.Client = { client_id: clientId };
  try {
    const params = oauth.validateAuthResponse(as, client, callback, state);
    const response = await oauth.authorizationCodeGrantRequest(as, client, oauth.ClientSecretBasic(secret), params, redirectUri, codeVerifier, requestOptions(e, f));
    return { ok: true, tokens: await oauth.processAuthorizationCodeResponse(as, client, response) };
  } catch (err) {
    if (err instanceof oauth.AuthorizationResponseError) return { ok: false, error: err.error, description: err.error_description };
    return tokenFailure(err);
  }
}

/**
 * The JWT-bearer grant with a ready-made body (grant_type, assertion,
 * client_id, client_assertion_type, client_assertion, scope), as the
 * assertion Function builds it. The client authenticates by its assertion,
 * so no other client authentication is added.
 */
export async function jwtBearerToken(e: Endpoints, body: URLSearchParams, f: typeof fetch): Promise<TokenOutcome> {
  const as = authorizationServer(e);
  const clientId = body.get("client_id") ?? "";
  const client: oauth.Client = { client_id: clientId };
  const params = new URLSearchParams(body);
  const grantType = params.get("grant_type") ?? GRANT_TYPES.jwtBearer;
  params.delete("grant_type");
  params.delete("client_id"); // oauth.None() sends it
  try {
    const response = await oauth.genericTokenEndpointRequest(as, client, oauth.None(), grantType, params, requestOptions(e, f));
    return { ok: true, tokens: await oauth.processGenericTokenEndpointResponse(as, client, response) };
  } catch (err) {
    return tokenFailure(err);
  }
}

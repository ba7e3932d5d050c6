/**
 * The JWT-bearer exchange at the identity domain's token endpoint. Only the
 * outcome's shape leaves this file: never the token in an error or a log.
 */
import { decodeJwt } from "jose";
import { HttpError } from "./http-error";

export interface AccessToken {
  accessToken: string;
  tokenType: string;
  /** Scope granted, as the domain returned it (may be absent). */
  scope?: string;
  /** ms since epoch. */
  expiresAt: number;
}

export type TokenClient = (tokenUrl: string, body: URLSearchParams) => Promise<AccessToken>;

export interface TokenClientOptions {
  fetch?: typeof globalThis.fetch;
  /** @default 10 000 */
  timeoutMs?: number;
  now?: () => number;
}

function expiryOf(json: Record<string, unknown>, accessToken: string, now: number): number {
  if (typeof json.expires_in === "number" && json.expires_in > 0) return now + json.expires_in * 1000;
  if (typeof json.expires_in === "string" && /^\d+$/.test(json.expires_in)) return now + Number(json.expires_in) * 1000;
  try {
    const { exp } = decodeJwt(accessToken);
    if (typeof exp === "number") return exp * 1000;
  } catch {
    // Not a JWT: without an expiry the token is used once and not cached.
  }
  return now;
}

export function createTokenClient(options: TokenClientOptions = {}): TokenClient {
  const doFetch = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const now = options.now ?? Date.now;
  return async (tokenUrl, body) => {
    let response: Response;
    try {
      response = await doFetch(tokenUrl, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
        body: body.toString(),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const reason = error instanceof Error && error.name === "TimeoutError" ? `no answer within ${timeoutMs} ms` : "connection failed";
      throw new HttpError(502, "identity_domain_unreachable", `The identity domain token endpoint could not be reached (${reason}).`);
    }
    const text = await response.text();
    let json: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === "object") json = parsed as Record<string, unknown>;
    } catch {
      // handled below: a non-JSON answer is an error either way
    }
    if (!response.ok || typeof json.access_token !== "string") {
      const upstreamError = typeof json.error === "string" ? json.error : undefined;
      const upstreamDescription = typeof json.error_description === "string" ? json.error_description.slice(0, 300) : undefined;
      throw new HttpError(
        502,
        "token_exchange_failed",
        `The identity domain refused the JWT-bearer request (HTTP ${response.status}${upstreamError ? `, ${upstreamError}` : ""}). ` +
          "Check the trusted app's certificate alias, its scope and that the user exists in the domain.",
        { upstreamStatus: response.status, upstreamError, upstreamDescription },
      );
    }
    return {
      accessToken: json.access_token,
      tokenType: typeof json.token_type === "string" ? json.token_type : "Bearer",
      scope: typeof json.scope === "string" ? json.scope : undefined,
      expiresAt: expiryOf(json, json.access_token, now()),
    };
  };
}

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
  /** Longest a token is trusted to live, whatever the answer says. @default MAX_TOKEN_LIFETIME_SECONDS */
  maxLifetimeSeconds?: number;
}

/**
 * Longest lifetime believed: the identity domain's default access-token
 * lifetime. A resource app configured for longer tokens only costs one
 * extra exchange per hour; an absurd `expires_in` (1e13) can no longer pin a
 * token, or an unrepresentable date, in the cache.
 */
export const MAX_TOKEN_LIFETIME_SECONDS = 3600;

function secondsOf(v: unknown): number | undefined {
  const n = typeof v === "number" ? v : typeof v === "string" && /^\d+$/.test(v.trim()) ? Number(v.trim()) : undefined;
  return n !== undefined && Number.isFinite(n) && n >= 0 ? n : undefined;
}

/**
 * When the token stops being served (ms since epoch): the earliest of
 * `expires_in`, the token's own `exp` claim and `maxLifetimeSeconds` from
 * now. Without `expires_in` or `exp` the token is used once and not cached
 * (expiry = now).
 */
export function expiryOf(json: Record<string, unknown>, accessToken: string, now: number, maxLifetimeSeconds = MAX_TOKEN_LIFETIME_SECONDS): number {
  const candidates: number[] = [];
  const expiresIn = secondsOf(json.expires_in);
  if (expiresIn !== undefined) candidates.push(now + expiresIn * 1000);
  try {
    const { exp } = decodeJwt(accessToken);
    if (typeof exp === "number" && Number.isFinite(exp)) candidates.push(exp * 1000);
  } catch {
    // Not a JWT: only expires_in tells.
  }
  if (!candidates.length) return now;
  return Math.min(...candidates, now + maxLifetimeSeconds * 1000);
}

export function createTokenClient(options: TokenClientOptions = {}): TokenClient {
  const doFetch = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const now = options.now ?? Date.now;
  const maxLifetimeSeconds = options.maxLifetimeSeconds ?? MAX_TOKEN_LIFETIME_SECONDS;
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
      expiresAt: expiryOf(json, json.access_token, now(), maxLifetimeSeconds),
    };
  };
}

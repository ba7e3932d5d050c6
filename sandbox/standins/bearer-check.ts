/**
 * How a resource (OIC, Fusion) checks a bearer token from the identity
 * domain: RS256 signature against the domain's JWKS, issuer, audience, scope.
 * Resources do not say why a token was refused (OIC answers a bare 401); the
 * reason is kept for the stand-in's own log only.
 */
import type { IncomingMessage } from "node:http";
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from "jose";
import { DOMAIN_ISSUER } from "./identity-domain";

export type BearerResult = { ok: true; claims: JWTPayload & Record<string, unknown> } | { ok: false; reason: string };

export interface BearerCheckOptions {
  jwksUrl: string;
  /** The resource's primary audience; the token's `aud` list must hold it. */
  audience: string;
  /** Scope part the token's `scope` must hold. */
  scope: string;
}

export function bearerChecker(o: BearerCheckOptions): (req: IncomingMessage) => Promise<BearerResult> {
  const jwks = createRemoteJWKSet(new URL(o.jwksUrl));
  return async (req) => {
    const match = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? "");
    if (!match) return { ok: false, reason: "no bearer token" };
    try {
      const { payload } = await jwtVerify(match[1], jwks, { issuer: DOMAIN_ISSUER, audience: o.audience, algorithms: ["RS256"] });
      const scopes = String(payload.scope ?? "").split(" ");
      if (!scopes.includes(o.scope)) return { ok: false, reason: `scope "${String(payload.scope)}" lacks "${o.scope}"` };
      return { ok: true, claims: payload as JWTPayload & Record<string, unknown> };
    } catch (err) {
      return { ok: false, reason: (err as Error).message };
    }
  };
}

/**
 * Decode-only checks of an access token's shape (jose decodeJwt: the
 * resource verifies the signature, we look at what the token says):
 * audience, scope, expiry, type, subject. Returns the claims and a list of
 * problems in plain words.
 */
import { decodeJwt, type JWTPayload } from "jose";
import { splitScope } from "../../contract/scope";

export interface ShapeExpectation {
  /** FQS requested: its audience must be in `aud`, its scope part in `scope`. */
  scope: string;
  subType: "client" | "user";
  clientId?: string;
  subject?: string;
  now: number;
}

export interface Shape {
  claims: Record<string, unknown>;
  problems: string[];
  summary: string;
}

export function checkTokenShape(token: string, e: ShapeExpectation): Shape {
  let claims: JWTPayload & Record<string, unknown>;
  try {
    claims = decodeJwt(token) as JWTPayload & Record<string, unknown>;
  } catch {
    return { claims: {}, problems: ["the access token is not a JWT"], summary: "not a JWT" };
  }
  const problems: string[] = [];
  const parts = splitScope(e.scope);
  const aud = Array.isArray(claims.aud) ? claims.aud : claims.aud ? [claims.aud] : [];
  if (parts && !aud.includes(parts.audience)) problems.push(`aud ${JSON.stringify(aud)} lacks "${parts.audience}"`);
  const scopes = String(claims.scope ?? "").split(" ");
  if (parts && !scopes.includes(parts.scope)) problems.push(`scope "${String(claims.scope ?? "")}" lacks "${parts.scope}"`);
  const nowS = Math.floor(e.now / 1000);
  if (typeof claims.exp !== "number") problems.push("no exp");
  else if (claims.exp <= nowS) problems.push(`expired at ${new Date(claims.exp * 1000).toISOString()}`);
  if (claims.tok_type !== undefined && claims.tok_type !== "AT") problems.push(`tok_type "${String(claims.tok_type)}" is not "AT"`);
  if (claims.sub_type !== undefined && claims.sub_type !== e.subType) problems.push(`sub_type "${String(claims.sub_type)}", expected "${e.subType}"`);
  if (e.clientId && claims.client_id !== undefined && claims.client_id !== e.clientId) problems.push(`client_id "${String(claims.client_id)}", expected "${e.clientId}"`);
  if (e.subject && claims.sub !== e.subject) problems.push(`sub "${String(claims.sub)}", expected "${e.subject}"`);
  const ttl = typeof claims.exp === "number" ? claims.exp - nowS : undefined;
  const summary = `aud ok, scope ${String(claims.scope ?? "")}, sub ${String(claims.sub ?? "?")} (${String(claims.sub_type ?? "?")})${ttl !== undefined ? `, expires in ${ttl}s` : ""}`;
  return { claims, problems, summary };
}

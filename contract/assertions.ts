/**
 * The two JWTs of the identity domain's user-assertion flow (flow C) and the
 * token request body that carries them. Shared by the Function and by the
 * smoke test, so both mint assertions with the same code.
 *
 * Signing goes through AssertionSigner: the private key lives in OCI Vault
 * (KmsSigner) or, for tests and the sandbox, in a node:crypto KeyObject
 * (LocalKeySigner). jose cannot sign with a key it cannot hold, so the JWS
 * signing input is built here and only the RSA signature is delegated.
 */
import { randomUUID } from "node:crypto";
import { base64url } from "jose";
import { CLIENT_ASSERTION_TYPE, GRANT_TYPES } from "./identity-domain";

/** Something that signs with the trusted app's private key (RSASSA-PKCS1-v1_5 SHA-256). */
export interface AssertionSigner {
  /** `kid` header: the certificate alias on the trusted app. */
  readonly keyId: string;
  /** Returns the raw RSASSA-PKCS1-v1_5 SHA-256 signature of `signingInput`. */
  sign(signingInput: Uint8Array): Promise<Uint8Array>;
}

export interface AssertionParams {
  /** Client ID of the trusted app: `iss` of both assertions, `sub` of the client assertion. */
  clientId: string;
  /** `sub` of the user assertion: OIC's "Invoked By". */
  userName: string;
  /** `aud` of both assertions: the URL of the domain that holds the trusted app (`assertionAudience()` in ./identity-domain). */
  audience: string;
  /** The downstream fully qualified scope (Fusion audience + scope). */
  scope: string;
  /** @default 300 */
  lifetimeSeconds?: number;
  /** Clock in ms. @default Date.now */
  now?: () => number;
}

export const JWT_BEARER_GRANT_TYPE = GRANT_TYPES.jwtBearer;
export { CLIENT_ASSERTION_TYPE };
export const DEFAULT_ASSERTION_LIFETIME_SECONDS = 300;
/** Longest lifetime accepted: an assertion is a one-shot credential. */
export const MAX_ASSERTION_LIFETIME_SECONDS = 3600;
/** `iat` is back-dated by this much so a verifier whose clock runs behind still accepts it. */
export const CLOCK_SKEW_SECONDS = 30;

export interface AssertionClaims {
  iss: string;
  sub: string;
  aud: string;
  iat: number;
  exp: number;
  jti: string;
}

const encoder = new TextEncoder();

/** Compact JWS (RS256) of `claims`, signed through `signer`. */
export async function signAssertion(signer: AssertionSigner, claims: AssertionClaims): Promise<string> {
  const header = { alg: "RS256", typ: "JWT", kid: signer.keyId };
  const signingInput = `${base64url.encode(JSON.stringify(header))}.${base64url.encode(JSON.stringify(claims))}`;
  const signature = await signer.sign(encoder.encode(signingInput));
  return `${signingInput}.${base64url.encode(signature)}`;
}

function requireText(field: keyof AssertionParams, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "" || value !== value.trim()) {
    throw new TypeError(`${field} must be a non-empty string without surrounding spaces`);
  }
  return value;
}

/**
 * Builds the form body of the JWT-bearer token request:
 * `grant_type, assertion (user), client_id, client_assertion_type,
 * client_assertion, scope`. `expiresAt` (ms since epoch) is when the
 * assertions stop being accepted.
 */
export async function buildJwtBearerRequest(
  signer: AssertionSigner,
  p: AssertionParams,
): Promise<{ body: URLSearchParams; expiresAt: number }> {
  const clientId = requireText("clientId", p.clientId);
  const userName = requireText("userName", p.userName);
  const audience = requireText("audience", p.audience);
  const scope = requireText("scope", p.scope);
  const lifetime = p.lifetimeSeconds ?? DEFAULT_ASSERTION_LIFETIME_SECONDS;
  if (!Number.isInteger(lifetime) || lifetime < 1 || lifetime > MAX_ASSERTION_LIFETIME_SECONDS) {
    throw new RangeError(`lifetimeSeconds must be an integer from 1 to ${MAX_ASSERTION_LIFETIME_SECONDS}, got ${lifetime}`);
  }
  const nowSeconds = Math.floor((p.now ?? Date.now)() / 1000);
  const iat = nowSeconds - CLOCK_SKEW_SECONDS;
  const exp = nowSeconds + lifetime;

  const [clientAssertion, userAssertion] = await Promise.all([
    signAssertion(signer, { iss: clientId, sub: clientId, aud: audience, iat, exp, jti: randomUUID() }),
    signAssertion(signer, { iss: clientId, sub: userName, aud: audience, iat, exp, jti: randomUUID() }),
  ]);
  const body = new URLSearchParams({
    grant_type: JWT_BEARER_GRANT_TYPE,
    assertion: userAssertion,
    client_id: clientId,
    client_assertion_type: CLIENT_ASSERTION_TYPE,
    client_assertion: clientAssertion,
    scope,
  });
  return { body, expiresAt: exp * 1000 };
}

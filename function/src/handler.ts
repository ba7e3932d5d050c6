/**
 * The Function's logic, independent of the FDK: one request in, one response
 * out. Signer, token client, cache and clock are injected so tests and the
 * benchmark need no OCI.
 *
 * payload mode: answers the form body of the JWT-bearer token request (what
 * the A-Team article's integration posts to the identity domain).
 * token mode: also performs that exchange and answers the access token,
 * cached per (user, scope) until shortly before it expires.
 */
import { assertAllowed } from "./allow";
import { buildJwtBearerRequest, type AssertionSigner } from "../../contract/assertions";
import type { FunctionConfig } from "./config";
import { HttpError } from "./http-error";
import type { GroupDirectory } from "./group-directory";
import { fingerprint, silentLogger, type Logger } from "./log";
import { parseAssertionRequest } from "./request";
import { TokenCache } from "./token-cache";
import { createTokenClient, type AccessToken, type TokenClient } from "./token-client";

export interface FunctionRequest {
  body: Uint8Array;
  contentType?: string | null;
  accept?: string | null;
  /** Fn call id, for log correlation. */
  callId?: string | null;
}

export interface FunctionResponse {
  status: number;
  contentType: string;
  /** A string is sent as is; an object as JSON. */
  body: string | Record<string, unknown>;
}

export type AssertionHandler = (request: FunctionRequest) => Promise<FunctionResponse>;

export interface HandlerDeps {
  config: FunctionConfig;
  signer: AssertionSigner;
  /** @default fetch against config.tokenUrl */
  tokenClient?: TokenClient;
  /** @default a 1000-entry cache refreshing 60 s before expiry */
  cache?: TokenCache<AccessToken>;
  /** ms clock. @default Date.now */
  now?: () => number;
  log?: Logger;
  /** @default 300 */
  assertionLifetimeSeconds?: number;
  /** Reads group membership in Fusion's domain; needed when ALLOWED_GROUPS is set. */
  groups?: GroupDirectory;
}

const FORM = "application/x-www-form-urlencoded";
const JSON_TYPE = "application/json";

/** payload mode answers the bare form body when the caller asks for text or a form. */
function wantsRawPayload(accept: string | null | undefined): boolean {
  const a = (accept ?? "").toLowerCase();
  return (a.includes("text/plain") || a.includes(FORM)) && !a.includes(JSON_TYPE);
}

export function createAssertionHandler(deps: HandlerDeps): AssertionHandler {
  const { config, signer } = deps;
  const now = deps.now ?? Date.now;
  const log = deps.log ?? silentLogger;
  const tokenClient = deps.tokenClient ?? createTokenClient({ now });
  const cache = deps.cache ?? new TokenCache<AccessToken>({ now });

  const mint = (user: string, scope: string) =>
    buildJwtBearerRequest(signer, {
      clientId: config.trustedClientId,
      userName: user,
      audience: config.assertionAudience,
      scope,
      lifetimeSeconds: deps.assertionLifetimeSeconds,
      now,
    }).catch((error: unknown) => {
      log({ level: "error", event: "signing_failed", reason: error instanceof Error ? error.message.slice(0, 200) : "unknown" });
      throw new HttpError(502, "signing_failed", "The Vault key could not sign the assertion; check the key version and the function's policy.");
    });

  const payload = async (user: string, scope: string, accept: string | null | undefined): Promise<FunctionResponse> => {
    const { body, expiresAt } = await mint(user, scope);
    if (wantsRawPayload(accept)) return { status: 200, contentType: FORM, body: body.toString() };
    return {
      status: 200,
      contentType: JSON_TYPE,
      body: {
        payload: body.toString(),
        contentType: FORM,
        ...(config.tokenUrl ? { tokenUrl: config.tokenUrl } : {}),
        expiresAt: new Date(expiresAt).toISOString(),
      },
    };
  };

  const token = async (user: string, scope: string): Promise<{ response: FunctionResponse; cached: boolean }> => {
    const tokenUrl = config.tokenUrl!;
    const { value, cached } = await cache.get(TokenCache.key(user, scope), async () => {
      const { body } = await mint(user, scope);
      return tokenClient(tokenUrl, body);
    });
    const expiresIn = Math.max(0, Math.floor((value.expiresAt - now()) / 1000));
    return {
      cached,
      response: {
        status: 200,
        contentType: JSON_TYPE,
        body: {
          access_token: value.accessToken,
          token_type: value.tokenType,
          expires_in: expiresIn,
          expires_at: new Date(value.expiresAt).toISOString(),
          scope: value.scope ?? scope,
          cached,
        },
      },
    };
  };

  return async (request) => {
    const started = now();
    const callId = request.callId ?? undefined;
    try {
      const { user, folded, scope } = parseAssertionRequest(request.body, request.contentType, config);
      await assertAllowed({ name: user, folded }, config.allow, deps.groups);
      let response: FunctionResponse;
      let cached: boolean | undefined;
      if (config.mode === "token") {
        ({ response, cached } = await token(user, scope));
      } else {
        response = await payload(user, scope, request.accept);
      }
      log({ level: "info", event: "minted", mode: config.mode, callId, user: fingerprint(user), scope, cached, ms: now() - started });
      return response;
    } catch (error) {
      if (error instanceof HttpError) {
        log({ level: "warn", event: error.error, status: error.status, callId, ms: now() - started });
        return { status: error.status, contentType: JSON_TYPE, body: error.toBody() };
      }
      log({ level: "error", event: "internal_error", callId, reason: error instanceof Error ? error.name : "unknown" });
      return { status: 500, contentType: JSON_TYPE, body: { error: "internal_error", message: "Unexpected failure; see the function's logs." } };
    }
  };
}

/** Every request answered with the configuration problem (a misconfigured Function stays up and says why). */
export function createMisconfiguredHandler(message: string): AssertionHandler {
  return async () => ({ status: 500, contentType: JSON_TYPE, body: { error: "function_misconfigured", message } });
}

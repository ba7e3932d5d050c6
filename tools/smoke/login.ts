/**
 * Flow B's one interactive step: authorization code with PKCE through a
 * loopback redirect URI (one of auth_code_redirect_uris), then the refresh
 * token goes to the token store. The authorize URL is printed (it holds no
 * secret) and opened in a browser when one exists.
 */
import { createServer, type Server } from "node:http";
import * as oauth from "oauth4webapi";
import { OFFLINE_ACCESS } from "../../contract/scope";
import { isLoopbackHost } from "../../contract/loopback";
import type { SmokeDeps } from "./context";
import { fail, type StepOutcome } from "./flow-run";
import type { SmokeInputs } from "./inputs";
import { authorizationCodeToken } from "./token-endpoint";
import { writeRefreshToken } from "./token-store";
import { fingerprint } from "./fingerprint";
import { CodedError, ERROR_CODES } from "../../contract/errors";

export interface LoginOptions {
  tokenStorePath: string;
  /** Shows the URL to a person (opens a browser) or, in the sandbox, drives the login pages. */
  openBrowser: (url: string) => Promise<unknown>;
  /** @default 300000 */
  timeoutMs?: number;
}

/** The loopback redirect URI to listen on, or undefined. */
export function loopbackRedirect(uris: readonly string[]): URL | undefined {
  for (const u of uris) {
    try {
      const url = new URL(u);
      if (url.protocol === "http:" && isLoopbackHost(url.hostname) && url.port) return url;
    } catch {
      /* not a URL */
    }
  }
  return undefined;
}

function waitForCallback(redirect: URL, timeoutMs: number): { ready: Promise<void>; callback: Promise<URL>; close: () => void } {
  let server: Server | undefined;
  let timer: NodeJS.Timeout | undefined;
  let readyResolve!: () => void;
  let readyReject!: (e: Error) => void;
  const ready = new Promise<void>((res, rej) => ((readyResolve = res), (readyReject = rej)));
  const callback = new Promise<URL>((resolve, reject) => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? "/", redirect.origin);
      if (url.pathname !== redirect.pathname) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end("<!doctype html><title>oic-access</title><p>Login received. You can close this window and return to the terminal.</p>");
      resolve(url);
    });
    server.on("error", (err: NodeJS.ErrnoException) => {
      const e = new CodedError(ERROR_CODES.login, err.code === "EADDRINUSE" ? `port ${redirect.port} of the redirect URI ${redirect.href} is in use; free it and retry` : err.message);
      readyReject(e);
      reject(e);
    });
    server.listen(Number(redirect.port), redirect.hostname === "localhost" ? "127.0.0.1" : redirect.hostname, () => readyResolve());
    timer = setTimeout(() => reject(new CodedError(ERROR_CODES.login, `no login within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
  });
  const close = () => {
    clearTimeout(timer);
    server?.closeAllConnections();
    server?.close();
  };
  return { ready, callback, close };
}

export async function interactiveLogin(inputs: SmokeInputs, deps: SmokeDeps, o: LoginOptions): Promise<StepOutcome> {
  const ac = inputs.authCode;
  if (!ac) return fail("no auth-code app in the outputs", { step: "inputs", expected: { missing: "auth_code_client_id output" } });
  if (!ac.secret) return fail("no client secret", { step: "inputs", expected: { missing: "the auth-code app's secret (OIC_ACCESS_AC_CLIENT_SECRET or a sensitive outputs file)" } });
  if (!inputs.oic.scope) return fail("no OIC scope", { step: "inputs", expected: { missing: "oic_scope output" } });
  deps.redactor.add(ac.secret);
  const redirect = loopbackRedirect(ac.redirectUris);
  if (!redirect) {
    return fail("no loopback redirect URI", {
      step: "inputs",
      expected: { missing: `a loopback redirect URI (http://127.0.0.1:<port>/callback) in auth_code_redirect_uris; the app has ${JSON.stringify(ac.redirectUris)} (set allowLoopbackRedirect and add one)` },
    });
  }
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const authorize = new URL(inputs.authorizeUrl ?? inputs.tokenUrl.replace(/\/token$/, "/authorize"));
  authorize.searchParams.set("client_id", ac.clientId);
  authorize.searchParams.set("response_type", "code");
  authorize.searchParams.set("redirect_uri", redirect.href);
  authorize.searchParams.set("scope", `${inputs.oic.scope} ${OFFLINE_ACCESS}`);
  authorize.searchParams.set("state", state);
  authorize.searchParams.set("code_challenge", await oauth.calculatePKCECodeChallenge(verifier));
  authorize.searchParams.set("code_challenge_method", "S256");

  const waiter = waitForCallback(redirect, o.timeoutMs ?? 300_000);
  try {
    await waiter.ready;
    deps.log(`  Open this URL and sign in as a user who holds ServiceInvoker:\n    ${authorize.href}`);
    await o.openBrowser(authorize.href);
    const callback = await waiter.callback;
    const out = await authorizationCodeToken(inputs, ac.clientId, ac.secret, callback, state, redirect.href, verifier, deps.fetch);
    if (!out.ok) {
      return fail(`${out.error ?? out.networkError ?? "failed"}`, {
        step: "login",
        status: out.status ?? 400,
        oauthError: out.error,
        oauthErrorDescription: out.description,
        networkError: out.networkError,
        expected: { clientId: ac.clientId, scope: inputs.oic.scope, audience: inputs.oic.audience },
      });
    }
    const rt = out.tokens.refresh_token;
    deps.redactor.add(out.tokens.access_token);
    if (!rt) {
      return fail("no refresh token in the response", {
        step: "login",
        status: 200,
        oauthError: "no_refresh_token",
        oauthErrorDescription: "the app must allow the refresh_token grant and the scope must include offline_access",
        expected: { clientId: ac.clientId },
      });
    }
    deps.redactor.add(rt);
    writeRefreshToken(o.tokenStorePath, rt);
    return { ok: true, detail: `refresh token ${fingerprint(rt)} stored in ${o.tokenStorePath} (mode 0600)` };
  } catch (err) {
    return fail((err as Error).message, { step: "login", oauthErrorDescription: (err as Error).message, expected: {} });
  } finally {
    waiter.close();
  }
}

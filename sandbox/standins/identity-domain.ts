/**
 * A local stand-in for an OCI IAM identity domain, built on oidc-provider
 * (a certified OAuth 2.0 / OIDC server), so the smoke test speaks to a real
 * protocol implementation and not to a mock of our own expectations.
 *
 * It follows "Access token request" / "JWT assertion" in the identity-domain
 * REST docs (https://docs.oracle.com/en-us/iaas/Content/Identity/api-getstarted/...)
 * where it can; departures are marked "DEPARTURE" below.
 */
import { createServer, type Server } from "node:http";
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { exportJWK, jwtVerify, decodeProtectedHeader, errors as joseErrors, type JWK } from "jose";
import { lendRsaKey } from "./key-pool";
import type Provider from "oidc-provider";
import type { Configuration, KoaContextWithOIDC, ClientMetadata, AdapterPayload } from "oidc-provider";
import { domainStateScim } from "./scim-admin/from-domain-state";
import { DomainState, JWT_BEARER, type StandinApp } from "./domain-state";
import { loadOidcProvider, quietly } from "./load-oidc-provider";
import { DOMAIN_ENDPOINT_PATHS, IDCS_ISSUER, assertionAudience, authorizeUrl, signingJwksUrl, tokenUrl } from "../../contract/identity-domain";

/** Where the real domain serves these (and so does the stand-in). */
const DOMAIN_PATHS = {
  ...DOMAIN_ENDPOINT_PATHS,
  revoke: "/oauth2/v1/revoke",
  userinfo: "/oauth2/v1/userinfo",
  introspect: "/oauth2/v1/introspect",
  logout: "/oauth2/v1/userlogout",
} as const;

/**
 * `iss` of the domain's tokens: the same for every domain, so a resource
 * tells domains apart by their signing keys. Older IDCS also took it as the
 * assertions' `aud`; the stand-in does so only with acceptLegacyAudience.
 */
export const DOMAIN_ISSUER = IDCS_ISSUER;

/** The `aud` values a domain at `url` accepts in assertions: its URL (Oracle's sample writes a trailing slash). */
function acceptedAudiences(url: string, state: DomainState): string[] {
  const origin = new URL(url).origin;
  return [origin, assertionAudience(origin), ...(state.acceptLegacyAudience ? [DOMAIN_ISSUER] : [])];
}

const SUPPORTED_GRANTS = new Set(["client_credentials", "authorization_code", "refresh_token", JWT_BEARER]);
const STATIC_SCOPES = new Set(["openid", "offline_access"]);
const ACCESS_TOKEN_TTL_SECONDS = 3600;

export interface IdentityDomainStandin {
  readonly url: string;
  readonly tokenUrl: string;
  readonly authorizeUrl: string;
  readonly jwksUrl: string;
  readonly state: DomainState;
  /** Test hook: every stored refresh token (of one client, or all) stops working. */
  revokeRefreshTokens(clientId?: string): number;
  close(): Promise<void>;
}

type Store = Map<string, Map<string, { payload: AdapterPayload; expiresAt?: number }>>;

/** In-memory storage; clients come live from DomainState so test hooks apply at once. */
function adapterFactory(store: Store, state: DomainState) {
  return class StandinAdapter {
    readonly #name: string;
    constructor(name: string) {
      this.#name = name;
      if (!store.has(name)) store.set(name, new Map());
    }
    get #items() {
      return store.get(this.#name)!;
    }
    async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
      this.#items.set(id, { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : undefined });
    }
    async find(id: string): Promise<AdapterPayload | undefined> {
      if (this.#name === "Client") return clientMetadata(state.apps.get(id)) as AdapterPayload | undefined;
      const item = this.#items.get(id);
      if (!item || (item.expiresAt !== undefined && item.expiresAt < Date.now())) return undefined;
      return item.payload;
    }
    async findByUserCode(): Promise<undefined> {
      return undefined;
    }
    async findByUid(uid: string): Promise<AdapterPayload | undefined> {
      for (const { payload } of this.#items.values()) if (payload.uid === uid) return payload;
      return undefined;
    }
    async consume(id: string): Promise<void> {
      const item = this.#items.get(id);
      if (item) item.payload.consumed = Math.floor(Date.now() / 1000);
    }
    async destroy(id: string): Promise<void> {
      this.#items.delete(id);
    }
    async revokeByGrantId(grantId: string): Promise<void> {
      for (const [id, { payload }] of this.#items) if (payload.grantId === grantId) this.#items.delete(id);
    }
  };
}

/** oidc-provider client metadata of an app; undefined for an inactive app (the domain refuses it). */
function clientMetadata(app: StandinApp | undefined): ClientMetadata | undefined {
  if (!app || !app.active) return undefined;
  const grants = [...app.allowedGrants].filter((g) => SUPPORTED_GRANTS.has(g));
  const code = grants.includes("authorization_code");
  const base: ClientMetadata = {
    client_id: app.name,
    // oidc-provider needs at least one grant type; a client left with none can still
    // authenticate and is then refused every grant (unauthorized_client), as in the domain.
    grant_types: grants.length ? grants : ["implicit"],
    response_types: code ? ["code"] : grants.length ? [] : ["id_token"],
    redirect_uris: code ? app.redirectUris : grants.length ? [] : ["https://unused.invalid/cb"],
  };
  if (app.clientType === "trusted") {
    const keys = [...app.certificates].map(([alias, key]) => ({ ...(key.export({ format: "jwk" }) as JWK), kid: alias, alg: "RS256", use: "sig" }));
    return { ...base, token_endpoint_auth_method: "private_key_jwt", token_endpoint_auth_signing_alg: "RS256", jwks: { keys } } as ClientMetadata;
  }
  return { ...base, client_secret: app.secret, token_endpoint_auth_method: "client_secret_basic" };
}

function fqsScopePart(fqs: string): string {
  const at = fqs.indexOf("urn:");
  return at > 0 ? fqs.slice(at) : fqs;
}

export interface IdentityDomainOptions {
  /** Print oidc-provider's development warnings. @default false */
  verbose?: boolean;
  /**
   * The URL clients know this domain by (the real domain URL from the
   * Terraform outputs, which the sandbox routes to this loopback server):
   * assertions may name it in `aud`, as they would the real domain.
   * @default the loopback URL only
   */
  publicUrl?: string;
}

export async function startIdentityDomain(state: DomainState, options: IdentityDomainOptions = {}): Promise<IdentityDomainStandin> {
  const { Provider: ProviderClass, errors } = await loadOidcProvider(options.verbose);
  const store: Store = new Map();
  const signingKey = lendRsaKey();
  const privateKey = signingKey.privateKey;
  const signingJwk = { ...(await exportJWK(privateKey)), kid: "SIGNING_KEY", alg: "RS256", use: "sig" };

  const scopeError = (message: string) => new errors.InvalidScope(message, "");

  /** The resource (OIC or Fusion) a request's FQS names; the domain has no `resource` parameter. */
  function resourceFromScope(ctx: KoaContextWithOIDC): string | undefined {
    const requested = String(ctx.oidc.params?.scope ?? "").split(" ").filter((s) => s && !STATIC_SCOPES.has(s));
    if (requested.length === 0) return undefined;
    const audiences = new Set<string>();
    for (const s of requested) {
      const resource = state.resourceFor(s);
      // Oracle: an unknown or malformed FQS is "invalid_scope".
      if (!resource) throw scopeError(`The requested scope is invalid, unknown, or malformed: "${s}" is not the fully qualified scope of any resource app`);
      audiences.add(resource.audience);
    }
    if (audiences.size > 1) throw scopeError("The requested scopes belong to more than one resource app");
    return [...audiences][0];
  }

  const configuration: Configuration = {
    adapter: adapterFactory(store, state) as unknown as Configuration["adapter"],
    jwks: { keys: [signingJwk as never] },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    routes: {
      authorization: DOMAIN_PATHS.authorize,
      token: DOMAIN_PATHS.token,
      jwks: DOMAIN_PATHS.jwks,
      revocation: DOMAIN_PATHS.revoke,
      userinfo: DOMAIN_PATHS.userinfo,
      introspection: DOMAIN_PATHS.introspect,
      end_session: DOMAIN_PATHS.logout,
    },
    clientAuthMethods: ["client_secret_basic", "client_secret_post", "private_key_jwt"],
    features: {
      devInteractions: { enabled: true },
      clientCredentials: { enabled: true },
      revocation: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: async (ctx, _client, oneOf) => (oneOf ? oneOf[0] : resourceFromScope(ctx)) as string,
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx, indicator, client) => {
          const resource = state.resources.find((r) => r.audience === indicator);
          if (!resource) throw scopeError(`no resource app has the audience "${indicator}"`);
          const fqs = `${resource.audience}${resource.scope}`;
          if (!state.apps.get(client.clientId)?.scopes.includes(fqs)) {
            throw scopeError(`The requested scope is invalid, unknown, or malformed: the app "${client.clientId}" is not allowed "${fqs}"`);
          }
          return { scope: fqs, audience: resource.audience, accessTokenTTL: ACCESS_TOKEN_TTL_SECONDS, accessTokenFormat: "jwt", jwt: { sign: { alg: "RS256" } } };
        },
      },
    },
    pkce: { required: () => true },
    rotateRefreshToken: () => true,
    // As oidc-provider's default, and only when OIC's resource app allows token refresh.
    issueRefreshToken: async (_ctx, client, code) =>
      client.grantTypeAllowed("refresh_token") && code.scopes.has("offline_access") && !state.resources.some((r) => r.kind === "oic" && r.allowRefresh === false),
    ttl: {
      AccessToken: ACCESS_TOKEN_TTL_SECONDS,
      ClientCredentials: ACCESS_TOKEN_TTL_SECONDS,
      AuthorizationCode: 60,
      IdToken: ACCESS_TOKEN_TTL_SECONDS,
      RefreshToken: 7 * 24 * 3600,
      Grant: 7 * 24 * 3600,
      Session: 24 * 3600,
      Interaction: 600,
    },
    findAccount: async (_ctx, id) => (state.users.has(id) ? { accountId: id, claims: async () => ({ sub: id }) } : undefined),
    formats: {
      customizers: {
        // Claims shaped like the domain's access tokens (see the project brief).
        jwt: async (_ctx, token, jwt) => {
          const p = jwt.payload as Record<string, unknown>;
          const isUser = Boolean((token as { accountId?: string }).accountId);
          p.aud = [token.resourceServer?.audience ?? p.aud].flat();
          p.scope = String(p.scope ?? "").split(" ").filter(Boolean).map(fqsScopePart).join(" ");
          p.sub_type = isUser ? "user" : "client";
          p.tok_type = "AT";
          p.client_id = token.clientId;
          // DEPARTURE: the domain's header is `typ: JWT` with x5t/kid of its signing cert; oidc-provider writes `at+jwt`.
          jwt.header = { typ: "JWT" };
        },
      },
    },
  };

  // The provider's issuer is the domain's fixed `iss`; endpoint URLs come from the request host.
  const construct = () => new ProviderClass(DOMAIN_ISSUER, configuration);
  const provider = options.verbose ? construct() : await quietly(construct);
  // The domain's own URL, known once the server listens.
  let audiences: string[] = [];
  // Client assertions: oidc-provider accepts issuer/endpoint URLs; the domain wants its own URL in `aud`.
  provider.OIDCContext.prototype.clientJwtAuthExpectedAudience = () => new Set(audiences);
  registerJwtBearer(provider, state, errors, () => audiences);
  // DEPARTURE: oidc-provider drops offline_access unless prompt=consent is asked for (OIDC Core 11);
  // the domain issues a refresh token for offline_access alone, so the stand-in adds the prompt.
  provider.use(async (ctx, next) => {
    if (ctx.path === DOMAIN_PATHS.authorize && ctx.method === "GET") {
      const q = new URLSearchParams(ctx.querystring);
      if ((q.get("scope") ?? "").split(" ").includes("offline_access") && !q.has("prompt")) {
        q.set("prompt", "consent");
        ctx.querystring = q.toString();
      }
    }
    await next();
  });
  surfaceErrorDetail(provider, state, () => audiences);

  // The SCIM admin API's Users and Groups (the Function's group lookup) beside the OAuth endpoints.
  const scim = domainStateScim(state);
  const oauth = provider.callback();
  const server: Server = createServer((req, res) => {
    scim(req, res).then(
      (answered) => {
        if (!answered) void oauth(req, res);
      },
      () => {
        if (!res.headersSent) res.writeHead(500).end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  audiences = [...acceptedAudiences(url, state), ...(options.publicUrl ? acceptedAudiences(options.publicUrl, state) : [])];

  return {
    url,
    tokenUrl: tokenUrl(url),
    authorizeUrl: authorizeUrl(url),
    jwksUrl: signingJwksUrl(url),
    state,
    revokeRefreshTokens(clientId?: string): number {
      const tokens = store.get("RefreshToken");
      let n = 0;
      for (const [id, { payload }] of tokens ?? []) {
        if (!clientId || payload.clientId === clientId) {
          tokens!.delete(id);
          n += 1;
        }
      }
      return n;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }).finally(() => signingKey.release()),
  };
}

/**
 * The user-assertion grant. oidc-provider has authenticated the client by then
 * (private_key_jwt against the trusted app's certificate, kid = alias); this
 * checks the user assertion and that the user exists, then mints a user token
 * for the resource the FQS names.
 */
function registerJwtBearer(provider: Provider, state: DomainState, errors: typeof import("oidc-provider").errors, audiences: () => string[]): void {
  provider.registerGrantType(
    JWT_BEARER,
    async (ctx: KoaContextWithOIDC) => {
      const client = ctx.oidc.client!;
      const app = state.apps.get(client.clientId);
      const assertion = String(ctx.oidc.params?.assertion ?? "");
      if (!assertion) throw new errors.InvalidRequest("missing assertion (the user assertion)");
      const alias = decodeProtectedHeader(assertion).kid ?? "";
      const key = app?.certificates.get(alias);
      if (!key) throw new errors.InvalidGrant(`user assertion: no certificate with alias "${alias}" is imported into the trusted app`);
      const skewedNow = new Date(Date.now() + state.clockSkewSeconds * 1000);
      let sub: string;
      try {
        const { payload } = await jwtVerify(assertion, key, {
          algorithms: ["RS256"],
          issuer: client.clientId,
          audience: audiences(),
          currentDate: skewedNow,
          clockTolerance: 30,
          requiredClaims: ["sub", "exp", "iat", "jti"],
        });
        sub = String(payload.sub);
        if (typeof payload.iat === "number" && payload.iat > skewedNow.getTime() / 1000 + 30) {
          throw new errors.InvalidGrant("user assertion: iat is in the future (clock skew between signer and identity domain)");
        }
      } catch (err) {
        if (err instanceof joseErrors.JWTExpired) throw new errors.InvalidGrant("user assertion: the assertion has expired (exp is in the past: check clock skew)");
        if (err instanceof joseErrors.JWTClaimValidationFailed && err.claim === "nbf") throw new errors.InvalidGrant("user assertion: not yet valid (nbf in the future: check clock skew)");
        if (err instanceof joseErrors.JWSSignatureVerificationFailed) throw new errors.InvalidGrant(`user assertion: signature does not verify with the certificate "${alias}"`);
        if (err instanceof joseErrors.JWTClaimValidationFailed && err.claim === "aud") throw new errors.InvalidGrant(`user assertion: aud must include the identity domain URL ${audiences()[1]}`);
        if (err instanceof joseErrors.JOSEError) throw new errors.InvalidGrant(`user assertion: ${err.message}`);
        throw err;
      }
      if (!state.hasUser(sub)) throw new errors.InvalidGrant(`user assertion: the user "${sub}" does not exist in the identity domain`);

      const requested = String(ctx.oidc.params?.scope ?? "").split(" ").filter(Boolean);
      const fqs = requested.find((s) => !STATIC_SCOPES.has(s));
      const resource = fqs ? state.resourceFor(fqs) : undefined;
      if (!fqs || !resource) throw new errors.InvalidScope(`The requested scope is invalid, unknown, or malformed: "${fqs ?? ""}"`, fqs ?? "");
      if (!app?.scopes.includes(fqs)) throw new errors.InvalidScope(`the trusted app "${client.clientId}" is not allowed "${fqs}"`, fqs);

      const at = new provider.AccessToken({ accountId: sub, client, gty: "jwt_bearer", scope: fqs, grantId: randomBytes(16).toString("hex") });
      at.resourceServer = new provider.ResourceServer(resource.audience, {
        scope: fqs,
        audience: resource.audience,
        accessTokenFormat: "jwt",
        accessTokenTTL: ACCESS_TOKEN_TTL_SECONDS,
        jwt: { sign: { alg: "RS256" } },
      });
      const value = await at.save();
      ctx.body = { access_token: value, token_type: "Bearer", expires_in: at.expiration, scope: fqsScopePart(fqs) };
    },
    ["assertion", "scope"],
  );
}

/**
 * DEPARTURE: oidc-provider hides why client authentication failed
 * ("client authentication failed") and answers a grant the client may not
 * use with invalid_request. The domain names the problem and uses
 * unauthorized_client (RFC 6749 5.2), so the stand-in does too.
 */
function surfaceErrorDetail(provider: Provider, state: DomainState, audiences: () => string[]): void {
  const details = new WeakMap<object, string>();
  const remember = (ctx: KoaContextWithOIDC, err: { error_detail?: string; message?: string }) => {
    if (err.error_detail) details.set(ctx, err.error_detail);
  };
  provider.on("grant.error", remember);
  provider.on("authorization.error", remember);
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { error?: string; error_description?: string } | undefined;
    if (!body || typeof body !== "object" || typeof body.error !== "string") return;
    const detail = details.get(ctx);
    if (body.error === "invalid_request" && body.error_description === "requested grant type is not allowed for this client") {
      body.error = "unauthorized_client";
      body.error_description = "The client is not authorized to use this grant type";
      ctx.status = 400;
    } else if (body.error === "invalid_client") {
      const basic = /^basic (.+)$/i.exec(ctx.get("authorization"))?.[1];
      const clientId = basic ? decodeURIComponent(Buffer.from(basic, "base64").toString("utf8").split(":")[0]) : undefined;
      const app = clientId ? state.apps.get(clientId) : undefined;
      if (app && !app.active) body.error_description = `Client authentication failed: the app "${app.name}" is not active`;
      else if (detail && /audience \(aud\)/.test(detail)) body.error_description = `Client authentication failed: client assertion aud must include the identity domain URL ${audiences()[1]}`;
      else if (detail && /no applicable key/.test(detail)) body.error_description = "Client authentication failed: the client assertion's kid names no certificate alias of the trusted app";
      else if (detail) body.error_description = `Client authentication failed: ${detail}`;
    } else if (body.error === "invalid_grant" && detail) {
      body.error_description = detail;
    }
    if (body.error === "invalid_scope" && (body as { scope?: string }).scope === "") delete (body as { scope?: string }).scope;
    if (ctx.response.get("www-authenticate")) {
      const quoted = (v: string) => v.replace(/["\\]/g, "'");
      ctx.set("WWW-Authenticate", `Basic realm="${DOMAIN_ISSUER}", error="${body.error}", error_description="${quoted(body.error_description ?? "")}"`);
    }
  });
}

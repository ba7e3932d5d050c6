import { loadFunctionConfig, type FunctionConfig } from "../../function/src/config";
import { createAssertionHandler } from "../../function/src/handler";
import { TokenCache } from "../../function/src/token-cache";
import { createTokenClient, expiryOf, MAX_TOKEN_LIFETIME_SECONDS } from "../../function/src/token-client";
import { freshSigner } from "../helpers/throwaway-signer";

interface Tok {
  id: number;
  expiresAt: number;
}

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("TokenCache", () => {
  it("serves a hit until the refresh margin before expiry, then loads again", async () => {
    const c = clock();
    const cache = new TokenCache<Tok>({ now: c.now, refreshMarginMs: 60_000 });
    let loads = 0;
    const load = async () => ({ id: ++loads, expiresAt: c.now() + 3_600_000 });
    expect(await cache.get("k", load)).toEqual({ value: { id: 1, expiresAt: 4_600_000 }, cached: false });
    expect((await cache.get("k", load)).cached).toBe(true);
    c.advance(3_600_000 - 60_001);
    expect(await cache.get("k", load)).toMatchObject({ value: { id: 1 }, cached: true });
    c.advance(1);
    expect(await cache.get("k", load)).toMatchObject({ value: { id: 2 }, cached: false });
    expect(cache.stats).toMatchObject({ hits: 2, misses: 2 });
  });

  it("keeps keys apart", async () => {
    const cache = new TokenCache<Tok>();
    let n = 0;
    const load = async () => ({ id: ++n, expiresAt: Date.now() + 3_600_000 });
    const a = await cache.get(TokenCache.key("jane", "s1"), load);
    const b = await cache.get(TokenCache.key("jane", "s2"), load);
    const c = await cache.get(TokenCache.key("bob", "s1"), load);
    expect([a.value.id, b.value.id, c.value.id]).toEqual([1, 2, 3]);
  });

  it("is bounded and evicts the least recently used entry", async () => {
    const cache = new TokenCache<Tok>({ maxEntries: 3 });
    const exp = Date.now() + 3_600_000;
    let n = 0;
    const load = async () => ({ id: ++n, expiresAt: exp });
    for (const k of ["a", "b", "c"]) await cache.get(k, load);
    await cache.get("a", load); // a is now the most recent
    await cache.get("d", load); // evicts b
    expect(cache.size).toBe(3);
    expect(cache.stats.evictions).toBe(1);
    expect((await cache.get("a", load)).cached).toBe(true);
    expect((await cache.get("c", load)).cached).toBe(true);
    expect((await cache.get("b", load)).cached).toBe(false);
    for (let i = 0; i < 100; i++) await cache.get(`x${i}`, load);
    expect(cache.size).toBe(3);
  });

  it("shares one load among concurrent misses for the same key", async () => {
    const cache = new TokenCache<Tok>();
    let loads = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const load = async () => {
      loads++;
      await gate;
      return { id: loads, expiresAt: Date.now() + 3_600_000 };
    };
    const pending = Array.from({ length: 10 }, () => cache.get("k", load));
    release();
    const results = await Promise.all(pending);
    expect(loads).toBe(1);
    expect(results.filter((r) => !r.cached)).toHaveLength(1);
    expect(new Set(results.map((r) => r.value.id))).toEqual(new Set([1]));
    expect(cache.stats.coalesced).toBe(9);
  });

  it("does not remember a failure, and concurrent waiters all see it", async () => {
    const cache = new TokenCache<Tok>();
    let loads = 0;
    const failing = async () => {
      loads++;
      await new Promise((r) => setTimeout(r, 10));
      throw new Error("invalid_grant");
    };
    const results = await Promise.allSettled([cache.get("k", failing), cache.get("k", failing), cache.get("k", failing)]);
    expect(results.every((r) => r.status === "rejected")).toBe(true);
    expect(loads).toBe(1);
    expect(cache.size).toBe(0);
    const ok = await cache.get("k", async () => ({ id: 7, expiresAt: Date.now() + 3_600_000 }));
    expect(ok).toMatchObject({ value: { id: 7 }, cached: false });
  });

  it("does not keep a token that is already inside the refresh margin", async () => {
    const c = clock();
    const cache = new TokenCache<Tok>({ now: c.now, refreshMarginMs: 60_000 });
    let n = 0;
    const shortLived = async () => ({ id: ++n, expiresAt: c.now() + 30_000 });
    await cache.get("k", shortLived);
    expect(cache.size).toBe(0);
    expect((await cache.get("k", shortLived)).value.id).toBe(2);
  });
});

describe("TokenCache never keeps what it should not", () => {
  it("keeps no entry longer than maxTtlMs, whatever its expiry says", async () => {
    const c = clock();
    const cache = new TokenCache<Tok>({ now: c.now, refreshMarginMs: 60_000, maxTtlMs: 3_600_000 });
    let n = 0;
    const forever = async () => ({ id: ++n, expiresAt: c.now() + 1e16 });
    await cache.get("k", forever);
    c.advance(3_600_000 - 60_001);
    expect((await cache.get("k", forever)).cached).toBe(true);
    c.advance(1);
    expect(await cache.get("k", forever)).toMatchObject({ value: { id: 2 }, cached: false });
  });

  it("does not store a value whose expiry is not a finite time", async () => {
    const cache = new TokenCache<Tok>();
    let n = 0;
    for (const expiresAt of [Number.NaN, Number.POSITIVE_INFINITY]) {
      const before = n;
      await cache.get("k", async () => ({ id: ++n, expiresAt }));
      await cache.get("k", async () => ({ id: ++n, expiresAt }));
      expect(n - before).toBe(2);
      expect(cache.size).toBe(0);
    }
  });
});

describe("token client: expiry is capped, failures are never cached", () => {
  const NOW = 1_700_000_000_000;
  const jwt = (exp?: number) =>
    [{ alg: "none", typ: "JWT" }, { sub: "jane", ...(exp === undefined ? {} : { exp }) }].map((p) => Buffer.from(JSON.stringify(p)).toString("base64url")).join(".") + ".sig";

  it("believes the earliest of expires_in, the token's exp and one hour", () => {
    expect(expiryOf({ expires_in: 1e13 }, "opaque", NOW)).toBe(NOW + MAX_TOKEN_LIFETIME_SECONDS * 1000);
    expect(expiryOf({ expires_in: 600 }, jwt(NOW / 1000 + 3000), NOW)).toBe(NOW + 600_000);
    expect(expiryOf({ expires_in: 3000 }, jwt(NOW / 1000 + 300), NOW)).toBe(NOW + 300_000);
    expect(expiryOf({ expires_in: "1800" }, "opaque", NOW)).toBe(NOW + 1_800_000);
    expect(expiryOf({}, jwt(NOW / 1000 + 99_999), NOW)).toBe(NOW + 3_600_000);
    // Nothing says when it expires, or nonsense: used once, not cached.
    expect(expiryOf({}, "opaque", NOW)).toBe(NOW);
    expect(expiryOf({ expires_in: -5 }, "opaque", NOW)).toBe(NOW);
    expect(expiryOf({ expires_in: "soon" }, "opaque", NOW)).toBe(NOW);
    expect(expiryOf({ expires_in: 0 }, jwt(NOW / 1000 + 3000), NOW)).toBe(NOW);
  });

  describe("token mode of the Function against a misbehaving token endpoint", () => {
    const signer = freshSigner("alias-v1");
    const config: FunctionConfig = loadFunctionConfig(
      {
        TRUSTED_CLIENT_ID: "trusted",
        CERT_ALIAS: "alias-v1",
        DEFAULT_SCOPE: "https://fa.example.com:443urn:opc:resource:consumer::all",
        ALLOWED_SCOPES: "https://fa.example.com:443urn:opc:resource:consumer::all",
        MODE: "token",
        TOKEN_URL: "https://idcs.example.com/oauth2/v1/token",
        ASSERTION_AUDIENCE: "https://idcs.example.com/",
        ALLOWED_USERS: "jane",
      },
      { requireKms: false },
    );
    const request = { body: new TextEncoder().encode(JSON.stringify({ user: "jane" })), contentType: "application/json" };

    function endpoint(answers: Array<{ status: number; body: Record<string, unknown> }>) {
      let calls = 0;
      const fetch = (async () => {
        const a = answers[Math.min(calls, answers.length - 1)];
        calls++;
        return new Response(JSON.stringify(a.body), { status: a.status, headers: { "content-type": "application/json" } });
      }) as unknown as typeof globalThis.fetch;
      return { fetch, calls: () => calls };
    }

    it("expires_in 1e13: answers 200 (was a cached 500) and keeps the token at most an hour", async () => {
      const c = clock(NOW);
      const ep = endpoint([{ status: 200, body: { access_token: "opaque-1", token_type: "Bearer", expires_in: 1e13 } }]);
      const handler = createAssertionHandler({ config, signer, now: c.now, tokenClient: createTokenClient({ fetch: ep.fetch, now: c.now }) });
      const first = await handler(request);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ expires_in: 3600, cached: false });
      const second = await handler(request);
      expect(second.status).toBe(200);
      expect(second.body).toMatchObject({ cached: true });
      expect(ep.calls()).toBe(1);
      c.advance(3_600_000);
      expect((await handler(request)).body).toMatchObject({ cached: false });
      expect(ep.calls()).toBe(2);
    });

    it("a 500 (even one carrying an access_token and a long expires_in) is not cached", async () => {
      const c = clock(NOW);
      const ep = endpoint([
        { status: 500, body: { access_token: "broken", expires_in: 1e13 } },
        { status: 500, body: { error: "server_error" } },
        { status: 200, body: { access_token: "opaque-2", token_type: "Bearer", expires_in: 3600 } },
      ]);
      const handler = createAssertionHandler({ config, signer, now: c.now, tokenClient: createTokenClient({ fetch: ep.fetch, now: c.now }) });
      expect((await handler(request)).status).toBe(502);
      expect((await handler(request)).status).toBe(502);
      const ok = await handler(request);
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ access_token: "opaque-2", cached: false });
      expect((await handler(request)).body).toMatchObject({ cached: true });
      expect(ep.calls()).toBe(3);
    });
  });
});

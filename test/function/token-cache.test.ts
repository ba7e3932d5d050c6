import { TokenCache } from "../../function/src/token-cache";

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

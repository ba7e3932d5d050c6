/**
 * Access tokens per (user, scope), kept until shortly before they expire, as
 * the A-Team article recommends: it spares the identity domain and OIC.
 * Bounded (least recently used goes first); concurrent misses for one key
 * share a single load. Only a success is remembered: a failed load is not,
 * nor a value whose expiry is not a finite time, and no entry is kept
 * longer than `maxTtlMs` whatever its expiry says.
 */
export interface Expiring {
  /** ms since epoch. */
  readonly expiresAt: number;
}

export interface TokenCacheOptions {
  /** @default 1000 */
  maxEntries?: number;
  /** A token is served only while it has more than this left. @default 60 000 */
  refreshMarginMs?: number;
  /** Longest an entry is kept, whatever its expiresAt says. @default 3 600 000 (the domain's default token lifetime) */
  maxTtlMs?: number;
  now?: () => number;
}

export interface TokenCacheStats {
  hits: number;
  misses: number;
  /** Requests that joined a load already under way. */
  coalesced: number;
  evictions: number;
}

interface Entry<V> {
  value: V;
  /** min(value.expiresAt, stored + maxTtlMs). */
  until: number;
}

export class TokenCache<V extends Expiring> {
  readonly #entries = new Map<string, Entry<V>>();
  readonly #inflight = new Map<string, Promise<V>>();
  readonly #max: number;
  readonly #margin: number;
  readonly #maxTtl: number;
  readonly #now: () => number;
  readonly stats: TokenCacheStats = { hits: 0, misses: 0, coalesced: 0, evictions: 0 };

  constructor(options: TokenCacheOptions = {}) {
    this.#max = options.maxEntries ?? 1000;
    this.#margin = options.refreshMarginMs ?? 60_000;
    this.#maxTtl = options.maxTtlMs ?? 3_600_000;
    this.#now = options.now ?? Date.now;
    if (!Number.isInteger(this.#max) || this.#max < 1) throw new RangeError("maxEntries must be a positive integer");
  }

  get size(): number {
    return this.#entries.size;
  }

  static key(...parts: string[]): string {
    // NUL cannot occur in a user name or scope (the request parser refuses control characters).
    return parts.join("\u0000");
  }

  #fresh(until: number): boolean {
    return Number.isFinite(until) && until - this.#margin > this.#now();
  }

  /** The cached value for `key`, or the result of `load()` (shared with concurrent callers). */
  async get(key: string, load: () => Promise<V>): Promise<{ value: V; cached: boolean }> {
    const hit = this.#entries.get(key);
    if (hit) {
      this.#entries.delete(key);
      if (this.#fresh(hit.until)) {
        this.#entries.set(key, hit); // most recently used goes last
        this.stats.hits++;
        return { value: hit.value, cached: true };
      }
    }
    const running = this.#inflight.get(key);
    if (running) {
      this.stats.coalesced++;
      return { value: await running, cached: true };
    }
    this.stats.misses++;
    const loading = load().then(
      (value) => {
        this.#inflight.delete(key);
        if (Number.isFinite(value.expiresAt)) {
          const until = Math.min(value.expiresAt, this.#now() + this.#maxTtl);
          if (this.#fresh(until)) this.#store(key, { value, until });
        }
        return value;
      },
      (error: unknown) => {
        this.#inflight.delete(key);
        throw error;
      },
    );
    this.#inflight.set(key, loading);
    return { value: await loading, cached: false };
  }

  #store(key: string, value: Entry<V>): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    while (this.#entries.size > this.#max) {
      const oldest = this.#entries.keys().next().value as string;
      this.#entries.delete(oldest);
      this.stats.evictions++;
    }
  }

  clear(): void {
    this.#entries.clear();
  }
}

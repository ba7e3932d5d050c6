/**
 * Right after a deploy, new apps and grants take a while to reach OIC: a 401
 * or 403 may just mean "not yet". Calls are retried with backoff within one
 * bounded budget, 429/5xx honour Retry-After, and every wait is announced.
 * Never loops forever: the budget is wall time on the injected clock.
 */
export type Verdict = "ok" | "propagation" | "throttled" | "final";

export interface RetryPolicy {
  /** Total time retries may take, ms. 0: no retry for propagation. */
  budgetMs: number;
  /** @default 1000 */
  initialDelayMs?: number;
  /** @default 15000 */
  maxDelayMs?: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  log: (line: string) => void;
}

export interface Attempted<T> {
  result: T;
  attempts: number;
  waitedMs: number;
}

/** Seconds of a Retry-After header (delta-seconds or HTTP date); undefined when absent or invalid. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

export async function withRetry<T>(
  what: string,
  attempt: () => Promise<T>,
  classify: (r: T) => { verdict: Verdict; reason: string; retryAfterSeconds?: number },
  p: RetryPolicy,
): Promise<Attempted<T>> {
  const start = p.now();
  let delay = p.initialDelayMs ?? 1000;
  const maxDelay = p.maxDelayMs ?? 15000;
  let attempts = 0;
  for (;;) {
    attempts += 1;
    const result = await attempt();
    const c = classify(result);
    const used = p.now() - start;
    const left = p.budgetMs - used;
    if (c.verdict === "ok" || c.verdict === "final" || left <= 0) return { result, attempts, waitedMs: used };
    let wait = c.verdict === "throttled" && c.retryAfterSeconds !== undefined ? c.retryAfterSeconds * 1000 : delay;
    if (wait > left) {
      if (c.verdict === "throttled" && c.retryAfterSeconds !== undefined) {
        p.log(`    ${what}: ${c.reason}; Retry-After ${c.retryAfterSeconds}s exceeds the ${Math.round(left / 1000)}s left of the wait budget, giving up`);
        return { result, attempts, waitedMs: used };
      }
      wait = left;
    }
    const why = c.verdict === "propagation" ? "new apps and grants may still be propagating" : "the server asked to slow down";
    p.log(`    ${what}: ${c.reason}; ${why}, waiting ${(wait / 1000).toFixed(wait < 1000 ? 1 : 0)}s (${Math.round(used / 1000)}s of ${Math.round(p.budgetMs / 1000)}s budget used)`);
    await p.sleep(wait);
    delay = Math.min(maxDelay, delay * 2);
  }
}

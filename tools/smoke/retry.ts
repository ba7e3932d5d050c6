/**
 * Right after a deploy, new apps and grants take a while to reach OIC: a 401
 * or 403 may just mean "not yet". Calls are retried with backoff, 429/5xx
 * honour Retry-After, and every wait is announced. Never hammers and never
 * loops forever:
 *
 * - every wait lasts at least MIN_DELAY_MS, or the backoff step, or the
 *   server's Retry-After, whichever is largest (`Retry-After: 0` is no
 *   licence to retry at once);
 * - a Retry-After beyond what is left of the budget, or beyond
 *   MAX_RETRY_AFTER_SECONDS, ends the retries at once;
 * - one call makes at most `maxAttempts` requests (DEFAULT_MAX_ATTEMPTS_PER_STEP);
 * - one run shares one WaitBudget: a deadline for all its steps and a cap on
 *   the requests of all its retried calls (DEFAULT_MAX_ATTEMPTS_PER_RUN).
 * Time is the injected clock, so tests never wait in real time.
 */
export type Verdict = "ok" | "propagation" | "throttled" | "final";

/** Shortest wait between two attempts, whatever the server says. */
export const MIN_DELAY_MS = 1000;
/** Longest backoff step. */
export const MAX_DELAY_MS = 15_000;
/** A Retry-After longer than this is not waited for: the run gives up (retry later). */
export const MAX_RETRY_AFTER_SECONDS = 120;
/** Requests one retried call (one step) may send. */
export const DEFAULT_MAX_ATTEMPTS_PER_STEP = 25;
/** Requests all retried calls of one run may send together (first attempts included). */
export const DEFAULT_MAX_ATTEMPTS_PER_RUN = 50;

/**
 * The wait budget of one smoke run: a deadline shared by every step (set
 * when the run starts) and a cap on the requests of every retried call.
 */
export class WaitBudget {
  readonly totalMs: number;
  readonly startedAt: number;
  readonly maxAttempts: number;
  /** Requests sent so far by retried calls of this run. */
  attempts = 0;

  constructor(totalMs: number, now: number, maxAttempts: number = DEFAULT_MAX_ATTEMPTS_PER_RUN) {
    if (!Number.isFinite(totalMs) || totalMs < 0) throw new RangeError("a wait budget is a number of ms >= 0");
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new RangeError("maxAttempts must be a positive integer");
    this.totalMs = totalMs;
    this.startedAt = now;
    this.maxAttempts = maxAttempts;
  }

  get deadline(): number {
    return this.startedAt + this.totalMs;
  }

  leftMs(now: number): number {
    return this.deadline - now;
  }

  usedMs(now: number): number {
    return now - this.startedAt;
  }
}

export interface RetryPolicy {
  /** Longest this one call may retry, ms (capped by `run`'s deadline). 0: no retry. */
  budgetMs: number;
  /** First backoff step, never below MIN_DELAY_MS. @default 1000 */
  initialDelayMs?: number;
  /** @default 15000 */
  maxDelayMs?: number;
  /** Requests this call may send. @default DEFAULT_MAX_ATTEMPTS_PER_STEP */
  maxAttempts?: number;
  /** The run's shared deadline and request cap. */
  run?: WaitBudget;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  log: (line: string) => void;
}

export interface Attempted<T> {
  result: T;
  attempts: number;
  waitedMs: number;
  /** Why retries stopped, when they stopped without an ok or final answer. */
  gaveUp?: "budget" | "retry-after" | "step-attempts" | "run-attempts";
}

/** Seconds of a Retry-After header (delta-seconds or HTTP date); undefined when absent or invalid. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

function seconds(ms: number): string {
  return `${Math.round(ms / 1000)}s`;
}

export async function withRetry<T>(
  what: string,
  attempt: () => Promise<T>,
  classify: (r: T) => { verdict: Verdict; reason: string; retryAfterSeconds?: number },
  p: RetryPolicy,
): Promise<Attempted<T>> {
  const start = p.now();
  const maxDelay = Math.max(MIN_DELAY_MS, p.maxDelayMs ?? MAX_DELAY_MS);
  let delay = Math.min(maxDelay, Math.max(MIN_DELAY_MS, p.initialDelayMs ?? MIN_DELAY_MS));
  const maxAttempts = Math.max(1, p.maxAttempts ?? DEFAULT_MAX_ATTEMPTS_PER_STEP);
  const budgetLabel = () => (p.run ? `${seconds(p.run.usedMs(p.now()))} of the run's ${seconds(p.run.totalMs)} wait budget used` : `${seconds(p.now() - start)} of ${seconds(p.budgetMs)} budget used`);
  let attempts = 0;
  for (;;) {
    attempts += 1;
    if (p.run) p.run.attempts += 1;
    const result = await attempt();
    const c = classify(result);
    const now = p.now();
    const used = now - start;
    if (c.verdict === "ok" || c.verdict === "final") return { result, attempts, waitedMs: used };
    const done = (gaveUp: Attempted<T>["gaveUp"], why?: string): Attempted<T> => {
      if (why) p.log(`    ${what}: ${c.reason}; ${why}, giving up`);
      return { result, attempts, waitedMs: used, gaveUp };
    };
    const left = Math.min(p.budgetMs - used, p.run ? p.run.leftMs(now) : Number.POSITIVE_INFINITY);
    const retryAfterMs = c.verdict === "throttled" && c.retryAfterSeconds !== undefined ? c.retryAfterSeconds * 1000 : undefined;
    if (retryAfterMs !== undefined && retryAfterMs > MAX_RETRY_AFTER_SECONDS * 1000) {
      return done("retry-after", `Retry-After ${c.retryAfterSeconds}s exceeds the longest wait the smoke accepts (${MAX_RETRY_AFTER_SECONDS}s)`);
    }
    const wait = Math.max(delay, retryAfterMs ?? 0);
    if (left <= 0 || (p.budgetMs > 0 && left < MIN_DELAY_MS)) return done("budget", p.budgetMs > 0 ? `the wait budget is used up (${budgetLabel()})` : undefined);
    if (retryAfterMs !== undefined && retryAfterMs > left) return done("retry-after", `Retry-After ${c.retryAfterSeconds}s exceeds the ${seconds(left)} left of the wait budget`);
    if (attempts >= maxAttempts) return done("step-attempts", `${attempts} attempts, the most one step may make`);
    if (p.run && p.run.attempts >= p.run.maxAttempts) return done("run-attempts", `${p.run.attempts} requests, the most one run may retry`);
    const sleepMs = Math.min(wait, left);
    const why = c.verdict === "propagation" ? "new apps and grants may still be propagating" : "the server asked to slow down";
    p.log(`    ${what}: ${c.reason}; ${why}, waiting ${(sleepMs / 1000).toFixed(sleepMs < 10_000 && sleepMs % 1000 !== 0 ? 1 : 0)}s (${budgetLabel()})`);
    await p.sleep(sleepMs);
    delay = Math.min(maxDelay, delay * 2);
  }
}

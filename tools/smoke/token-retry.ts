/**
 * Token requests retried like resource calls: 401 (invalid_client right
 * after a deploy: the new app may not be visible yet) within the wait
 * budget, 429/5xx per Retry-After. Other OAuth errors are final at once.
 */
import type { SmokeDeps } from "./context";
import { parseRetryAfter, withRetry, type Attempted } from "./retry";
import type { TokenOutcome } from "./token-endpoint";

export function tokenWithRetry(what: string, attempt: () => Promise<TokenOutcome>, deps: SmokeDeps, budgetMs: number): Promise<Attempted<TokenOutcome>> {
  return withRetry(
    what,
    attempt,
    (r) => {
      if (r.ok) return { verdict: "ok", reason: "" };
      if (r.status === 401 && r.error === "invalid_client" && !/not active/i.test(r.description ?? "")) return { verdict: "propagation", reason: "invalid_client" };
      if (r.status === 429 || (r.status ?? 0) >= 500) return { verdict: "throttled", reason: `HTTP ${r.status}`, retryAfterSeconds: parseRetryAfter(r.retryAfter, deps.now()) };
      return { verdict: "final", reason: "" };
    },
    { budgetMs, run: deps.waitBudget, now: deps.now, sleep: deps.sleep, log: (l) => deps.log(deps.redactor.redact(l)) },
  );
}

/**
 * Calls a protected resource (an OIC integration, a Fusion endpoint) with a
 * bearer token, retrying 401/403 while grants propagate and 429/5xx per
 * Retry-After, within the run's wait budget.
 */
import { routed, type SmokeDeps } from "./context";
import { parseRetryAfter, withRetry } from "./retry";

export interface ResourceCall {
  what: string;
  url: string;
  method: string;
  token: string;
  body?: unknown;
  expectedStatus: number;
  budgetMs: number;
}

export interface ResourceResult {
  status?: number;
  networkError?: string;
  bodyText?: string;
  attempts: number;
}

export async function callResource(c: ResourceCall, deps: SmokeDeps): Promise<ResourceResult> {
  const target = routed(c.url, deps.connectTo);
  const hasBody = c.body !== undefined && c.method !== "GET" && c.method !== "DELETE";
  const attempt = async (): Promise<{ status?: number; networkError?: string; bodyText?: string; retryAfter?: string | null }> => {
    try {
      const res = await deps.fetch(target, {
        method: c.method,
        headers: { authorization: `Bearer ${c.token}`, accept: "application/json", ...(hasBody ? { "content-type": "application/json" } : {}) },
        body: hasBody ? JSON.stringify(c.body) : undefined,
        signal: AbortSignal.timeout(60_000),
      });
      const bodyText = (await res.text()).slice(0, 2000);
      return { status: res.status, bodyText, retryAfter: res.headers.get("retry-after") };
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause;
      return { networkError: cause?.code ?? (err as Error).message };
    }
  };
  const { result, attempts } = await withRetry(
    c.what,
    attempt,
    (r) => {
      if (r.status === c.expectedStatus) return { verdict: "ok", reason: "" };
      if (r.status === 401 || r.status === 403) return { verdict: "propagation", reason: `HTTP ${r.status}` };
      if (r.status === 429 || (r.status !== undefined && r.status >= 500)) {
        return { verdict: "throttled", reason: `HTTP ${r.status}`, retryAfterSeconds: parseRetryAfter(r.retryAfter, deps.now()) };
      }
      return { verdict: "final", reason: "" };
    },
    { budgetMs: c.budgetMs, run: deps.waitBudget, now: deps.now, sleep: deps.sleep, log: (l) => deps.log(deps.redactor.redact(l)) },
  );
  return { status: result.status, networkError: result.networkError, bodyText: result.bodyText, attempts };
}

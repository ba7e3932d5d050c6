/**
 * What a smoke run depends on, injected so tests control time, network and
 * output: fetch, clock, sleep, where lines go, and which origins are served
 * by local stand-ins.
 */
import { Redactor } from "./fingerprint";
import type { WaitBudget } from "./retry";
import { isLoopbackHost } from "../../contract/loopback";

export interface SmokeDeps {
  fetch: typeof fetch;
  /** ms since epoch */
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** One line of human output (already redacted by the caller). */
  log: (line: string) => void;
  /**
   * Origins answered by another (loopback) origin, like curl --connect-to:
   * `https://oic.example.com` -> `http://127.0.0.1:4567`. Used by the sandbox
   * so OIC keeps its real host name in outputs and audience checks.
   */
  connectTo: Record<string, string>;
  redactor: Redactor;
  /**
   * The run's one wait budget (deadline and request cap), shared by every
   * retried call. runSmoke sets it; without it each call has only its own
   * `budgetMs` and the per-step attempt cap.
   */
  waitBudget?: WaitBudget;
}

export function defaultDeps(overrides: Partial<SmokeDeps> = {}): SmokeDeps {
  return {
    fetch: globalThis.fetch,
    now: Date.now,
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    log: (line) => console.log(line),
    connectTo: {},
    redactor: new Redactor(),
    ...overrides,
  };
}

/** The URL actually requested for `url`, after --connect-to. */
export function routed(url: string, connectTo: Record<string, string>): string {
  const u = new URL(url);
  const target = connectTo[u.origin];
  return target ? `${target.replace(/\/$/, "")}${u.pathname}${u.search}` : url;
}

export function isLoopback(url: string): boolean {
  return isLoopbackHost(new URL(url).hostname);
}

/**
 * `fetch` with --connect-to applied to every request (token endpoint,
 * authorize, OIC, Fusion): real host names answered by loopback stand-ins.
 */
export function routedFetch(f: typeof fetch, connectTo: Record<string, string>): typeof fetch {
  if (Object.keys(connectTo).length === 0) return f;
  return (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    return f(routed(url, connectTo), input instanceof Request ? { method: input.method, headers: input.headers, body: input.body, ...init } : init);
  };
}

// Propagation retries: bounded by the budget on an injected clock, announced per wait.
import { afterEach, describe, expect, it } from "@jest/globals";
import { MAX_RETRY_AFTER_SECONDS, MIN_DELAY_MS, parseRetryAfter, WaitBudget, withRetry } from "../../tools/smoke/retry";
import { harness, type Harness } from "./helpers";

function fakeClock() {
  let t = 1_000_000;
  const sleeps: number[] = [];
  return { now: () => t, sleep: async (ms: number) => void (sleeps.push(ms), (t += ms)), sleeps };
}

describe("withRetry", () => {
  it("stops at the budget even if the server never recovers", async () => {
    const c = fakeClock();
    const lines: string[] = [];
    let calls = 0;
    const { attempts } = await withRetry("invoke", async () => ++calls, () => ({ verdict: "propagation", reason: "HTTP 401" }), { budgetMs: 30_000, ...c, log: (l) => lines.push(l) });
    expect(c.sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(30_000);
    expect(attempts).toBe(calls);
    // One line per wait, and one saying why it stopped.
    expect(lines.length).toBe(c.sleeps.length + 1);
    expect(lines[0]).toContain("propagating");
    expect(lines.at(-1)).toContain("giving up");
  });

  it("never waits less than the floor, whatever Retry-After says, and backs off", async () => {
    const c = fakeClock();
    await withRetry("token", async () => 0, () => ({ verdict: "throttled", reason: "HTTP 429", retryAfterSeconds: 0 }), { budgetMs: 60_000, ...c, log: () => {} });
    expect(c.sleeps.slice(0, 5)).toEqual([1000, 2000, 4000, 8000, 15_000]);
    expect(Math.min(...c.sleeps)).toBeGreaterThanOrEqual(MIN_DELAY_MS);
  });

  it("a Retry-After longer than the backoff step wins; one beyond the cap ends the retries", async () => {
    const c = fakeClock();
    await withRetry("x", async () => 0, () => ({ verdict: "throttled", reason: "HTTP 503", retryAfterSeconds: 5 }), { budgetMs: 20_000, ...c, log: () => {} });
    expect(c.sleeps).toEqual([5000, 5000, 5000, 5000]);
    const d = fakeClock();
    const lines: string[] = [];
    const r = await withRetry("x", async () => 0, () => ({ verdict: "throttled", reason: "HTTP 429", retryAfterSeconds: MAX_RETRY_AFTER_SECONDS + 1 }), { budgetMs: 3_600_000, ...d, log: (l) => lines.push(l) });
    expect(r).toMatchObject({ attempts: 1, gaveUp: "retry-after" });
    expect(d.sleeps).toEqual([]);
    expect(lines[0]).toContain("giving up");
  });

  it("caps the requests of one step", async () => {
    const c = fakeClock();
    let calls = 0;
    const r = await withRetry("x", async () => ++calls, () => ({ verdict: "propagation", reason: "HTTP 403" }), { budgetMs: 3_600_000, maxAttempts: 6, ...c, log: () => {} });
    expect(calls).toBe(6);
    expect(r.gaveUp).toBe("step-attempts");
  });

  it("shares one deadline and one request cap between the calls of a run", async () => {
    const c = fakeClock();
    const run = new WaitBudget(10_000, c.now());
    const never = () => ({ verdict: "propagation" as const, reason: "HTTP 401" });
    const first = await withRetry("a", async () => 0, never, { budgetMs: 10_000, run, ...c, log: () => {} });
    const second = await withRetry("b", async () => 0, never, { budgetMs: 10_000, run, ...c, log: () => {} });
    expect(first.attempts).toBeGreaterThan(1);
    expect(second).toMatchObject({ attempts: 1, gaveUp: "budget" });
    expect(c.now() - run.startedAt).toBeLessThanOrEqual(10_000);

    const d = fakeClock();
    const capped = new WaitBudget(3_600_000, d.now(), 7);
    let calls = 0;
    for (const what of ["a", "b", "c"]) await withRetry(what, async () => ++calls, never, { budgetMs: 3_600_000, run: capped, ...d, log: () => {} });
    // 7 for the run's retried calls; each later call still makes its one first attempt.
    expect(calls).toBe(9);
    expect(capped.attempts).toBe(9);
  });

  it("honours Retry-After and gives up when it exceeds the budget", async () => {
    const c = fakeClock();
    const lines: string[] = [];
    await withRetry("token", async () => 0, () => ({ verdict: "throttled", reason: "HTTP 429", retryAfterSeconds: 7 }), { budgetMs: 10_000, ...c, log: (l) => lines.push(l) });
    expect(c.sleeps).toEqual([7000]);
    expect(lines.at(-1)).toContain("giving up");
  });

  it("does not retry with a zero budget", async () => {
    const c = fakeClock();
    const { attempts } = await withRetry("x", async () => 0, () => ({ verdict: "propagation", reason: "401" }), { budgetMs: 0, ...c, log: () => {} });
    expect(attempts).toBe(1);
  });

  it("parses Retry-After seconds and dates", () => {
    expect(parseRetryAfter("5", 0)).toBe(5);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 0)).toBe(10);
    expect(parseRetryAfter("soon", 0)).toBeUndefined();
  });
});

describe("propagation against a stand-in that starts with 401 and recovers", () => {
  let h: Harness;
  afterEach(() => h.close());

  it("waits, says so, and passes", async () => {
    h = await harness();
    h.sb.oic.faults.push({ status: 401, count: 3 });
    const c = fakeClock();
    const { exitCode, report } = await h.smoke(["--flows", "a", "--propagation-wait", "60"], {}, { now: c.now, sleep: c.sleep });
    expect(exitCode).toBe(0);
    expect(report.flows[0].steps.at(-1)?.attempts).toBe(4);
    expect(h.lines.filter((l) => l.includes("may still be propagating")).length).toBe(3);
  });

  it("honours 429 Retry-After from OIC", async () => {
    h = await harness();
    h.sb.oic.faults.push({ status: 429, count: 1, retryAfterSeconds: 3 });
    const c = fakeClock();
    const { exitCode } = await h.smoke(["--flows", "a", "--propagation-wait", "60"], {}, { now: c.now, sleep: c.sleep });
    expect(exitCode).toBe(0);
    expect(c.sleeps).toEqual([3000]);
  });

  it("gives up after the budget when the role never arrives", async () => {
    h = await harness();
    h.sb.state.removeGrant("dev-oic-scheduler");
    const c = fakeClock();
    const { exitCode, report } = await h.smoke(["--flows", "a", "--propagation-wait", "20"], {}, { now: c.now, sleep: c.sleep });
    expect(exitCode).toBe(1);
    expect(c.sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(20_000);
    expect(report.flows[0].steps.at(-1)?.diagnosis?.cause).toBe("role-missing");
  });
});

/**
 * One phase over several environments (`npm run pipeline -- deploy dev test prod`):
 * at most `maxParallel` at a time, each environment on its own (its own engine,
 * state or stack, lock, certificate), a failure in one never stopping the
 * others, and one summary at the end: which passed, which failed and why.
 */
import { inPool } from "./pool";

export interface EnvironmentRun {
  readonly env: string;
  readonly code: number;
  readonly ms: number;
  /** The last error line the environment's run printed, for the summary. */
  readonly reason?: string;
}

export async function runEnvironments(envs: readonly string[], maxParallel: number, runOne: (env: string, err: (line: string) => void) => Promise<number>): Promise<EnvironmentRun[]> {
  return inPool(
    envs.map((env) => async (): Promise<EnvironmentRun> => {
      const started = performance.now();
      let reason: string | undefined;
      let code: number;
      try {
        code = await runOne(env, (line) => (reason = line));
      } catch (e) {
        code = 1;
        reason = e instanceof Error ? e.message : String(e);
      }
      return { env, code, ms: performance.now() - started, ...(code !== 0 && reason ? { reason } : {}) };
    }),
    maxParallel,
  );
}

export function summaryLines(phase: string, runs: readonly EnvironmentRun[]): string[] {
  const failed = runs.filter((r) => r.code !== 0);
  const width = Math.max(...runs.map((r) => r.env.length));
  return [
    `${phase} summary: ${runs.length} environments, ${runs.length - failed.length} passed, ${failed.length} failed`,
    ...runs.map((r) => `  ${r.env.padEnd(width)}  ${r.code === 0 ? "PASS" : `FAIL (exit ${r.code})`}  ${(r.ms / 1000).toFixed(1)} s${r.reason ? `  ${r.reason}` : ""}`),
  ];
}

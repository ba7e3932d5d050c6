/**
 * One JSON line per event on stderr (OCI Functions ships it to Logging).
 * Callers pass only safe fields; user names appear as a fingerprint.
 */
import { createHash } from "node:crypto";

export type LogEvent = Record<string, string | number | boolean | undefined>;
export type Logger = (event: LogEvent) => void;

export const jsonLineLogger: Logger = (event) => {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), ...event })}\n`);
};

export const silentLogger: Logger = () => {};

/** First 8 hex of sha256: enough to correlate log lines, not to read the value. */
export function fingerprint(value: string): string {
  return createHash("sha256").update(value).digest("hex").slice(0, 8);
}

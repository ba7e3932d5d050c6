/** A CommandIO that records what a command prints (tools/command/run-command.ts). */
import type { CommandIO } from "../../tools/command/run-command";

export interface RecordedIO extends CommandIO {
  readonly stdout: () => string;
  readonly stderr: () => string;
}

export function recordedIO(o: { env?: Record<string, string | undefined>; cwd?: string } = {}): RecordedIO {
  let stdout = "";
  let stderr = "";
  const cwd = o.cwd ?? process.cwd();
  return {
    out: (line) => void (stdout += `${line}\n`),
    err: (line) => void (stderr += `${line}\n`),
    write: (text) => void (stdout += text),
    writeErr: (text) => void (stderr += text),
    env: o.env ?? {},
    cwd,
    projectDir: cwd,
    stdout: () => stdout,
    stderr: () => stderr,
  };
}

/**
 * What one Resource Manager job does on the stand-in: real Terraform (the
 * offline provider: the environment attachOfflineProvider returned, so every
 * job attaches to the one provider the rehearsal started) in the job's own directory, holding the configuration as it was
 * uploaded when the job was created and a backend override pointing at the
 * stack's one state file. Every line Terraform prints becomes a log entry
 * as it is printed: unredacted, as the service serves them.
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { CodedError, ERROR_CODES } from "../../../contract/errors";

export interface LogLine {
  readonly timestamp: string;
  readonly level: "INFO" | "ERROR";
  readonly message: string;
}

/** Unpacks the uploaded zip into `dir` (top-level files only, as our uploads are) with a local backend at `statePath`. */
export function prepareJobDir(dir: string, zip: Uint8Array, statePath: string): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(unzipSync(zip))) {
    if (name.includes("/") || name.includes("\\") || name === ".." || name.startsWith(".")) throw new CodedError(ERROR_CODES.standin, `the uploaded zip holds ${JSON.stringify(name)}: only top-level configuration files are taken`);
    writeFileSync(join(dir, name), content);
  }
  // Resource Manager keeps the state itself; a configuration's own backend block is overridden.
  writeFileSync(join(dir, "zz_resource_manager_backend_override.tf.json"), JSON.stringify({ terraform: { backend: { local: { path: statePath } } } }));
}

/** Runs `terraform <args>` in `dir`; each output line goes to `log`. Resolves with the exit code and stdout. */
export function terraform(dir: string, args: readonly string[], env: Readonly<Record<string, string>>, log: (l: LogLine) => void, capture = false): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("terraform", [`-chdir=${dir}`, ...args], { env: { ...process.env, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1", TF_INPUT: "0", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const lines = (level: LogLine["level"]) => {
      let rest = "";
      return (b: Buffer) => {
        if (capture && level === "INFO") {
          out.push(b);
          return;
        }
        const parts = (rest + b.toString("utf8")).split(/\r?\n/);
        rest = parts.pop() ?? "";
        for (const p of parts) if (p.trim()) log({ timestamp: new Date().toISOString(), level, message: p });
      };
    };
    child.stdout.on("data", lines("INFO"));
    child.stderr.on("data", lines("ERROR"));
    child.on("error", (e: NodeJS.ErrnoException) => reject(e.code === "ENOENT" ? new CodedError(ERROR_CODES.standin, "terraform is not on PATH: the Resource Manager stand-in runs real Terraform") : e));
    child.on("close", (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out).toString("utf8") }));
  });
}

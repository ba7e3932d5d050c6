/**
 * The Function bundle (dist/function/func.js) the rehearsal's Functions
 * stand-in and the bundle's own test run: built by function/build.mjs only
 * when stale, so one test run builds it at most once.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { CodedError, ERROR_CODES } from "../../contract/errors";

/** Every file under `dir` (recursively): the Function's sources. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/**
 * Builds dist/function/func.js when the Function's sources, its build script
 * or the locked dependencies are newer than the bundle (a second run, or a
 * second test file, reuses it: the build costs seconds of CPU).
 */
export function ensureFunctionBundle(projectDir: string, log: (l: string) => void): string {
  const bundle = join(projectDir, "dist", "function", "func.js");
  const inputs = [...["function/src", "contract"].flatMap((d) => filesUnder(join(projectDir, d))), join(projectDir, "function", "build.mjs"), join(projectDir, "package-lock.json")];
  const newest = Math.max(...inputs.filter((f) => existsSync(f)).map((f) => statSync(f).mtimeMs));
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= newest) return bundle;
  const started = performance.now();
  const built = spawnSync(process.execPath, [join(projectDir, "function", "build.mjs"), "--quiet"], { cwd: projectDir, encoding: "utf8" });
  if (built.status !== 0) throw new CodedError(ERROR_CODES.rehearsal, `building the Function bundle failed: ${built.stderr.trim().split("\n").at(-1)}`);
  log(`[rehearsal] function bundle: built in ${Math.round(performance.now() - started)} ms`);
  return bundle;
}

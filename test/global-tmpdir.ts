/**
 * One scratch folder per run of the suite, removed when it ends.
 *
 * The tests make several hundred temporary folders (cdktf's Testing.app()
 * makes one per app and never removes it; stand-ins, stack directories,
 * certificates), and a test that fails before its cleanup leaves its own.
 * Pointing TMPDIR at a folder of this run, before Jest starts its workers
 * (which inherit it), keeps them all in one place that goes at the end:
 * `os.tmpdir()` reads TMPDIR at every call.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const KEY = "OIC_ACCESS_SUITE_TMPDIR";

export async function setup(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "oic-access-suite-"));
  process.env[KEY] = dir;
  process.env.TMPDIR = dir;
}

export async function teardown(): Promise<void> {
  const dir = process.env[KEY];
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/**
 * Renders a local HTML page in Debian's chromium (`apt-get install chromium`,
 * /usr/bin/chromium: .ci/run installs it) headless, and returns the DOM once
 * the page's scripts have run. No browser is ever downloaded. Missing
 * chromium fails the test, it never skips it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export const CHROMIUM = process.env.CHROMIUM_BIN ?? "/usr/bin/chromium";

/** `--dump-dom` of a local file after up to `budgetMs` of virtual time (enough for mermaid's asynchronous render). */
export function dumpDom(htmlFile: string, budgetMs = 15000): string {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y --no-install-recommends chromium; .ci/run does it) to run the diagram render test`);
  }
  const profile = mkdtempSync(join(tmpdir(), "oic-chromium-"));
  try {
    const run = spawnSync(
      CHROMIUM,
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        `--user-data-dir=${profile}`,
        // the page loads mermaid's bundle from node_modules over file://
        "--allow-file-access-from-files",
        `--virtual-time-budget=${budgetMs}`,
        "--dump-dom",
        pathToFileURL(htmlFile).href,
      ],
      { encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
    );
    if (run.status !== 0) throw new Error(`chromium exited ${run.status ?? run.signal}: ${run.stderr.slice(-2000)}`);
    return run.stdout;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

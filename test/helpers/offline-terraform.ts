/**
 * Terraform with the offline OCI provider, for any test that hands a stack
 * to Terraform. One call per test file (or per world):
 *
 *   const tf = await offlineTerraform({ world });        // beforeAll: starts the provider once
 *   afterAll(() => tf.close());
 *   const dir = await tf.readyDir("dev", synthesized("dev"));   // initialised, provider attached
 *   const { json } = await plan(dir);                     // tools/terraform/commands
 *
 * The provider runs once for the whole file and every Terraform command
 * connects to it (TF_REATTACH_PROVIDERS, offline-provider/
 * attach.ts) instead of starting it two or more times per command. Every
 * directory uses the same local-backend override, so `terraform init` runs
 * once and each further directory gets a copy of its `.terraform/`.
 * Commands in different directories may run side by side.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { attachOfflineProvider, type AttachedProvider } from "../../offline-provider/attach";
import type { InstallOptions } from "../../offline-provider/install";
import { init } from "../../tools/terraform/commands";
import type { RunOptions } from "../../tools/terraform/run";
import { prepareStackDir } from "../../tools/terraform/stack-dir";

export interface OfflineTerraform {
  /** The scratch directory holding every stack directory (removed by close()). */
  readonly root: string;
  readonly provider: AttachedProvider;
  /** A stack directory, not initialised (for tests of `init` itself). */
  stackDir(name: string, stack: Record<string, any> | string, extraFiles?: Record<string, unknown>): RunOptions;
  /** A stack directory ready for validate/plan/apply. Writing the same name again replaces the stack and keeps the state. */
  readyDir(name: string, stack: Record<string, any> | string, extraFiles?: Record<string, unknown>): Promise<RunOptions>;
  /** Stops the provider and removes the directories. */
  close(): Promise<void>;
}

const INIT_FILES = [".terraform", ".terraform.lock.hcl"];

export async function offlineTerraform(options: Pick<InstallOptions, "world" | "statsFile"> = {}): Promise<OfflineTerraform> {
  const root = mkdtempSync(join(tmpdir(), "oic-offline-tf-"));
  const provider = await attachOfflineProvider(join(root, "provider"), options);
  const stackDir = (name: string, stack: Record<string, any> | string, extraFiles?: Record<string, unknown>): RunOptions => ({
    cwd: prepareStackDir(join(root, "stacks", name), stack, { extraFiles }),
    env: provider.env,
  });
  let initialised: Promise<string> | undefined;
  return {
    root,
    provider,
    stackDir,
    async readyDir(name, stack, extraFiles) {
      const dir = stackDir(name, stack, extraFiles);
      if (existsSync(join(dir.cwd, ".terraform"))) return dir;
      if (!initialised) {
        initialised = init(dir).then(() => dir.cwd);
        return initialised.then(() => dir);
      }
      const template = await initialised;
      for (const f of INIT_FILES) if (existsSync(join(template, f))) cpSync(join(template, f), join(dir.cwd, f), { recursive: true });
      return dir;
    },
    async close() {
      await provider.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

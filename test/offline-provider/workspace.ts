// A temp directory per test with the offline provider installed, a stack
// written into it (local backend), and terraform commands bound to it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EnvironmentConfig } from "../../lib/config/environment";
import { installOfflineProvider, type InstallOptions, type OfflineProviderInstall } from "../../offline-provider/install";
import type { RunOptions } from "../../tools/terraform/run";
import { prepareStackDir } from "../../tools/terraform/stack-dir";
import { ENVIRONMENTS } from "../../stacks";
import { synthEnv } from "../helpers/synth";

export interface Workspace {
  readonly root: string;
  readonly install: OfflineProviderInstall;
  /** A stack directory inside the workspace, ready for `init`. */
  stackDir(name: string, stack: Record<string, any>, extraFiles?: Record<string, unknown>): RunOptions;
  cleanup(): void;
}

export async function workspace(options: InstallOptions = {}): Promise<Workspace> {
  const root = mkdtempSync(join(tmpdir(), "oic-offline-tf-"));
  const install = await installOfflineProvider(root, options);
  return {
    root,
    install,
    stackDir: (name, stack, extraFiles) => ({ cwd: prepareStackDir(join(root, name), stack, { extraFiles }), env: install.env }),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

export function environment(name: string): EnvironmentConfig {
  const env = ENVIRONMENTS.find((e) => e.name === name);
  if (!env) throw new Error(`no environment ${name}`);
  return env;
}

/** The synthesized stack of one environment, with the project's own code. */
export function synthesized(name: string): Record<string, any> {
  return synthEnv(environment(name)).parsed;
}

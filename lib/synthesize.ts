import { App } from "cdktf";
import type { EnvironmentConfig } from "./config/environment";
import { validateEnvironments } from "./config/validate";
import { OicAccessStack } from "./stacks/oic-access-stack";

export interface SynthesizeOptions {
  /** @default "cdktf.out" (or CDKTF_OUTDIR, set by the cdktf CLI) */
  readonly outdir?: string;
  /** Synthesize only these environments. @default all */
  readonly only?: readonly string[];
  readonly baseDir?: string;
}

/** Validates every environment, then builds one stack each and writes them out. */
export function synthesize(environments: readonly EnvironmentConfig[], options: SynthesizeOptions = {}): { app: App; stacks: OicAccessStack[] } {
  validateEnvironments(environments, options.baseDir);
  const unknown = (options.only ?? []).filter((n) => !environments.some((e) => e.name === n));
  if (unknown.length > 0) {
    throw new Error(`unknown environment ${unknown.join(", ")}; known: ${environments.map((e) => e.name).join(", ")}`);
  }
  const app = new App({ outdir: options.outdir });
  const selected = options.only?.length ? environments.filter((e) => options.only!.includes(e.name)) : environments;
  const stacks = selected.map((env) => new OicAccessStack(app, env, { baseDir: options.baseDir }));
  app.synth();
  return { app, stacks };
}

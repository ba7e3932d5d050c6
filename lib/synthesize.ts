import { App } from "cdktf";
import { collectRuleViolations } from "./aspects";
import type { EnvironmentConfig } from "./config/environment";
import type { ConfigNote } from "./config/normalise";
import { validateEnvironments } from "./config/validate";
import { SafetyRuleError, UnknownEnvironmentError } from "./errors";
import { readEnvironmentCertificates } from "./oic-access-stack/certificate-inputs";
import { OicAccessStack } from "./oic-access-stack/oic-access-stack";

export interface SynthesizeOptions {
  /** @default "cdktf.out" (or CDKTF_OUTDIR, set by the cdktf CLI) */
  readonly outdir?: string;
  /** Synthesize only these environments. @default all */
  readonly only?: readonly string[];
  /** Where relative paths in the config (certificates) are read from. @default process.cwd() */
  readonly baseDir?: string;
}

/**
 * The one validation pass over the environments (ConfigError with every
 * problem; the values rewritten visibly are returned as notes), then per environment: read its certificate files, build its
 * stack, synthesize. The safety rules' error annotations become one
 * SafetyRuleError.
 */
export function synthesize(raw: readonly EnvironmentConfig[], options: SynthesizeOptions = {}): { app: App; stacks: OicAccessStack[]; notes: readonly ConfigNote[] } {
  // The stacks are built from the validated values (normalised where the intent was unambiguous), never the raw ones.
  const { configs: environments, notes: allNotes } = validateEnvironments(raw, options.baseDir);
  const unknown = (options.only ?? []).filter((n) => !environments.some((e) => e.name === n));
  if (unknown.length > 0) throw new UnknownEnvironmentError(unknown, environments.map((e) => e.name));
  const app = new App({ outdir: options.outdir });
  const selected = options.only?.length ? environments.filter((e) => options.only!.includes(e.name)) : environments;
  const notes = allNotes.filter((n) => selected.some((e) => e.name === n.env));
  const stacks = selected.map((config) => new OicAccessStack(app, config.name, { config, certificates: readEnvironmentCertificates(config, options.baseDir) }));
  synthOrExplain(app);
  return { app, stacks, notes };
}

/** `app.synth()`; when the safety rules refused something, a SafetyRuleError that lists it. */
export function synthOrExplain(app: App): void {
  try {
    app.synth();
  } catch (error) {
    const violations = collectRuleViolations(app);
    if (violations.length > 0) throw new SafetyRuleError(violations);
    throw error;
  }
}

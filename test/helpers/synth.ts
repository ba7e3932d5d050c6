import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DefaultTokenResolver, StringConcat, TerraformStack, Testing, Tokenization } from "cdktf";
import type { Construct } from "constructs";
import { OciProvider } from "../../.gen/providers/oci/provider";
import { collectRuleViolations } from "../../lib/aspects";
import type { EnvironmentConfig } from "../../lib/config/environment";
import { validateEnvironments } from "../../lib/config/validate";
import { SafetyRuleError } from "../../lib/errors";
import { readEnvironmentCertificates } from "../../lib/oic-access-stack/certificate-inputs";
import { OicAccessStack } from "../../lib/oic-access-stack/oic-access-stack";

/** Synthesizes a stack built by `build` (with an OCI provider) and returns the parsed cdk.tf.json. */
export function synthScope(build: (scope: Construct) => void): { json: string; parsed: Record<string, any> } {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  new OciProvider(stack, "oci", { region: "us-ashburn-1" });
  build(stack);
  const json = Testing.synth(stack);
  return { json, parsed: JSON.parse(json) };
}

/** A directory without certs/: synthesis does not depend on what `npm run cert` left in the checkout. */
const EMPTY_DIR = mkdtempSync(join(tmpdir(), "oic-base-"));

/**
 * Synthesizes one environment stack as lib/synthesize.ts does (validate,
 * read certificates, build; relative paths resolved against `baseDir`), and
 * throws a SafetyRuleError when the safety rules report errors (which
 * Testing.synth alone does not).
 */
export function synthEnv(
  config: EnvironmentConfig,
  baseDir: string = EMPTY_DIR,
  options: { skipConfigValidation?: boolean } = {},
): { stack: OicAccessStack; json: string; parsed: Record<string, any> } {
  // Skipping the config pass shows the construct-level checks and the safety
  // rules on their own: they also guard constructs used without our config.
  // The stack is built from the validated (normalised) values, as synthesize() does.
  if (!options.skipConfigValidation) config = validateEnvironments([config], baseDir).configs[0]!;
  const app = Testing.app();
  const stack = new OicAccessStack(app, config.name, { config, certificates: readEnvironmentCertificates(config, baseDir) });
  const json = Testing.synth(stack);
  const violations = collectRuleViolations(stack);
  if (violations.length > 0) throw new SafetyRuleError(violations);
  return { stack, json, parsed: JSON.parse(json) };
}

/** Synthesizes `stack` (aspects run) and returns the rule messages it was annotated with. */
export function ruleErrors(stack: TerraformStack): string[] {
  Testing.synth(stack);
  return collectRuleViolations(stack).map((v) => v.message);
}

/** The single resource of a type (fails the test when there are several or none). */
export function only(parsed: Record<string, any>, type: string, section: "resource" | "data" = "resource"): Record<string, any> {
  const all = Object.values(parsed[section]?.[type] ?? {});
  if (all.length !== 1) throw new Error(`expected one ${type}, found ${all.length}`);
  return all[0] as Record<string, any>;
}

/** Every resource of a type; fails the test when there is none (a check over nothing would pass silently). */
export function all(parsed: Record<string, any>, type: string, section: "resource" | "data" = "resource"): Record<string, any>[] {
  const found = Object.values(parsed[section]?.[type] ?? {}) as Record<string, any>[];
  if (found.length === 0) throw new Error(`expected at least one ${section} ${type}, found none`);
  return found;
}

/** The Terraform expression behind a token, e.g. `${oci_identity_domains_app.app_x.client_secret}`. */
export function resolved(scope: Construct, value: string): string {
  return Tokenization.resolve(value, { scope: TerraformStack.of(scope), preparing: false, resolver: new DefaultTokenResolver(new StringConcat()) }) as string;
}

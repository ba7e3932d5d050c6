/**
 * The environment with adopt's entries merged in: what stacks/<env>.ts
 * looks like after a person pastes them. adopt validates it (so a proposal
 * the stack would refuse is a finding, not a surprise at synth), and tests
 * synthesize it to check that every import lands on a declared address.
 */
import type { EnvironmentConfig } from "../../lib/config/environment";
import { checkEnvironment } from "../../lib/config/validate";
import type { AdoptedEntries } from "./adoption";
import { finding, type Finding } from "./findings";

function byName<T extends { readonly name: string }>(current: readonly T[] | undefined, adopted: readonly T[]): T[] {
  const names = new Set(adopted.map((a) => a.name));
  return [...(current ?? []).filter((c) => !names.has(c.name)), ...adopted];
}

export function mergeAdopted(config: EnvironmentConfig, entries: AdoptedEntries): EnvironmentConfig {
  const assertion = config.assertion && entries.assertion ? { ...config.assertion, ...entries.assertion } : config.assertion;
  return {
    ...config,
    ...(entries.oic ? { oic: { ...config.oic, ...entries.oic } } : {}),
    clientCredentialsApps: byName(config.clientCredentialsApps, entries.clientCredentialsApps),
    authCodeApps: byName(config.authCodeApps, entries.authCodeApps),
    ...(assertion ? { assertion } : {}),
  };
}

/** What the environment's validation says about the merged config, as findings. */
export function validateMerged(config: EnvironmentConfig, entries: AdoptedEntries, baseDir: string): Finding[] {
  return checkEnvironment(mergeAdopted(config, entries), baseDir).map((p) => finding("fail", p.field, `the merged config would be refused: ${p.problem} (${p.value})`, p.fix));
}

import type { EnvironmentConfig } from "../../lib/config/environment";
import { dev } from "../../stacks/dev";

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };

/** A deep copy of the dev environment, changed by `edit`: the baseline of config tests. */
export function envWith(edit: (c: Mutable<EnvironmentConfig>) => void = () => {}): EnvironmentConfig {
  const copy = structuredClone(dev) as Mutable<EnvironmentConfig>;
  edit(copy);
  return copy as EnvironmentConfig;
}

export const OIC_AUDIENCE = "https://oic-dev-examplens-ia.integration.us-ashburn-1.ocp.oraclecloud.com:443";
export const OIC_FQS = `${OIC_AUDIENCE}urn:opc:resource:consumer::all`;
export const FUSION_FQS = "https://fa-dev-example.fa.ocs.oraclecloud.com:443urn:opc:resource:consumer::all";

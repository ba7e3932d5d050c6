// The project's declared environments (stacks/), by name, and their synthesized stacks.
import type { EnvironmentConfig } from "../../lib/config/environment";
import { ENVIRONMENTS } from "../../stacks";
import { synthEnv } from "./synth";

export function environment(name: string): EnvironmentConfig {
  const env = ENVIRONMENTS.find((e) => e.name === name);
  if (!env) throw new Error(`no environment ${name}`);
  return env;
}

/** The synthesized stack of one environment, with the project's own code. */
export function synthesized(name: string): Record<string, any> {
  return synthEnv(environment(name)).parsed;
}

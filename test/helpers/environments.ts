// The project's declared environments (stacks/), by name, and their synthesized stacks.
import type { EnvironmentConfig } from "../../lib/config/environment";
import { ENVIRONMENTS } from "../../stacks";
import { synthEnv } from "./synth";

export function environment(name: string): EnvironmentConfig {
  const env = ENVIRONMENTS.find((e) => e.name === name);
  if (!env) throw new Error(`no environment ${name}`);
  return env;
}

/** Each environment's cdk.tf.json, synthesized once per test file (jest gives every file its own modules). */
const synthesizedJson = new Map<string, string>();

/** The synthesized stack of one environment, with the project's own code: a fresh copy each call (callers may edit it). */
export function synthesized(name: string): Record<string, any> {
  let json = synthesizedJson.get(name);
  if (json === undefined) synthesizedJson.set(name, (json = synthEnv(environment(name)).json));
  return JSON.parse(json) as Record<string, any>;
}

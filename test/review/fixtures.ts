/** Loading the plan fixtures in test/fixtures/plans. */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { parsePlan } from "../../tools/review/load-input";
import type { TerraformPlan } from "../../lib/stack-model/terraform-json";

export const FIXTURES_DIR = fileURLToPath(new URL("../fixtures/plans/", import.meta.url));
export const STACKS_DIR = join(FIXTURES_DIR, "stacks");

export function fixturePath(name: string): string {
  return join(FIXTURES_DIR, name);
}

export function fixtureText(name: string): string {
  return readFileSync(fixturePath(name), "utf8");
}

export function loadPlan(name: string): TerraformPlan {
  return parsePlan(fixtureText(name), name);
}

/** Every valid plan fixture, relative to FIXTURES_DIR. */
export function planFixtures(): string[] {
  const top = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith(".json") && !f.startsWith("bad-"));
  return [...top, "stacks/dev/plan.json"];
}

/** Every secret value planted in the fixtures (they all start with `do-not-print-`). */
export function plantedSecrets(): string[] {
  const all = [...planFixtures(), "stacks/dev/cdk.tf.json"].flatMap((f) => fixtureText(f).match(/do-not-print-[A-Za-z0-9-]+/g) ?? []);
  return [...new Set(all)];
}

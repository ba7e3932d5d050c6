/**
 * Moving an environment from the CLI engine to Resource Manager
 * (`npm run pipeline -- migrate-to-resource-manager <env>`):
 *
 *   1. `terraform state pull` of the environment's current state, through the
 *      CLI engine and the backend the environment still names;
 *   2. refuse when the Resource Manager stack already holds resources
 *      (nothing is overwritten);
 *   3. upload the Resource Manager configuration (created on first use) and
 *      import the pulled state with an IMPORT_TF_STATE job;
 *   4. a plan job, which must plan no changes: the same resources, now
 *      managed by Resource Manager. Anything else fails the migration loudly
 *      (the state is imported; nothing was applied).
 *
 * The pulled state is a secret (client secrets): it stays in memory.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import type { TerraformCli } from "../../terraform/cli";
import type { ResourceManagerEngine } from "./engine";
import { ERROR_CODES, OicAccessError } from "../../../contract/errors";

export interface MigrationOptions {
  readonly env: string;
  /** The CLI engine (it must implement statePull) and the stack directory synthesized for it (backend included). */
  readonly cli: TerraformCli;
  readonly cliStackDir: string;
  readonly rm: ResourceManagerEngine;
  /** The stack directory synthesized for Resource Manager (no backend, no provider credentials). */
  readonly rmStackDir: string;
  readonly log: (line: string) => void;
}

export class MigrationError extends OicAccessError {
  readonly code = ERROR_CODES.migration;
  override readonly name = "MigrationError";
}

export async function migrateToResourceManager(o: MigrationOptions): Promise<{ resources: number }> {
  if (!o.cli.statePull) throw new MigrationError("the CLI engine given cannot pull the state");
  await o.cli.init(o.cliStackDir);
  const raw = await o.cli.statePull(o.cliStackDir);
  let parsed: { resources?: unknown[]; lineage?: string; serial?: number };
  try {
    parsed = JSON.parse(raw) as typeof parsed;
  } catch {
    throw new MigrationError(`${o.env}: terraform state pull returned no state; nothing to migrate (deploy it with the Resource Manager engine instead)`);
  }
  const resources = parsed.resources?.length ?? 0;
  if (resources === 0) throw new MigrationError(`${o.env}: the current state holds no resources; nothing to migrate (deploy it with the Resource Manager engine instead)`);
  o.log(`migrate ${o.env}: pulled the CLI engine's state (${resources} resources, serial ${parsed.serial ?? "?"})`);

  const existing = (await o.rm.rawState()) as { resources?: unknown[] } | undefined;
  if (existing?.resources?.length) {
    throw new MigrationError(`${o.env}: the Resource Manager stack already holds ${existing.resources.length} resources; refusing to overwrite its state (was ${o.env} migrated already? run npm run pipeline -- plan ${o.env})`);
  }
  await o.rm.importState(o.rmStackDir, raw);
  o.log(`migrate ${o.env}: imported the state into Resource Manager`);

  const planFile = "migration-check.plan";
  try {
    const { changes } = await o.rm.plan(o.rmStackDir, planFile);
    if (changes) {
      const plan = (await o.rm.show(o.rmStackDir, planFile)) as { resource_changes?: { address: string; change: { actions: string[] } }[] };
      const changed = (plan.resource_changes ?? []).filter((r) => r.change.actions.some((a) => a !== "no-op" && a !== "read")).map((r) => `${r.address} (${r.change.actions.join("/")})`);
      throw new MigrationError(`${o.env}: after the import Resource Manager plans changes, so the configurations differ: ${changed.slice(0, 10).join(", ") || "outputs only"}. Nothing was applied; synthesize the same commit for both engines and run the plan again`);
    }
  } finally {
    rmSync(join(o.rmStackDir, planFile), { force: true });
  }
  o.log(`migrate ${o.env}: Resource Manager plans no changes: ${o.env} now deploys with the Resource Manager engine. Keep the old state object (versioned) until the first Resource Manager deploy has passed, then remove the environment's backend block.`);
  return { resources };
}

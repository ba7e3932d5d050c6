/**
 * One synthesized stack through Terraform with the offline OCI provider:
 * init, validate, plan, apply, outputs, in a scratch directory. What the
 * sandbox runs with `--terraform` to show the stack really plans and applies.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { installOfflineProvider } from "../standins/offline-provider/install";
import type { World } from "../standins/offline-provider/world";
import { apply, changesWith, init, output, plan, validate } from "./commands";
import { prepareStackDir } from "./stack-dir";

export interface OfflineApplyReport {
  readonly created: number;
  /** Terraform's diagnostics when the stack is not valid (then nothing was planned). */
  readonly invalid?: readonly string[];
  readonly ms: { readonly init: number; readonly validate: number; readonly plan: number; readonly apply: number };
  readonly outputs: Record<string, unknown>;
}

export async function applyOffline(stackJsonFile: string, workDir: string, world?: string | World): Promise<OfflineApplyReport> {
  const install = await installOfflineProvider(workDir, { world });
  const dir = { cwd: prepareStackDir(join(workDir, "stack"), readFileSync(stackJsonFile, "utf8")), env: install.env };
  const initResult = await init(dir);
  const v = await validate(dir);
  const ms = { init: initResult.ms, validate: v.result.ms, plan: 0, apply: 0 };
  if (!v.json.valid) return { created: 0, invalid: v.json.diagnostics.map((d) => `${d.summary}: ${d.detail ?? ""}`), ms, outputs: {} };
  const p = await plan(dir);
  const a = await apply(dir);
  const outputs = Object.fromEntries(Object.entries(await output(dir)).map(([k, o]) => [k, o.sensitive ? "(sensitive)" : o.value]));
  return { created: changesWith(p.json, ["create"]).length, ms: { ...ms, plan: p.plan.ms + p.show.ms, apply: a.ms }, outputs };
}

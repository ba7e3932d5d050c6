/**
 * Secret-bearing attributes the raw plan shows in clear, summarised once per
 * environment's review: which resources, which attributes, where in the plan.
 * (The provider does not mark `client_secret` sensitive, so every app in the
 * state would otherwise raise the same flag again and again.) Names only:
 * the values are redacted upstream and never reach this file.
 */
import type { ReviewedChange } from "./changes";

/** Where the plan shows a value: Terraform's names for the parts of `show -json`. */
export type PlanPart = "before" | "after" | "prior_state" | "configuration";

const PARTS: readonly PlanPart[] = ["prior_state", "before", "after", "configuration"];

export interface ClearSecretGroup {
  /** Top-level attribute names, e.g. `client_secret` (nested paths keep their last name). */
  readonly attributes: readonly string[];
  /** Where the plan shows them. */
  readonly parts: readonly PlanPart[];
  /** Resources that show exactly these attributes in these parts. */
  readonly addresses: readonly string[];
}

export interface ClearSecretSummary {
  readonly resources: number;
  /** Resources grouped by what they show, so three apps with a client secret are one line. */
  readonly groups: readonly ClearSecretGroup[];
}

/** `before.client_secret` -> ["before", "client_secret"]; `after.certificates[0].password` -> ["after", "password"]. */
function split(path: string): [PlanPart, string] | undefined {
  const part = PARTS.find((p) => path.startsWith(`${p}.`));
  if (!part) return undefined;
  const rest = path.slice(part.length + 1);
  const last = rest.split(".").pop()!.replace(/\[\d+\]$/, "");
  return [part, last];
}

export function summariseClearSecrets(changes: readonly ReviewedChange[]): ClearSecretSummary | undefined {
  const byKey = new Map<string, ClearSecretGroup & { addresses: string[] }>();
  let resources = 0;
  for (const c of changes) {
    const pairs = c.clearSecrets.map(split).filter((p): p is [PlanPart, string] => p !== undefined);
    if (pairs.length === 0) continue;
    resources += 1;
    const attributes = [...new Set(pairs.map(([, a]) => a))].sort();
    const parts = PARTS.filter((p) => pairs.some(([q]) => q === p));
    const key = JSON.stringify([attributes, parts]);
    const group = byKey.get(key);
    if (group) group.addresses.push(c.address);
    else byKey.set(key, { attributes, parts, addresses: [c.address] });
  }
  return resources === 0 ? undefined : { resources, groups: [...byKey.values()] };
}

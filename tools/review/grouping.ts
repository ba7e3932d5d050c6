/**
 * Which heading each reviewed resource goes under: the mission construct
 * that owns it (from cdk.tf.json's construct paths), the same for every
 * resource that belongs together. A resource the synthesized stack does not
 * hold (deleted by the plan, or written by a synth that lacked a file, such
 * as a certificate) goes where its siblings are: a certificate with its
 * trusted app, a policy or dynamic group with the Function. Without
 * construct paths, or when no sibling is known, every resource of one family
 * goes under the family's name, so a trusted app and its certificate are
 * never split between two headings.
 */
import type { ConstructIndex } from "../../lib/stack-model/construct-index";
import { KIND_LABELS, type ResourceKind } from "./classify";

/** Kinds a reviewer reads together, and the heading used when no construct path is known. */
const FAMILY: Readonly<Record<ResourceKind, ResourceKind>> = {
  "client-app": "client-app",
  "trusted-app": "trusted-app",
  certificate: "trusted-app",
  "signing-key": "signing-key",
  function: "function",
  policy: "function",
  "dynamic-group": "function",
  grant: "grant",
  other: "other",
};

export interface Groupable {
  readonly type: string;
  readonly name: string;
  readonly kind: ResourceKind;
}

export interface Grouping {
  /** Heading: the owning construct, or the family's label. */
  readonly group: string;
  /** Construct path, when cdk.tf.json holds the resource. */
  readonly constructPath?: string;
  readonly preventDestroy: boolean;
}

/** One grouping per resource, in the same order. */
export function groupResources(resources: readonly Groupable[], constructs: ConstructIndex | undefined): Grouping[] {
  const known = resources.map((r) => constructs?.get(`${r.type}.${r.name}`));
  // The construct each family lives in, when the stack shows exactly one.
  const homes = new Map<ResourceKind, Set<string>>();
  resources.forEach((r, i) => {
    const info = known[i];
    if (!info) return;
    const family = FAMILY[r.kind];
    homes.set(family, (homes.get(family) ?? new Set()).add(info.construct));
  });
  return resources.map((r, i) => {
    const info = known[i];
    if (info) return { group: info.construct, constructPath: info.path, preventDestroy: info.preventDestroy };
    const home = homes.get(FAMILY[r.kind]);
    const group = home && home.size === 1 ? [...home][0]! : KIND_LABELS[FAMILY[r.kind]];
    return { group, preventDestroy: false };
  });
}

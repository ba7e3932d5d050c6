/**
 * Construct paths from a synthesized stack: cdktf writes
 * `"//": { "metadata": { "path": "dev/cc-scheduler/app" } }` into every
 * resource, which tells which mission construct a plan address belongs to.
 */
import type { SynthesizedStack } from "./terraform-json";

export interface ConstructInfo {
  /** Full construct path, e.g. `dev/cc-scheduler/app`. */
  readonly path: string;
  /** The mission construct: the path segment under the stack, e.g. `cc-scheduler`. */
  readonly construct: string;
  readonly preventDestroy: boolean;
}

/** `type.name` address -> construct info, for every managed resource in the stack. */
export type ConstructIndex = ReadonlyMap<string, ConstructInfo>;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function constructOf(path: string): string {
  const segments = path.split("/").filter(Boolean);
  // segments[0] is the stack (the environment); a resource directly under it is its own construct.
  return segments.length >= 2 ? segments[1]! : (segments[0] ?? path);
}

export function indexConstructs(stack: SynthesizedStack): ConstructIndex {
  const index = new Map<string, ConstructInfo>();
  for (const [type, byName] of Object.entries(stack.resource ?? {})) {
    if (!isRecord(byName)) continue;
    for (const [name, body] of Object.entries(byName)) {
      if (!isRecord(body)) continue;
      const meta = body["//"];
      const path = isRecord(meta) && isRecord(meta.metadata) && typeof meta.metadata.path === "string" ? meta.metadata.path : undefined;
      if (!path) continue;
      const lifecycle = body.lifecycle;
      const preventDestroy = isRecord(lifecycle) && lifecycle.prevent_destroy === true;
      index.set(`${type}.${name}`, { path, construct: constructOf(path), preventDestroy });
    }
  }
  return index;
}

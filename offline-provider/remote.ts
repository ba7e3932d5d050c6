/**
 * The service side of the offline provider: what OCI holds, by resource
 * type and id, in a JSON file (OCI_OFFLINE_REMOTE; install.ts puts it
 * beside the world file). Every provider process of one installation (one
 * per Terraform command) shares it, so an apply's objects are what the next
 * plan's refresh reads, and a test can change an object between two
 * Terraform runs: drift, as when someone edits an app in the console.
 *
 * Before anything is written, the world's `resources` (world.ts) are what
 * exists. A deleted object leaves a tombstone, so a deleted world resource
 * stays deleted.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { Dynamic, type Value, isObject, Unknown } from "./cty";
import type { World, WorldObject } from "./world";
import { CodedError, ERROR_CODES } from "../contract/errors";

export const REMOTE_ENV = "OCI_OFFLINE_REMOTE";

type Objects = Record<string, Record<string, WorldObject | null>>;

export class RemoteStore {
  private memory: Objects = {};

  constructor(
    private readonly world: World,
    /** Without a file, objects live as long as the process (unit tests). */
    private readonly file?: string,
  ) {}

  get(type: string, id: string): WorldObject | undefined {
    const written = this.load()[type];
    if (written && id in written) return written[id] ?? undefined;
    return worldResource(this.world, type, id);
  }

  put(type: string, id: string, object: WorldObject): void {
    this.update((all) => ((all[type] ??= {})[id] = object));
  }

  delete(type: string, id: string): void {
    this.update((all) => ((all[type] ??= {})[id] = null));
  }

  private load(): Objects {
    if (!this.file) return this.memory;
    return existsSync(this.file) ? (JSON.parse(readFileSync(this.file, "utf8")) as Objects) : {};
  }

  private update(change: (all: Objects) => void): void {
    const all = this.load();
    change(all);
    if (!this.file) return;
    // Whole-file replace: a reader in another process never sees half a file.
    writeFileSync(`${this.file}.tmp`, JSON.stringify(all, null, 1));
    renameSync(`${this.file}.tmp`, this.file);
  }
}

/**
 * A world resource by its id: the entry whose `id` is `id` (world files key
 * entries by import id, which the service knows nothing about).
 */
function worldResource(world: World, type: string, id: string): WorldObject | undefined {
  const entries = world.resources?.[type] ?? {};
  return Object.values(entries).find((e) => e.id === id) ?? entries[id];
}

/** A known value as plain JSON (what the service stores). */
export function plainJson(v: Value): unknown {
  if (v instanceof Unknown) return null;
  if (v instanceof Dynamic) return plainJson(v.value);
  if (Array.isArray(v)) return v.map(plainJson);
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plainJson(x)]));
  return v;
}

/**
 * Changes an object the service holds, between two Terraform runs (drift):
 * `patch`'s attributes replace the stored ones. Throws when there is no such object.
 */
export function injectDrift(remoteFile: string, type: string, id: string, patch: Readonly<Record<string, unknown>>): void {
  const store = new RemoteStore({}, remoteFile);
  const current = store.get(type, id);
  if (!current) throw new CodedError(ERROR_CODES.offlineProvider, `the offline service holds no ${type} "${id}" (${remoteFile})`);
  store.put(type, id, { ...current, ...patch });
}

/** Deletes an object behind Terraform's back (someone removed it in the console). */
export function injectDeletion(remoteFile: string, type: string, id: string): void {
  new RemoteStore({}, remoteFile).delete(type, id);
}

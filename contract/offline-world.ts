/**
 * The offline provider's "world" file format: what exists before Terraform
 * runs (data sources, SCIM lists, importable resources). adopt writes it
 * (tools/estate/world.ts) and the offline provider reads it
 * (offline-provider/world.ts): shared vocabulary, so neither imports the other.
 */
export type WorldObject = Readonly<Record<string, unknown>>;

export interface World {
  readonly dataSources?: Readonly<Record<string, readonly WorldObject[]>>;
  readonly scim?: Readonly<Record<string, readonly WorldObject[]>>;
  readonly resources?: Readonly<Record<string, Readonly<Record<string, WorldObject>>>>;
}

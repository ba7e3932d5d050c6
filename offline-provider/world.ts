/**
 * The "world": what exists before Terraform runs (OCI_OFFLINE_WORLD=<file>).
 * Attribute names are the provider's (snake_case), nested blocks and
 * list-of-object attributes are JSON arrays, as in `terraform show -json`.
 *
 * ```json
 * {
 *   "dataSources": {
 *     "oci_integration_integration_instance": [
 *       { "integration_instance_id": "ocid1.integrationinstance...", "instance_url": "https://...",
 *         "idcs_info": [{ "idcs_app_id": "...", "instance_primary_audience_url": "https://...:443" }] }
 *     ]
 *   },
 *   "scim": {
 *     "oci_identity_domains_app_roles": [{ "id": "...", "display_name": "ServiceInvoker", "app": [{ "value": "<OIC app id>" }] }],
 *     "oci_identity_domains_users": [{ "id": "...", "user_name": "someone@example.com" }],
 *     "oci_identity_domains_groups": [{ "id": "...", "display_name": "OIC Business Users" }]
 *   },
 *   "resources": {
 *     "oci_identity_domains_app": { "<import id>": { "id": "...", "name": "...", ... } }
 *   }
 * }
 * ```
 *
 * - dataSources: a data source is answered by the entry whose attributes
 *   equal every argument the configuration gives (and the entry has); a
 *   type listed with no matching entry is "not found", like the service.
 * - scim: the identity-domain list data sources, filtered with their SCIM
 *   filter (and `idcs_endpoint` when an item names one). A type listed here
 *   is authoritative: no match gives an empty list.
 * - resources: what `import` finds, by import id.
 *
 * Anything not in the world is synthesized (see data-sources.ts).
 */
import { readFileSync } from "node:fs";
import { CodedError, ERROR_CODES } from "../contract/errors";

import type { World } from "../contract/offline-world";
export type { World, WorldObject } from "../contract/offline-world";

export const WORLD_ENV = "OCI_OFFLINE_WORLD";

export function loadWorld(path: string | undefined): World {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, "utf8")) as World;
  } catch (err) {
    throw new CodedError(ERROR_CODES.offlineProvider, `${WORLD_ENV}=${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

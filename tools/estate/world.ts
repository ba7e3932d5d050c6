/**
 * adopt's `world.json`: the live identity resources in the offline
 * provider's own world format (offline-provider/world.ts), so
 * `installOfflineProvider(dir, { world: "world.json" })` reads it as is and
 * `terraform plan` with the import blocks runs offline against the domain
 * adopt saw (test/estate/adopt-plan.test.ts).
 *
 * - `resources`: type -> import id -> attributes as the OCI provider reads
 *   them back (snake_case schema names, nested blocks as arrays): what
 *   `import` finds. The provider's read sets `id` to the SCIM id.
 * - `scim`: what the stack's list data sources look up — the OIC app's
 *   roles (`app.value eq "<OIC app id>" and displayName eq "<role>"`), the
 *   users and groups the grants name (`userName eq` / `displayName eq`),
 *   each with the domain's `idcs_endpoint` (lib/constructs/oic-resource.ts).
 *   The lists are authoritative: a user or group no adopted grant names is
 *   not in them.
 *
 * No secret is in it: `client_secret` is left out on purpose.
 */
import { TF_TYPES } from "./addresses";
import type { AdoptedResource, Adoption } from "./adoption";
import type { Estate } from "./estate";
import type { World, WorldObject } from "../../contract/offline-world";

function attributesOf(r: AdoptedResource): Record<string, unknown> {
  const base = { id: r.live.id, idcs_endpoint: r.domainUrl, schemas: [...r.live.schemas] };
  if (r.kind === "app") {
    const a = r.live;
    return {
      ...base, name: a.name, display_name: a.displayName, description: a.description ?? null, active: a.active, client_type: a.clientType ?? null,
      is_oauth_client: a.isOAuthClient, allowed_grants: [...a.allowedGrants], redirect_uris: [...a.redirectUris],
      allowed_scopes: a.allowedScopes.map((fqs) => ({ fqs })), allow_offline: a.allowOffline, show_in_my_apps: a.showInMyApps ?? null,
      trust_scope: a.trustScope ?? null, certificates: a.certificateAliases.map((cert_alias) => ({ cert_alias })),
      based_on_template: a.template ? [{ value: a.template }] : [],
    };
  }
  if (r.kind === "grant") {
    const g = r.live;
    return {
      ...base, grant_mechanism: g.grantMechanism, grantee: [{ type: g.grantee.type, value: g.grantee.id }], app: g.appId ? [{ value: g.appId }] : [],
      entitlement: g.entitlement ? [{ attribute_name: g.entitlement.attributeName, attribute_value: g.entitlement.attributeValue }] : [],
    };
  }
  const c = r.live;
  return { ...base, certificate_alias: c.alias, x509base64certificate: c.x509Base64, cert_start_date: c.notBefore ?? null, cert_end_date: c.notAfter ?? null };
}

/** The offline provider's world for what adopt read and adopts. */
export function worldFile(adoption: Adoption, estate: Estate): World {
  const users = new Map<string, string>();
  const groups = new Map<string, string>();
  for (const g of estate.grants) {
    if (g.grantee.name && g.grantee.type === "User") users.set(g.grantee.id, g.grantee.name);
    if (g.grantee.name && g.grantee.type === "Group") groups.set(g.grantee.id, g.grantee.name);
  }
  const resources: Record<string, Record<string, WorldObject>> = {};
  for (const r of adoption.resources) (resources[TF_TYPES[r.kind]] ??= {})[r.importId] = attributesOf(r);
  const d = estate.oicDomainUrl;
  return {
    scim: {
      oci_identity_domains_app_roles: estate.roles.map((r) => ({ id: r.id, display_name: r.name, app: [{ value: r.appId }], idcs_endpoint: d })),
      oci_identity_domains_users: [...users].map(([id, user_name]) => ({ id, user_name, idcs_endpoint: d })),
      oci_identity_domains_groups: [...groups].map(([id, display_name]) => ({ id, display_name, idcs_endpoint: d })),
    },
    resources,
  };
}

/**
 * The hook for the offline Terraform provider (lib/standins/offline-provider,
 * not merged yet): a "world" of resources that exist before the first plan,
 * keyed by resource type and provider import id, with their attributes as
 * the OCI provider would read them back (snake_case schema names). With it,
 * a test can run adopt against the SCIM stand-in, then `terraform plan`
 * with the import blocks against the offline provider, and show that the
 * plan imports without replacing anything.
 *
 * `data` carries what the stack's data sources look up (app roles, users,
 * groups), so the offline provider can answer them from the same world.
 * No secret is in it: `client_secret` is left out on purpose.
 */
import { TF_TYPES } from "./addresses";
import type { AdoptedResource, Adoption } from "./adoption";
import type { Estate } from "./estate";

export const WORLD_FORMAT = "oic-access-world/1";

export interface WorldResource {
  readonly type: string;
  readonly importId: string;
  /** The address adopt expects it to land on (for the reader's diagnostics). */
  readonly address: string;
  readonly attributes: Record<string, unknown>;
}

export interface WorldFile {
  readonly format: typeof WORLD_FORMAT;
  readonly resources: WorldResource[];
  readonly data: {
    readonly app_roles: { id: string; display_name: string; app_id: string; idcs_endpoint: string }[];
    readonly users: { id: string; user_name: string; idcs_endpoint: string }[];
    readonly groups: { id: string; display_name: string; idcs_endpoint: string }[];
  };
}

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

export function worldFile(adoption: Adoption, estate: Estate): WorldFile {
  const users = new Map<string, string>();
  const groups = new Map<string, string>();
  for (const g of estate.grants) {
    if (g.grantee.name && g.grantee.type === "User") users.set(g.grantee.id, g.grantee.name);
    if (g.grantee.name && g.grantee.type === "Group") groups.set(g.grantee.id, g.grantee.name);
  }
  const d = estate.oicDomainUrl;
  return {
    format: WORLD_FORMAT,
    resources: adoption.resources.map((r) => ({ type: TF_TYPES[r.kind], importId: r.importId, address: r.address, attributes: attributesOf(r) })),
    data: {
      app_roles: estate.roles.map((r) => ({ id: r.id, display_name: r.name, app_id: r.appId, idcs_endpoint: d })),
      users: [...users].map(([id, user_name]) => ({ id, user_name, idcs_endpoint: d })),
      groups: [...groups].map(([id, display_name]) => ({ id, display_name, idcs_endpoint: d })),
    },
  };
}

/**
 * A world consistent with one environment's configuration: its integration
 * instance (when the stack looks it up), the OIC app with every OIC app
 * role, and the users and groups its auth-code apps grant. Ids are
 * deterministic (sha256 of the environment and the name), so tests can
 * predict them. `omit` leaves things out, to see what the stack does when
 * the identity domain lacks them.
 */
import { createHash } from "node:crypto";
import type { EnvironmentConfig } from "../../lib/config/environment";
import { OIC_APP_ROLES } from "../../contract/oic-roles";
import type { World, WorldObject } from "../../offline-provider/world";

export interface WorldOmissions {
  readonly users?: readonly string[];
  readonly groups?: readonly string[];
  readonly roles?: readonly string[];
}

/** A 32-hex identity-domain id for `name` in `env`. */
export function worldId(env: string, name: string): string {
  return createHash("sha256").update(`${env}\n${name}`).digest("hex").slice(0, 32);
}

/** The OIC instance as the world has it: from the config when explicit, else invented per environment. */
export function worldOic(env: EnvironmentConfig): { appId: string; audience: string } {
  if ("appId" in env.oic) return { appId: env.oic.appId, audience: env.oic.audience };
  return { appId: worldId(env.name, "oic-app"), audience: `https://oic-${env.name}-world-ia.integration.${env.region}.ocp.oraclecloud.com:443` };
}

function integrationInstance(env: EnvironmentConfig): WorldObject[] {
  if (!env.oic.integrationInstanceId) return [];
  const { appId, audience } = worldOic(env);
  const instanceUrl = audience.replace(/:443$/, "");
  return [
    {
      integration_instance_id: env.oic.integrationInstanceId,
      id: env.oic.integrationInstanceId,
      display_name: `oic-${env.name}`,
      state: "ACTIVE",
      instance_url: instanceUrl,
      idcs_info: [
        {
          idcs_app_id: appId,
          idcs_app_name: `OIC_${env.name.toUpperCase()}_APPID`,
          idcs_app_display_name: `oic-${env.name}`,
          idcs_app_location_url: `${env.identityDomainUrl}/admin/v1/Apps/${appId}`,
          instance_primary_audience_url: audience,
        },
      ],
    },
  ];
}

function principals(env: EnvironmentConfig): { users: string[]; groups: string[] } {
  const users = new Set<string>();
  const groups = new Set<string>();
  for (const app of env.authCodeApps ?? []) {
    for (const u of app.users ?? []) users.add(u);
    for (const g of app.groups ?? []) groups.add(g);
  }
  return { users: [...users], groups: [...groups] };
}

export function worldForEnvironment(env: EnvironmentConfig, omit: WorldOmissions = {}): World {
  const { appId } = worldOic(env);
  const idcs = env.identityDomainUrl;
  const { users, groups } = principals(env);
  const roles = OIC_APP_ROLES.filter((r) => !omit.roles?.includes(r)).map((role) => ({ id: worldId(env.name, `role:${role}`), display_name: role, idcs_endpoint: idcs, app: [{ value: appId, display: `oic-${env.name}` }] }));
  const instance = integrationInstance(env);
  return {
    ...(instance.length > 0 ? { dataSources: { oci_integration_integration_instance: instance } } : {}),
    scim: {
      oci_identity_domains_app_roles: roles,
      oci_identity_domains_users: users.filter((u) => !omit.users?.includes(u)).map((u) => ({ id: worldId(env.name, `user:${u}`), user_name: u, idcs_endpoint: idcs })),
      oci_identity_domains_groups: groups.filter((g) => !omit.groups?.includes(g)).map((g) => ({ id: worldId(env.name, `group:${g}`), display_name: g, idcs_endpoint: idcs })),
    },
  };
}

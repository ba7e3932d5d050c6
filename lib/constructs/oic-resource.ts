import { Construct } from "constructs";
import { DataOciIdentityDomainsAppRoles } from "../../.gen/providers/oci/data-oci-identity-domains-app-roles";
import { DataOciIdentityDomainsGroups } from "../../.gen/providers/oci/data-oci-identity-domains-groups";
import { DataOciIdentityDomainsUsers } from "../../.gen/providers/oci/data-oci-identity-domains-users";
import { DataOciIntegrationIntegrationInstance } from "../../.gen/providers/oci/data-oci-integration-integration-instance";
import { type OicAppRole, OIC_APP_ROLES, SERVICE_INVOKER, closest } from "../config/oic-roles";
import { CONSUMER_SCOPE, fullyQualifiedScope } from "../oauth/scope";
import { AppRoleGrant, type Grantee } from "./app-role-grant";
import { logicalId, scimString } from "./identity-domain";

export interface OicResourceProps {
  /** Identity domain URL (`https://idcs-....identity.oraclecloud.com`). */
  readonly identityDomainUrl: string;
  /** OCID of the integration instance: audience, IAM app id and URL are read from it. */
  readonly integrationInstanceId?: string;
  /** IAM app id, when given explicitly (then `audience` is required too). */
  readonly appId?: string;
  /** Primary audience with port, when given explicitly. */
  readonly audience?: string;
  /** Base URL of the instance. @default the audience without `:443`, or the instance's `instance_url` */
  readonly baseUrl?: string;
  /** @default `urn:opc:resource:consumer::all` */
  readonly scope?: string;
  /** Give grants made through this resource `prevent_destroy`. @default false */
  readonly protectGrants?: boolean;
}

/** Something that can be granted OIC app roles: a client app, or a user/group by name. */
export type GrantTarget = { readonly grantee: Grantee } | { readonly user: string } | { readonly group: string };

/**
 * The OIC instance's IAM app: the OAuth resource every client asks a token
 * for. Exposes the exact fully qualified scope and grants app roles.
 */
export class OicResource extends Construct {
  /** Primary audience, e.g. `https://myoic-xyz.integration.us-ashburn-1.ocp.oraclecloud.com:443`. */
  readonly audience: string;
  /** The exact scope a client must request: audience + `urn:opc:resource:consumer::all`. */
  readonly fullyQualifiedScope: string;
  /** Id of the instance's IAM app. */
  readonly appId: string;
  readonly baseUrl: string;
  readonly integrationInstanceId?: string;
  readonly grants: AppRoleGrant[] = [];

  private readonly idcsEndpoint: string;
  private readonly protectGrants: boolean;
  private readonly roleIds = new Map<string, string>();
  private readonly principalIds = new Map<string, string>();

  constructor(scope: Construct, id: string, props: OicResourceProps) {
    super(scope, id);
    this.idcsEndpoint = props.identityDomainUrl;
    this.protectGrants = props.protectGrants ?? false;
    this.integrationInstanceId = props.integrationInstanceId;
    if (props.appId !== undefined && props.audience !== undefined) {
      this.appId = props.appId;
      this.audience = props.audience;
      this.baseUrl = props.baseUrl ?? props.audience.replace(/:443$/, "");
    } else if (props.integrationInstanceId !== undefined) {
      const instance = new DataOciIntegrationIntegrationInstance(this, "instance", {
        integrationInstanceId: props.integrationInstanceId,
      });
      const idcs = instance.idcsInfo.get(0);
      this.appId = idcs.idcsAppId;
      this.audience = idcs.instancePrimaryAudienceUrl;
      this.baseUrl = props.baseUrl ?? instance.instanceUrl;
    } else {
      throw new Error("OicResource: give integrationInstanceId, or appId and audience");
    }
    this.fullyQualifiedScope = fullyQualifiedScope(this.audience, props.scope ?? CONSUMER_SCOPE);
  }

  /** Id of one of the OIC app's roles, looked up in the identity domain (one data source per role). */
  roleId(roleName: OicAppRole): string {
    if (!(OIC_APP_ROLES as readonly string[]).includes(roleName)) {
      const near = closest(roleName);
      throw new Error(`"${roleName}" is not an OIC app role${near ? `; did you mean "${near}"?` : ""}`);
    }
    let roleId = this.roleIds.get(roleName);
    if (!roleId) {
      const roles = new DataOciIdentityDomainsAppRoles(this, `role-${roleName}`, {
        idcsEndpoint: this.idcsEndpoint,
        appRoleFilter: `app.value eq ${scimString(this.appId)} and displayName eq ${scimString(roleName)}`,
        lifecycle: {
          postcondition: [
            {
              condition: "${length(self.app_roles) == 1}",
              errorMessage: `The OIC app has no app role named ${roleName}: check oic.appId / the integration instance.`,
            },
          ],
        },
      });
      roles.overrideLogicalId(logicalId("oic_role", roleName));
      roleId = roles.appRoles.get(0).id;
      this.roleIds.set(roleName, roleId);
    }
    return roleId;
  }

  /**
   * Grants `ServiceInvoker` (and any extra roles) to a client app, a user or
   * a group: what OIC checks after the token is found valid.
   */
  grantInvoke(target: GrantTarget, extraRoles: readonly OicAppRole[] = []): AppRoleGrant[] {
    const grantee = this.resolve(target);
    const roles = [SERVICE_INVOKER, ...extraRoles.filter((r) => r !== SERVICE_INVOKER)];
    return roles.map((role) => this.grantRole(grantee, role));
  }

  /** Grants one role. */
  grantRole(grantee: Grantee, roleName: OicAppRole): AppRoleGrant {
    const grant = new AppRoleGrant(this, `grant-${roleName}-${grantee.type}-${grantee.label}`, {
      idcsEndpoint: this.idcsEndpoint,
      resourceAppId: this.appId,
      roleName,
      roleId: this.roleId(roleName),
      grantee,
      preventDestroy: this.protectGrants,
    });
    this.grants.push(grant);
    return grant;
  }

  private resolve(target: GrantTarget): Grantee {
    if ("grantee" in target) return target.grantee;
    if ("user" in target) return { type: "User", id: this.principalId("User", target.user), label: target.user };
    return { type: "Group", id: this.principalId("Group", target.group), label: target.group };
  }

  /** Id of a user (by user name) or group (by display name), looked up once. */
  private principalId(type: "User" | "Group", name: string): string {
    const key = `${type}:${name}`;
    let found = this.principalIds.get(key);
    if (found) return found;
    const id = `${type.toLowerCase()}-${name}`;
    if (type === "User") {
      const users = new DataOciIdentityDomainsUsers(this, id, {
        idcsEndpoint: this.idcsEndpoint,
        userFilter: `userName eq ${scimString(name)}`,
        lifecycle: { postcondition: [{ condition: "${length(self.users) == 1}", errorMessage: `No user named ${name} in the identity domain.` }] },
      });
      users.overrideLogicalId(logicalId("user", name));
      found = users.users.get(0).id;
    } else {
      const groups = new DataOciIdentityDomainsGroups(this, id, {
        idcsEndpoint: this.idcsEndpoint,
        groupFilter: `displayName eq ${scimString(name)}`,
        lifecycle: { postcondition: [{ condition: "${length(self.groups) == 1}", errorMessage: `No group named ${name} in the identity domain.` }] },
      });
      groups.overrideLogicalId(logicalId("group", name));
      found = groups.groups.get(0).id;
    }
    this.principalIds.set(key, found);
    return found;
  }
}

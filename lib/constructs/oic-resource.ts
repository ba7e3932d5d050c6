import { Construct, type IConstruct } from "constructs";
import { DataOciIdentityDomainsAppRoles } from "../../.gen/providers/oci/data-oci-identity-domains-app-roles";
import { DataOciIdentityDomainsGroups } from "../../.gen/providers/oci/data-oci-identity-domains-groups";
import { DataOciIdentityDomainsUsers } from "../../.gen/providers/oci/data-oci-identity-domains-users";
import { DataOciIntegrationIntegrationInstance } from "../../.gen/providers/oci/data-oci-integration-integration-instance";
import { type OicAppRole, OIC_APP_ROLES, SERVICE_INVOKER, closest } from "../../contract/oic-roles";
import { CONSUMER_SCOPE, fullyQualifiedScope } from "../../contract/scope";
import { AppRoleGrant, type Grantee, type IGrantable } from "./app-role-grant";
import { logicalId, scimString } from "./identity-domain";
import { check, literalUrl } from "./validation";

/** Who can be granted OIC app roles: a client app, or a user/group of OIC's identity domain by name. */
export type GrantTarget = IGrantable | { readonly user: string } | { readonly group: string };

/**
 * The OIC instance's IAM app: the OAuth resource every client of flows A and
 * B asks a token for. Found from the integration instance
 * (`OicResource.fromIntegrationInstance`) or given by its attributes
 * (`OicResource.fromAppAttributes`).
 */
export interface IOicResource extends IConstruct {
  /** OIC's identity domain (where the IAM app, its roles and grants live). */
  readonly identityDomainUrl: string;
  /** Id of the instance's IAM app. */
  readonly appId: string;
  /** Primary audience, e.g. `https://myoic-xyz.integration.us-ashburn-1.ocp.oraclecloud.com:443`. */
  readonly audience: string;
  /** The exact scope a client must request: audience + `urn:opc:resource:consumer::all`. */
  readonly fullyQualifiedScope: string;
  /** Runtime base URL, where integrations are called (never derived from the audience). */
  readonly baseUrl: string;
  /** OCID of the integration instance, when known: pins who may invoke the assertion Function. */
  readonly integrationInstanceId?: string;
  /** Grants `ServiceInvoker` (what OIC checks once the token is valid); returns the grant. */
  grantInvoke(target: GrantTarget): AppRoleGrant;
  /** Grants one app role; returns the grant (the same one when asked twice). */
  grantRole(target: GrantTarget, role: OicAppRole): AppRoleGrant;
}

interface OicResourceCommonProps {
  /** OIC's identity domain URL (`https://idcs-....identity.oraclecloud.com`). */
  readonly identityDomainUrl: string;
  /** Scope part of the FQS. @default `urn:opc:resource:consumer::all` */
  readonly scope?: string;
  /** Give grants made through this resource `prevent_destroy`. @default false */
  readonly protectGrants?: boolean;
}

export interface OicFromIntegrationInstanceProps extends OicResourceCommonProps {
  /** OCID of the integration instance: IAM app id, audience and `instance_url` are read from it. */
  readonly integrationInstanceId: string;
  /** Runtime base URL. @default the instance's `instance_url` */
  readonly baseUrl?: string;
}

export interface OicFromAppAttributesProps extends OicResourceCommonProps {
  /** Id of the instance's IAM app ("Oracle Cloud Service" app). */
  readonly appId: string;
  /** Primary audience, instance URL with port: `https://<host>:443`. */
  readonly audience: string;
  /** OCID of the integration instance. @default unknown: the assertion Function cannot be deployed for it (its invoke policy pins the instance) */
  readonly integrationInstanceId?: string;
  /** Runtime base URL. @default the instance's `instance_url` when `integrationInstanceId` is given; required otherwise */
  readonly baseUrl?: string;
}

type Source =
  | { readonly kind: "instance"; readonly props: OicFromIntegrationInstanceProps }
  | { readonly kind: "attributes"; readonly props: OicFromAppAttributesProps };

export class OicResource extends Construct implements IOicResource {
  /** The OIC resource of an integration instance: audience, IAM app id and base URL read at apply time. */
  static fromIntegrationInstance(scope: Construct, id: string, props: OicFromIntegrationInstanceProps): IOicResource {
    return new OicResource(scope, id, { kind: "instance", props });
  }

  /** The OIC resource given by its IAM app id and audience (copied from the console). */
  static fromAppAttributes(scope: Construct, id: string, props: OicFromAppAttributesProps): IOicResource {
    return new OicResource(scope, id, { kind: "attributes", props });
  }

  readonly identityDomainUrl: string;
  readonly appId: string;
  readonly audience: string;
  readonly fullyQualifiedScope: string;
  readonly baseUrl: string;
  readonly integrationInstanceId?: string;
  /** Every grant made through this resource. */
  readonly grants: AppRoleGrant[] = [];

  private readonly protectGrants: boolean;
  private readonly roleIds = new Map<string, string>();
  private readonly principalIds = new Map<string, string>();
  private readonly grantsById = new Map<string, AppRoleGrant>();
  private instance?: DataOciIntegrationIntegrationInstance;

  private constructor(scope: Construct, id: string, source: Source) {
    super(scope, id);
    const props = source.props;
    this.identityDomainUrl = props.identityDomainUrl;
    this.protectGrants = props.protectGrants ?? false;
    this.integrationInstanceId = props.integrationInstanceId;
    if (source.kind === "attributes") {
      const a = source.props;
      const url = literalUrl(this, a.audience, "OIC_AUDIENCE_INVALID", "audience");
      check(this, !url || url.protocol === "https:", "OIC_AUDIENCE_INVALID", `audience "${a.audience}" must be an https URL`);
      check(this, a.baseUrl !== undefined || a.integrationInstanceId !== undefined, "OIC_BASE_URL_REQUIRED",
        "give baseUrl (OIC's runtime URL) or integrationInstanceId (its instance_url is read): the base URL is never derived from the audience");
      this.appId = a.appId;
      this.audience = a.audience;
      this.baseUrl = a.baseUrl ?? this.instanceData().instanceUrl;
    } else {
      const idcs = this.instanceData().idcsInfo.get(0);
      this.appId = idcs.idcsAppId;
      this.audience = idcs.instancePrimaryAudienceUrl;
      this.baseUrl = source.props.baseUrl ?? this.instanceData().instanceUrl;
    }
    this.fullyQualifiedScope = fullyQualifiedScope(this.audience, props.scope ?? CONSUMER_SCOPE);
  }

  grantInvoke(target: GrantTarget): AppRoleGrant {
    return this.grantRole(target, SERVICE_INVOKER);
  }

  grantRole(target: GrantTarget, role: OicAppRole): AppRoleGrant {
    const grantee = this.resolve(target);
    const id = `grant-${role}-${grantee.type}-${grantee.label}`;
    const existing = this.grantsById.get(id);
    if (existing) return existing;
    const grant = new AppRoleGrant(this, id, {
      idcsEndpoint: this.identityDomainUrl,
      resourceAppId: this.appId,
      roleName: role,
      roleId: this.roleId(role),
      grantee,
      preventDestroy: this.protectGrants,
    });
    this.grantsById.set(id, grant);
    this.grants.push(grant);
    return grant;
  }

  /** Id of one of the OIC app's roles, looked up in the identity domain (one data source per role). */
  roleId(roleName: OicAppRole): string {
    if (!(OIC_APP_ROLES as readonly string[]).includes(roleName)) {
      const near = closest(roleName);
      check(this, false, "OIC_ROLE_UNKNOWN", `"${roleName}" is not an OIC app role${near ? `; did you mean "${near}"?` : ""}`);
    }
    let roleId = this.roleIds.get(roleName);
    if (!roleId) {
      const roles = new DataOciIdentityDomainsAppRoles(this, `role-${roleName}`, {
        idcsEndpoint: this.identityDomainUrl,
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

  private instanceData(): DataOciIntegrationIntegrationInstance {
    this.instance ??= new DataOciIntegrationIntegrationInstance(this, "instance", { integrationInstanceId: this.integrationInstanceId! });
    return this.instance;
  }

  private resolve(target: GrantTarget): Grantee {
    if ("grantee" in target) return target.grantee;
    if ("user" in target) return { type: "User", id: this.principalId("User", target.user), label: target.user };
    return { type: "Group", id: this.principalId("Group", target.group), label: target.group };
  }

  /** Id of a user (by user name) or group (by display name) in OIC's domain, looked up once. */
  private principalId(type: "User" | "Group", name: string): string {
    const key = `${type}:${name}`;
    let found = this.principalIds.get(key);
    if (found) return found;
    const id = `${type.toLowerCase()}-${name}`;
    const missing = `No ${type.toLowerCase()} named ${name} in the identity domain.`;
    if (type === "User") {
      const users = new DataOciIdentityDomainsUsers(this, id, {
        idcsEndpoint: this.identityDomainUrl,
        userFilter: `userName eq ${scimString(name)}`,
        lifecycle: { postcondition: [{ condition: "${length(self.users) == 1}", errorMessage: missing }] },
      });
      users.overrideLogicalId(logicalId("user", name));
      found = users.users.get(0).id;
    } else {
      const groups = new DataOciIdentityDomainsGroups(this, id, {
        idcsEndpoint: this.identityDomainUrl,
        groupFilter: `displayName eq ${scimString(name)}`,
        lifecycle: { postcondition: [{ condition: "${length(self.groups) == 1}", errorMessage: missing }] },
      });
      groups.overrideLogicalId(logicalId("group", name));
      found = groups.groups.get(0).id;
    }
    this.principalIds.set(key, found);
    return found;
  }
}

/** `ServiceInvoker` and the extra roles for each target, in that order; returns every grant. */
export function grantRoles(oic: IOicResource, targets: readonly GrantTarget[], extraRoles: readonly OicAppRole[] = []): AppRoleGrant[] {
  return targets.flatMap((t) => [oic.grantInvoke(t), ...extraRoles.filter((r) => r !== SERVICE_INVOKER).map((role) => oic.grantRole(t, role))]);
}

import { Construct } from "constructs";
import { IdentityDomainsGrant } from "../../.gen/providers/oci/identity-domains-grant";
import { SCIM_SCHEMAS, logicalId } from "./identity-domain";
import { preventDestroy } from "./protect";

/** Who receives an app role: a client app, a user or a group of the identity domain. */
export interface Grantee {
  readonly type: "App" | "User" | "Group";
  /** Identity-domain id of the grantee (a Terraform reference is fine). */
  readonly id: string;
  /** Readable name, used for ids and summaries (client ID, user name, group name). */
  readonly label: string;
}

/** Something that can receive app-role grants: a client app. */
export interface IGrantable {
  readonly grantee: Grantee;
}

export interface AppRoleGrantProps {
  /** Identity domain of the resource app and the grantee. */
  readonly idcsEndpoint: string;
  /** Id of the resource app (the OIC instance's IAM app) that defines the role. */
  readonly resourceAppId: string;
  /** Role name, e.g. `ServiceInvoker`: part of the Terraform address. */
  readonly roleName: string;
  /** Id of the role in the identity domain. */
  readonly roleId: string;
  /** Who receives the role (an app, a user or a group, by id). */
  readonly grantee: Grantee;
  /** @default false */
  readonly preventDestroy?: boolean;
}

const MECHANISM = {
  App: "ADMINISTRATOR_TO_APP",
  User: "ADMINISTRATOR_TO_USER",
  Group: "ADMINISTRATOR_TO_GROUP",
} as const;

/** One app-role grant (`oci_identity_domains_grant`), e.g. ServiceInvoker to a client app. */
export class AppRoleGrant extends Construct {
  readonly resource: IdentityDomainsGrant;
  readonly roleName: string;
  readonly grantee: Grantee;

  constructor(scope: Construct, id: string, props: AppRoleGrantProps) {
    super(scope, id);
    this.roleName = props.roleName;
    this.grantee = props.grantee;
    this.resource = new IdentityDomainsGrant(this, "grant", {
      idcsEndpoint: props.idcsEndpoint,
      schemas: [SCIM_SCHEMAS.grant],
      grantMechanism: MECHANISM[props.grantee.type],
      grantee: { type: props.grantee.type, value: props.grantee.id },
      app: { value: props.resourceAppId },
      entitlement: { attributeName: "appRoles", attributeValue: props.roleId },
    });
    // The address names the grantee and role, so reordering code never
    // replaces a grant (a replace is a window in which calls get 403).
    this.resource.overrideLogicalId(logicalId("grant", props.roleName, props.grantee.type.toLowerCase(), props.grantee.label));
    preventDestroy(props.preventDestroy ?? false, this.resource);
  }
}

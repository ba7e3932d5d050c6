import type { Construct } from "constructs";
import { GRANT_TYPES } from "../../contract/identity-domain";
import type { OicAppRole } from "../../contract/oic-roles";
import type { AppRoleGrant } from "./app-role-grant";
import { OAuthClientApp, type OAuthClientAppProps } from "./oauth-client-app";
import { type IOicResource, grantRoles } from "./oic-resource";

export interface ClientCredentialsAppProps extends OAuthClientAppProps {
  /** The OIC resource whose exact scope the app may request. */
  readonly oic: IOicResource;
  /** Identity domain of the app. @default the OIC resource's domain */
  readonly identityDomainUrl?: string;
  /** Grant `ServiceInvoker` (plus `extraRoles`) on the OIC app. @default true */
  readonly grantInvoke?: boolean;
  /** Roles beyond `ServiceInvoker`. @default none */
  readonly extraRoles?: readonly OicAppRole[];
}

/**
 * A confidential app for machine callers of OIC (scheduler, OCI service,
 * backend): `client_credentials` only, the OIC scope only, no redirect URI.
 */
export class ClientCredentialsApp extends OAuthClientApp {
  readonly flow = "client-credentials" as const;
  /** The scope to send in the token request. */
  readonly scope: string;
  /** The app-role grants made for this app. */
  readonly grants: readonly AppRoleGrant[];

  constructor(scope: Construct, id: string, props: ClientCredentialsAppProps) {
    super(
      scope,
      id,
      props.identityDomainUrl ?? props.oic.identityDomainUrl,
      props,
      {
        clientType: "confidential",
        allowedGrants: [GRANT_TYPES.clientCredentials],
        allowedScopes: [{ fqs: props.oic.fullyQualifiedScope }],
      },
      "Client-credentials (machine-to-OIC)",
    );
    this.scope = props.oic.fullyQualifiedScope;
    this.grants = props.grantInvoke ?? true ? grantRoles(props.oic, [this], props.extraRoles) : [];
  }
}


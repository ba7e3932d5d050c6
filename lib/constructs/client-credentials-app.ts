import type { Construct } from "constructs";
import type { OicAppRole } from "../config/oic-roles";
import { GRANT_TYPES } from "./identity-domain";
import { OAuthClientApp, type OAuthClientAppProps } from "./oauth-client-app";
import type { OicResource } from "./oic-resource";

export interface ClientCredentialsAppProps extends OAuthClientAppProps {
  /** The OIC resource whose exact scope the app may request. */
  readonly oic: OicResource;
  /** Grant `ServiceInvoker` (plus `extraRoles`) on the OIC app. @default true */
  readonly grantInvoke?: boolean;
  /** @default none */
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

  constructor(scope: Construct, id: string, props: ClientCredentialsAppProps) {
    super(
      scope,
      id,
      props,
      {
        clientType: "confidential",
        allowedGrants: [GRANT_TYPES.clientCredentials],
        allowedScopes: [{ fqs: props.oic.fullyQualifiedScope }],
      },
      "Client-credentials (machine-to-OIC)",
    );
    this.scope = props.oic.fullyQualifiedScope;
    if (props.grantInvoke ?? true) props.oic.grantInvoke({ grantee: this.grantee }, props.extraRoles);
  }
}

import type { Construct } from "constructs";
import type { OicAppRole } from "../config/oic-roles";
import { OFFLINE_ACCESS } from "../oauth/scope";
import { GRANT_TYPES, authorizeUrl } from "./identity-domain";
import { OAuthClientApp, type OAuthClientAppProps } from "./oauth-client-app";
import type { OicResource } from "./oic-resource";

export interface AuthCodeAppProps extends OAuthClientAppProps {
  readonly oic: OicResource;
  /** Callback URLs of the client application: https only. */
  readonly redirectUris: readonly string[];
  /** Accept `http://127.0.0.1`/`localhost` redirect URIs (the smoke test's login). @default false */
  readonly allowLoopbackRedirect?: boolean;
  /** Users who log in: each gets `ServiceInvoker` (and `extraRoles`). @default none */
  readonly users?: readonly string[];
  /** Groups whose members log in: each gets `ServiceInvoker` (and `extraRoles`). @default none */
  readonly groups?: readonly string[];
  /** Grant `ServiceInvoker` to the app itself, the users and the groups. @default true */
  readonly grantInvoke?: boolean;
  /** @default none */
  readonly extraRoles?: readonly OicAppRole[];
}

/**
 * A confidential app for UIs (VBCS, web apps) that call OIC in a logged-in
 * user's session: `authorization_code` + `refresh_token`, https redirect URIs.
 *
 * The identity domain hands out refresh tokens when the app allows the
 * `refresh_token` grant and the request asks for `offline_access`;
 * `offline_access` is a request scope, not a resource FQS, so it is not an
 * `allowed_scopes` entry: `requestScope` carries it.
 */
export class AuthCodeApp extends OAuthClientApp {
  readonly flow = "authorization-code" as const;
  /** What the client asks for at the authorize endpoint: OIC FQS and `offline_access`. */
  readonly requestScope: string;
  readonly authorizeUrl: string;
  readonly redirectUris: readonly string[];

  constructor(scope: Construct, id: string, props: AuthCodeAppProps) {
    for (const uri of props.redirectUris) assertRedirectUri(uri, props.allowLoopbackRedirect ?? false, props.name);
    if (props.redirectUris.length === 0) throw new Error(`AuthCodeApp ${props.name}: at least one redirect URI is required`);
    super(
      scope,
      id,
      props,
      {
        clientType: "confidential",
        allowedGrants: [GRANT_TYPES.authorizationCode, GRANT_TYPES.refreshToken],
        redirectUris: [...props.redirectUris],
        allowedScopes: [{ fqs: props.oic.fullyQualifiedScope }],
        allowOffline: true,
      },
      "Authorization-code (user session to OIC)",
    );
    this.requestScope = `${props.oic.fullyQualifiedScope} ${OFFLINE_ACCESS}`;
    this.authorizeUrl = authorizeUrl(props.identityDomainUrl);
    this.redirectUris = props.redirectUris;
    if (props.grantInvoke ?? true) {
      props.oic.grantInvoke({ grantee: this.grantee }, props.extraRoles);
      for (const user of props.users ?? []) props.oic.grantInvoke({ user }, props.extraRoles);
      for (const group of props.groups ?? []) props.oic.grantInvoke({ group }, props.extraRoles);
    }
  }
}

function assertRedirectUri(uri: string, allowLoopback: boolean, app: string): void {
  const url = new URL(uri);
  const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  if (loopback && !allowLoopback) throw new Error(`AuthCodeApp ${app}: loopback redirect URI ${uri} needs allowLoopbackRedirect: true`);
  if (!loopback && url.protocol !== "https:") throw new Error(`AuthCodeApp ${app}: redirect URI ${uri} must use https`);
}

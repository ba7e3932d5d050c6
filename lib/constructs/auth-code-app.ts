import type { Construct } from "constructs";
import { GRANT_TYPES, authorizeUrl } from "../../contract/identity-domain";
import type { OicAppRole } from "../../contract/oic-roles";
import { OFFLINE_ACCESS } from "../../contract/scope";
import type { AppRoleGrant } from "./app-role-grant";
import { OAuthClientApp, type OAuthClientAppProps } from "./oauth-client-app";
import { type IOicResource, grantRoles } from "./oic-resource";
import { REDIRECT_RULE } from "../rules";
import { check, enforceRule, isUnresolved, literalUrl } from "./validation";

export interface AuthCodeAppProps extends OAuthClientAppProps {
  /** The OIC resource whose exact scope the app may request. */
  readonly oic: IOicResource;
  /** Identity domain of the app. @default the OIC resource's domain */
  readonly identityDomainUrl?: string;
  /** Callback URLs of the client application: https, at least one. */
  readonly redirectUris: readonly string[];
  /**
   * Accept `http://127.0.0.1`/`localhost` redirect URIs (the smoke test's
   * login). Never in a protected stack (lib/aspects). @default false
   */
  readonly allowLoopbackRedirect?: boolean;
  /** Users who log in: each gets `ServiceInvoker` (and `extraRoles`). @default none */
  readonly users?: readonly string[];
  /** Groups whose members log in: each gets `ServiceInvoker` (and `extraRoles`). @default none */
  readonly groups?: readonly string[];
  /** Grant `ServiceInvoker` to the app itself, the users and the groups. @default true */
  readonly grantInvoke?: boolean;
  /** Roles beyond `ServiceInvoker`. @default none */
  readonly extraRoles?: readonly OicAppRole[];
}

/**
 * A confidential app for UIs (VBCS, web apps) that call OIC in a logged-in
 * user's session: `authorization_code` + `refresh_token`, https redirect URIs.
 *
 * A refresh token comes when this app allows the `refresh_token` grant, the
 * request asks for `offline_access`, and the *resource* app (OIC's IAM app)
 * allows token refresh. `allow_offline` is that resource-side switch; on a
 * client app it means nothing, so it is not set here (provider docs,
 * identity_domains_app: allow_offline). `offline_access` is a request
 * scope, not a resource FQS: `requestScope` carries it.
 */
export class AuthCodeApp extends OAuthClientApp {
  readonly flow = "authorization-code" as const;
  /** What the client asks for at the authorize endpoint: OIC FQS and `offline_access`. */
  readonly requestScope: string;
  readonly authorizeUrl: string;
  readonly redirectUris: readonly string[];
  /** Whether loopback redirect URIs were asked for (read by the loopback safety rule). */
  readonly allowLoopbackRedirect: boolean;
  /** The app-role grants made for the app, its users and groups. */
  readonly grants: readonly AppRoleGrant[];

  constructor(scope: Construct, id: string, props: AuthCodeAppProps) {
    super(
      scope,
      id,
      props.identityDomainUrl ?? props.oic.identityDomainUrl,
      props,
      {
        clientType: "confidential",
        allowedGrants: [GRANT_TYPES.authorizationCode, GRANT_TYPES.refreshToken],
        redirectUris: [...props.redirectUris],
        allowedScopes: [{ fqs: props.oic.fullyQualifiedScope }],
      },
      "Authorization-code (user session to OIC)",
    );
    this.allowLoopbackRedirect = props.allowLoopbackRedirect ?? false;
    check(this, isUnresolved(props.redirectUris) || props.redirectUris.length > 0, "REDIRECT_URIS_REQUIRED", "an authorization-code app needs at least one redirect URI");
    for (const uri of props.redirectUris) this.checkRedirectUri(uri);
    this.requestScope = `${props.oic.fullyQualifiedScope} ${OFFLINE_ACCESS}`;
    this.authorizeUrl = authorizeUrl(this.identityDomainUrl);
    this.redirectUris = props.redirectUris;
    const targets = [this, ...(props.users ?? []).map((user) => ({ user })), ...(props.groups ?? []).map((group) => ({ group }))];
    this.grants = props.grantInvoke ?? true ? grantRoles(props.oic, targets, props.extraRoles) : [];
  }

  private checkRedirectUri(uri: string): void {
    const url = literalUrl(this, uri, "REDIRECT_URI_INVALID", "redirect URI");
    if (!url) return;
    check(this, url.hash === "", "REDIRECT_URI_INVALID", `redirect URI ${uri} must not have a fragment`);
    // The construct knows no protection: the protected case is the Aspect's (and the config's).
    enforceRule(this, REDIRECT_RULE, { uri, allowLoopback: this.allowLoopbackRedirect, protected: false });
  }
}

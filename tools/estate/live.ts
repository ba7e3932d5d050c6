/**
 * What `adopt` and `doctor` know about an identity domain: the few
 * attributes they read, narrowed from the SDK's models. A client secret is
 * never part of it (the reader does not ask for it and drops it if sent).
 */

export interface LiveApp {
  readonly id: string;
  /** Client ID. */
  readonly name: string;
  readonly displayName: string;
  readonly description?: string;
  readonly active: boolean;
  readonly clientType?: string;
  readonly isOAuthClient: boolean;
  readonly isOAuthResource: boolean;
  readonly allowedGrants: readonly string[];
  readonly redirectUris: readonly string[];
  /** `allowedScopes[].fqs`: what the app may request. */
  readonly allowedScopes: readonly string[];
  /** Resource apps: primary audience and the scopes they define. */
  readonly audience?: string;
  readonly scopes: readonly string[];
  /** Resource apps: whether the resource allows refresh tokens (`allowOffline`). */
  readonly allowOffline: boolean;
  readonly showInMyApps?: boolean;
  readonly certificateAliases: readonly string[];
  readonly template?: string;
  readonly trustScope?: string;
  readonly schemas: readonly string[];
}

export type GranteeType = "App" | "User" | "Group";

export interface LiveGrant {
  readonly id: string;
  readonly grantMechanism: string;
  readonly grantee: { readonly type: GranteeType | string; readonly id: string };
  readonly appId?: string;
  readonly entitlement?: { readonly attributeName: string; readonly attributeValue: string };
  readonly schemas: readonly string[];
}

export interface LiveAppRole {
  readonly id: string;
  readonly name: string;
  readonly appId: string;
}

export interface LiveUser {
  readonly id: string;
  readonly userName: string;
}

export interface LiveGroup {
  readonly id: string;
  readonly displayName: string;
}

export interface LiveCertificate {
  readonly id: string;
  readonly alias: string;
  /** base64 DER. */
  readonly x509Base64: string;
  readonly notAfter?: string;
  readonly notBefore?: string;
  readonly schemas: readonly string[];
}

/** Read access to one identity domain's admin API (only reads: nothing here can change the domain). */
export interface DomainReader {
  /** The domain URL exactly as the environment's config spells it (import ids carry it verbatim). */
  readonly url: string;
  apps(filter?: string): Promise<LiveApp[]>;
  grants(filter?: string): Promise<LiveGrant[]>;
  appRoles(filter?: string): Promise<LiveAppRole[]>;
  users(filter?: string): Promise<LiveUser[]>;
  groups(filter?: string): Promise<LiveGroup[]>;
  certificates(filter?: string): Promise<LiveCertificate[]>;
  close(): void;
}

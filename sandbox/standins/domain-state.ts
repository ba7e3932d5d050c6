/**
 * What the identity-domain stand-in knows: apps (clients), users, groups, app
 * role grants and resource apps (OIC, Fusion). The OIC and Fusion stand-ins
 * read the same object for role checks, so a test hook that removes a grant
 * is seen by OIC at once, as in the real domain (minus propagation delay).
 */
import { randomBytes, type KeyObject } from "node:crypto";

import { GRANT_TYPES } from "../../contract/identity-domain";
import { SERVICE_INVOKER } from "../../contract/oic-roles";
import { CodedError, ERROR_CODES } from "../../contract/errors";

export const JWT_BEARER = GRANT_TYPES.jwtBearer;
export { SERVICE_INVOKER };

export interface StandinApp {
  /** Client ID (the IAM app's `name`). */
  readonly name: string;
  /** Confidential apps: generated when the stand-in starts, like Terraform's apply. */
  secret?: string;
  readonly clientType: "confidential" | "trusted";
  allowedGrants: Set<string>;
  /** Fully qualified scopes the app may request. */
  scopes: string[];
  redirectUris: string[];
  /** Trusted apps: certificate alias -> public key of the imported certificate. */
  certificates: Map<string, KeyObject>;
  active: boolean;
}

export interface StandinResource {
  /** `oic` or `fusion`; the primary audience identifies it at the token endpoint. */
  readonly kind: "oic" | "fusion";
  /** Primary audience, e.g. `https://oic.example.com:443`. */
  readonly audience: string;
  /** Scope part, e.g. `urn:opc:resource:consumer::all`. */
  readonly scope: string;
  /**
   * The resource app's token-refresh switch (console: "Allow token refresh";
   * provider: `allow_offline` on the resource app). Off: no refresh token is
   * issued for its scope. @default true
   */
  allowRefresh?: boolean;
}

export interface RoleGrant {
  readonly grantee: { readonly type: "App" | "User" | "Group"; readonly name: string };
  readonly role: string;
}

function generateClientSecret(): string {
  return randomBytes(24).toString("base64url");
}

export class DomainState {
  readonly apps = new Map<string, StandinApp>();
  readonly users = new Set<string>();
  /** Group display name -> member user names. */
  readonly groups = new Map<string, Set<string>>();
  grants: RoleGrant[] = [];
  readonly resources: StandinResource[] = [];
  /** Seconds added to the stand-in's clock when it checks user assertions. */
  clockSkewSeconds = 0;
  /**
   * Also accept `https://identity.oraclecloud.com/` as the assertions' `aud`
   * (older IDCS). The domain's own URL is always accepted (Oracle's
   * "Client/User JWT Assertion"). @default false
   */
  acceptLegacyAudience = false;

  addApp(app: Omit<StandinApp, "active" | "certificates"> & Partial<Pick<StandinApp, "active" | "certificates">>): StandinApp {
    const full: StandinApp = { active: true, certificates: new Map(), ...app };
    if (full.clientType === "confidential" && !full.secret) full.secret = generateClientSecret();
    this.apps.set(full.name, full);
    return full;
  }

  app(name: string): StandinApp {
    const app = this.apps.get(name);
    if (!app) throw new CodedError(ERROR_CODES.standin, `stand-in: no app named "${name}"`);
    return app;
  }

  resourceFor(fqs: string): StandinResource | undefined {
    return this.resources.find((r) => fqs === `${r.audience}${r.scope}`);
  }

  /** True when the app, the user, or a group holding the user has `role`. */
  hasRole(subject: { type: "App" | "User"; name: string }, role: string): boolean {
    return this.grants.some((g) => {
      if (g.role !== role) return false;
      if (g.grantee.type === subject.type) return g.grantee.name === subject.name;
      return subject.type === "User" && g.grantee.type === "Group" && (this.groups.get(g.grantee.name)?.has(subject.name) ?? false);
    });
  }

  // ---- test hooks: the misconfigurations the smoke test must explain ----

  /** A new secret, as after "Regenerate secret" in the console; the old one stops working. */
  rotateSecret(appName: string): string {
    const app = this.app(appName);
    app.secret = generateClientSecret();
    return app.secret;
  }

  deactivateApp(appName: string): void {
    this.app(appName).active = false;
  }

  activateApp(appName: string): void {
    this.app(appName).active = true;
  }

  /** Removes every grant of `role` (default ServiceInvoker) to the named app, user or group. */
  removeGrant(granteeName: string, role: string = SERVICE_INVOKER): void {
    this.grants = this.grants.filter((g) => !(g.grantee.name === granteeName && g.role === role));
  }

  addGrant(type: RoleGrant["grantee"]["type"], name: string, role: string = SERVICE_INVOKER): void {
    this.grants.push({ grantee: { type, name }, role });
  }

  removeAllowedGrant(appName: string, grantType: string): void {
    this.app(appName).allowedGrants.delete(grantType);
  }

  removeUser(userName: string): void {
    this.users.delete(userName);
  }

  /** userName is "caseExact: false" in the domain's schema: lookups ignore case. */
  hasUser(userName: string): boolean {
    const folded = userName.toLowerCase();
    return [...this.users].some((u) => u.toLowerCase() === folded);
  }

  /** The resource app's "Allow token refresh" off (or on again). */
  setRefreshAllowed(kind: StandinResource["kind"], allowed: boolean): void {
    for (const r of this.resources) if (r.kind === kind) r.allowRefresh = allowed;
  }

  skewClock(seconds: number): void {
    this.clockSkewSeconds = seconds;
  }
}

/**
 * Which of our constructs a console-made client app is, or why none of them
 * can express it (then adopt leaves it alone and says how to fix it).
 */
import { CONFIDENTIAL_APP_TEMPLATE } from "../../lib/constructs/identity-domain";
import { GRANT_TYPES } from "../../contract/identity-domain";
import { explainScopeMismatch } from "../../contract/scope";
import { hostOf } from "./estate";
import { finding, type Finding } from "./findings";
import type { LiveApp } from "./live";

export type AppKind = "client-credentials" | "authorization-code" | "trusted";

export interface ScopeContext {
  readonly oicAudience: string;
  readonly oicFqs: string;
  readonly fusionAudience?: string;
  readonly fusionFqs?: string;
}

function scopeProblem(app: LiveApp, s: ScopeContext): Finding | undefined {
  const oicHost = hostOf(s.oicAudience);
  const fusionHost = s.fusionAudience ? hostOf(s.fusionAudience) : "";
  const oic = app.allowedScopes.filter((x) => hostOf(x) === oicHost);
  const fusion = app.allowedScopes.filter((x) => fusionHost && hostOf(x) === fusionHost);
  const other = app.allowedScopes.filter((x) => !oic.includes(x) && !fusion.includes(x));
  if (oic.length > 0 && fusion.length > 0) {
    return finding("fail", app.name, "holds both OIC's and Fusion's scopes: one app, one resource, or the token's audience is ambiguous", "create a second app for the other resource, move its consumers there, remove that scope from this app, then run adopt again");
  }
  if (other.length > 0) {
    return finding("fail", app.name, `holds scopes of other resources too (${other.join(", ")}); our apps hold exactly one resource's scope`, "move those scopes to a separate app (not managed here), then run adopt again");
  }
  const wrongOic = oic.find((x) => x !== s.oicFqs);
  if (wrongOic) return finding("fail", app.name, `hand-built scope: ${explainScopeMismatch(wrongOic, s.oicAudience)}`, `in the console, replace the scope with "${s.oicFqs}" (Add scope, pick the OIC app), then run adopt again`);
  const wrongFusion = s.fusionFqs ? fusion.find((x) => x !== s.fusionFqs) : undefined;
  if (wrongFusion) return finding("fail", app.name, `hand-built scope: ${explainScopeMismatch(wrongFusion, s.fusionAudience!)}`, `in the console, replace the scope with "${s.fusionFqs}", then run adopt again`);
  return undefined;
}

function trustedKind(app: LiveApp, s: ScopeContext): AppKind | Finding {
  if (!s.fusionFqs || !app.allowedScopes.includes(s.fusionFqs)) {
    return finding("fail", app.name, "is a trusted app that does not hold Fusion's scope: identity propagation mints Fusion tokens only", "give it Fusion's scope instead (or leave it unmanaged); set fusion.audience in the environment if it is missing");
  }
  if (!app.allowedGrants.includes(GRANT_TYPES.jwtBearer)) {
    return finding("fail", app.name, "is a trusted app without the JWT-bearer (assertion) grant", "allow the grant type urn:ietf:params:oauth:grant-type:jwt-bearer on it, then run adopt again");
  }
  return "trusted";
}

function confidentialKind(app: LiveApp, s: ScopeContext): AppKind | Finding {
  if (s.fusionFqs && app.allowedScopes.includes(s.fusionFqs)) {
    return finding("info", app.name, "a confidential app for Fusion, not OIC: outside this project", "none; it stays as it is");
  }
  const code = app.allowedGrants.includes(GRANT_TYPES.authorizationCode);
  const cc = app.allowedGrants.includes(GRANT_TYPES.clientCredentials);
  if (code && cc) {
    return finding("fail", app.name, "allows both client credentials and authorization code: our apps serve one flow each (a backend must not ride a UI's app)", "create a separate client-credentials app for the machine caller, move it there, remove client_credentials from this app, then run adopt again");
  }
  if (code) return "authorization-code";
  if (cc) return "client-credentials";
  return finding("fail", app.name, `allows neither client_credentials nor authorization_code (${app.allowedGrants.join(", ") || "no grant"})`, "allow the grant its callers use, then run adopt again");
}

/** The construct that expresses `app`, or the finding that says why none does. */
export function classifyApp(app: LiveApp, s: ScopeContext): AppKind | Finding {
  if (!app.active) {
    return finding("fail", app.name, "is inactive: its clients get invalid_client, and our stacks declare only active apps", "activate it in the console if it is still used (then run adopt again), or delete it if not");
  }
  const scopes = scopeProblem(app, s);
  if (scopes) return scopes;
  if (app.template !== undefined && app.template !== CONFIDENTIAL_APP_TEMPLATE) {
    return finding("fail", app.name, `was made from template "${app.template}", ours is "${CONFIDENTIAL_APP_TEMPLATE}": based_on_template forces replacement, so the first apply would replace it (new client id and secret)`, "leave it unmanaged, or recreate it as a confidential application and move its consumers");
  }
  if (app.clientType === "trusted") return trustedKind(app, s);
  if (app.clientType !== "confidential") {
    return finding("fail", app.name, `client type "${app.clientType ?? "none"}": only confidential and trusted apps are managed here`, "use a confidential app (a public client cannot keep a secret)");
  }
  return confidentialKind(app, s);
}

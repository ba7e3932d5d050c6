/**
 * adopt's core: turns the live estate into config entries for the
 * environment and import blocks whose addresses are the ones our constructs
 * give, so the first plan imports what exists instead of creating it anew.
 * Pure: no I/O here (see run-adopt.ts).
 */
import type { AuthCodeAppConfig, ClientCredentialsAppConfig, EnvironmentConfig } from "../../lib/config/environment";
import { OIC_APP_ROLES, SERVICE_INVOKER } from "../../contract/oic-roles";
import { CONSUMER_SCOPE, fullyQualifiedScope } from "../../contract/scope";
import { appAddress, grantAddress, importId } from "./addresses";
import { classifyApp, type AppKind, type ScopeContext } from "./adopt-classify";
import { appPlanNotes, grantRisks } from "./adopt-notes";
import { adoptTrusted } from "./adopt-trusted";
import type { AdoptBuilder, AdoptOptions } from "./adopt-builder";
import type { Adoption, AdoptedResource } from "./adoption";
import type { Estate, ResolvedGrant } from "./estate";
import { finding, type Finding } from "./findings";
import type { LiveApp } from "./live";
import { isLoopbackUrl } from "../../contract/loopback";

/** A plain-http loopback redirect URI (the smoke's login, a developer's laptop). */
const isLoopbackRedirect = (u: string): boolean => u.startsWith("http://") && isLoopbackUrl(u);

export type { AdoptBuilder, AdoptOptions } from "./adopt-builder";

export function scopeContext(config: EnvironmentConfig, estate: Estate): ScopeContext {
  const oicAudience = estate.oic.audience ?? "";
  const fusion = config.fusion;
  return {
    oicAudience,
    oicFqs: fullyQualifiedScope(oicAudience, CONSUMER_SCOPE),
    fusionAudience: fusion?.audience,
    fusionFqs: fusion ? fullyQualifiedScope(fusion.audience, fusion.scope ?? CONSUMER_SCOPE) : undefined,
  };
}

/** Imports every grant of a known OIC role to one grantee; returns the roles it holds. */
function importGrants(b: AdoptBuilder, grants: readonly ResolvedGrant[], label: string): string[] {
  const roles: string[] = [];
  for (const g of grants) {
    if (!(OIC_APP_ROLES as readonly string[]).includes(g.role)) {
      b.out.findings.push(finding("warn", `${g.grantee.type} ${label}`, `holds "${g.role}" on OIC's app, which is not an OIC role this project grants`, "it stays as it is, unmanaged; remove it in the console if nobody needs it"));
      continue;
    }
    if (roles.includes(g.role)) continue;
    roles.push(g.role);
    const address = grantAddress(g.role, g.grantee.type, label);
    b.out.resources.push({ kind: "grant", address, importId: importId("grant", b.estate.oicDomainUrl, g.grant.id), domainUrl: b.estate.oicDomainUrl, live: g.grant });
    b.out.findings.push(...grantRisks(g, address));
  }
  return roles;
}

function extraRolesOf(roles: readonly string[]): string[] {
  return OIC_APP_ROLES.filter((r) => r !== SERVICE_INVOKER && roles.includes(r));
}

function adoptClient(b: AdoptBuilder, app: LiveApp, kind: Exclude<AppKind, "trusted">): void {
  if (kind === "authorization-code") {
    const bad = app.redirectUris.find((u) => !u.startsWith("https://") && !isLoopbackRedirect(u));
    const loop = app.redirectUris.some((u) => isLoopbackRedirect(u));
    if (app.redirectUris.length === 0 || bad || (loop && b.config.protect)) {
      const why = app.redirectUris.length === 0 ? "has no redirect URI" : bad ? `redirect URI ${bad} is neither https nor loopback` : "has a loopback redirect URI, which a protected environment refuses";
      b.out.findings.push(finding("fail", app.name, `${why}: the environment's validation would refuse it`, "fix the redirect URIs in the console (https only; loopback only outside production), then run adopt again"));
      return;
    }
  }
  b.out.resources.push({ kind: "app", address: appAddress(app.name), importId: importId("app", b.estate.oicDomainUrl, app.id), domainUrl: b.estate.oicDomainUrl, live: app });
  b.out.planNotes.push(...appPlanNotes(app, kind));
  const roles = importGrants(b, b.estate.grants.filter((g) => g.grantee.type === "App" && g.grantee.id === app.id), app.name);
  if (!roles.includes(SERVICE_INVOKER)) b.out.planNotes.push(`${app.name}: creates its ServiceInvoker grant (every client of OIC holds it; without it OIC answers 401/403)`);
  const base = { name: app.name, ...(app.displayName !== app.name ? { displayName: app.displayName } : {}) };
  const extra = extraRolesOf(roles);
  const extraRoles = extra.length ? { extraRoles: extra } : {};
  if (kind === "client-credentials") b.out.entries.clientCredentialsApps.push({ ...base, ...extraRoles } as ClientCredentialsAppConfig);
  else b.out.entries.authCodeApps.push({ ...base, redirectUris: [...app.redirectUris], ...(app.redirectUris.some((u) => isLoopbackRedirect(u)) ? { allowLoopbackRedirect: true } : {}), ...extraRoles } as AuthCodeAppConfig);
}

/**
 * Users and groups holding ServiceInvoker on OIC's app: the people of flow B.
 * Our config hangs them on an authorization-code app (grants are per
 * grantee, not per app), so they all go on the first one adopted.
 */
function adoptPrincipals(b: AdoptBuilder): void {
  const byPrincipal = new Map<string, ResolvedGrant[]>();
  for (const g of b.estate.grants.filter((x) => x.grantee.type === "User" || x.grantee.type === "Group")) {
    const key = `${g.grantee.type}:${g.grantee.id}`;
    byPrincipal.set(key, [...(byPrincipal.get(key) ?? []), g]);
  }
  const carrier = [...b.out.entries.authCodeApps].sort((x, y) => x.name.localeCompare(y.name))[0] as { name: string; users?: string[]; groups?: string[]; extraRoles?: readonly string[] } | undefined;
  for (const grants of byPrincipal.values()) {
    const { type, name } = grants[0].grantee;
    const subject = `${type} ${name ?? grants[0].grantee.id}`;
    if (!grants.some((g) => g.role === SERVICE_INVOKER)) {
      b.out.findings.push(finding("info", subject, `holds ${grants.map((g) => g.role).join(", ")} on OIC (console or developer access), not ServiceInvoker`, "none; OIC console access is outside this project and stays as it is"));
      continue;
    }
    if (!name) {
      b.out.findings.push(finding("warn", subject, "a grant names a user or group that no longer exists", "remove the grant in the console (OIC app > Application roles)"));
      continue;
    }
    if (!carrier) {
      b.out.findings.push(finding("warn", subject, "holds ServiceInvoker on OIC, but no authorization-code app was adopted to carry it in the config", "leave it unmanaged, or add it to an authCodeApps entry's users/groups by hand (its grant address is then " + grantAddress(SERVICE_INVOKER, type, name) + ")"));
      continue;
    }
    const managed = [SERVICE_INVOKER, ...(carrier.extraRoles ?? [])];
    const held = importGrants(b, grants.filter((g) => managed.includes(g.role)), name);
    for (const role of managed.filter((r) => !held.includes(r))) b.out.planNotes.push(`${subject}: creates its ${role} grant (the config grants the app's roles to its users and groups alike)`);
    for (const g of grants.filter((x) => !managed.includes(x.role))) {
      b.out.findings.push(finding("warn", subject, `also holds ${g.role}, which the app ${carrier.name} does not hold: the config cannot express it`, "it stays as it is, unmanaged"));
    }
    const list = type === "User" ? (carrier.users ??= []) : (carrier.groups ??= []);
    list.push(name);
  }
}

/** Adopts what the environment's constructs can express; everything else becomes a finding. */
export function adoptEstate(config: EnvironmentConfig, estate: Estate, options: AdoptOptions = {}): Adoption {
  const out: Adoption = { env: config.name, entries: { clientCredentialsApps: [], authCodeApps: [] }, resources: [], planNotes: [], findings: [], certificates: [] };
  const b: AdoptBuilder = { options, config, estate, scopes: scopeContext(config, estate), out };
  if ("appId" in config.oic && (config.oic.appId !== estate.oic.id || config.oic.audience !== estate.oic.audience)) {
    out.findings.push(finding("warn", "oic", `the config names app ${config.oic.appId} / ${config.oic.audience}, the domain's OIC app is ${estate.oic.id} / ${estate.oic.audience}`, "use the oic entry adopt writes"));
  }
  // An instance-based config keeps reading the app from the instance; an explicit one gets the live values.
  if ("appId" in config.oic) (out.entries as { oic?: unknown }).oic = { appId: estate.oic.id, audience: estate.oic.audience ?? "" };
  const trusted: LiveApp[] = [];
  for (const app of [...estate.clients].sort((x, y) => x.name.localeCompare(y.name))) {
    const kind = classifyApp(app, b.scopes);
    if (typeof kind !== "string") out.findings.push(kind);
    else if (kind === "trusted") trusted.push(app);
    else adoptClient(b, app, kind);
  }
  adoptPrincipals(b);
  adoptTrusted(b, trusted, estate.fusionClients.filter((a) => classifyApp(a, b.scopes) === "trusted"));
  for (const a of estate.fusionClients) {
    const kind = classifyApp(a, b.scopes);
    if (typeof kind !== "string" && kind.severity !== "info") out.findings.push(kind);
  }
  return out;
}

export type { AdoptedResource, Finding };

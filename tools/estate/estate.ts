/**
 * One read of the live identity domain(s) of an environment: OIC's resource
 * app and its roles, every OAuth client holding OIC's or Fusion's scopes,
 * the role grants on OIC's app (grantees resolved to names), and the
 * certificates of the trusted apps. Read-only; shared by adopt and doctor.
 */
import { scimString } from "../../lib/constructs/identity-domain";
import { splitScope } from "../../contract/scope";
import type { DomainReader, LiveApp, LiveAppRole, LiveCertificate, LiveGrant } from "./live";
import { ERROR_CODES, OicAccessError } from "../../contract/errors";

/** The live domain does not hold what the estate read needs (e.g. OIC's resource app). */
export class EstateError extends OicAccessError {
  readonly code = ERROR_CODES.estate;
}

export interface EstateTarget {
  readonly oicDomain: DomainReader;
  /** Fusion's domain; the same reader when one domain serves both. */
  readonly fusionDomain: DomainReader;
  /** OIC's IAM app id, when known (config `oic.appId`, `--oic-app-id`, or the outputs). */
  readonly oicAppId?: string;
  readonly oicAudience?: string;
  /** Fusion's primary audience (`fusion.audience`). */
  readonly fusionAudience?: string;
  readonly progress?: (line: string) => void;
}

export interface ResolvedGrant {
  readonly grant: LiveGrant;
  /** Role name, or the raw entitlement value when it is not one of the OIC app's roles. */
  readonly role: string;
  readonly grantee: { readonly type: string; readonly id: string; readonly name?: string };
}

export interface Estate {
  readonly oicDomainUrl: string;
  readonly fusionDomainUrl: string;
  readonly separateFusionDomain: boolean;
  readonly oic: LiveApp;
  readonly roles: readonly LiveAppRole[];
  /** OAuth clients in OIC's domain holding a scope on OIC's or Fusion's host. */
  readonly clients: readonly LiveApp[];
  /** OAuth clients in Fusion's domain holding a scope on Fusion's host (empty when one domain). */
  readonly fusionClients: readonly LiveApp[];
  readonly grants: readonly ResolvedGrant[];
  /** Certificates of each trusted app, by client id. */
  readonly certificates: ReadonlyMap<string, readonly LiveCertificate[]>;
}

/** The host a scope or audience names ("" when it names none). */
export function hostOf(fqsOrAudience: string): string {
  const audience = splitScope(fqsOrAudience.trim())?.audience ?? fqsOrAudience.trim();
  try {
    return new URL(audience.replace(/\/$/, "")).hostname.toLowerCase();
  } catch {
    return "";
  }
}

async function findOicApp(t: EstateTarget): Promise<LiveApp> {
  const d = t.oicDomain;
  const filter = t.oicAppId ? `id eq ${scimString(t.oicAppId)}` : t.oicAudience ? `audience eq ${scimString(t.oicAudience)}` : `isOAuthResource eq true and audience co ".integration."`;
  const found = (await d.apps(filter)).filter((a) => t.oicAppId || a.isOAuthResource);
  if (found.length === 1) return found[0];
  const how = t.oicAppId ? `with id ${t.oicAppId}` : t.oicAudience ? `with audience ${t.oicAudience}` : "that looks like an OIC instance";
  if (found.length === 0) throw new EstateError(`no app ${how} in ${d.url}: check oic.appId / oic.audience in the environment, or pass --oic-app-id <IAM app id of the instance>`);
  throw new EstateError(`${found.length} apps ${how} in ${d.url} (${found.map((a) => `${a.displayName} ${a.id}`).join(", ")}): pass --oic-app-id <the one for this environment>`);
}

/** Resolves ids to names with `id eq ... or id eq ...`, 25 at a time. */
async function namesById(ids: string[], list: (filter: string) => Promise<{ id: string; name: string }[]>): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 25) {
    const filter = unique.slice(i, i + 25).map((id) => `id eq ${scimString(id)}`).join(" or ");
    for (const x of await list(filter)) names.set(x.id, x.name);
  }
  return names;
}

async function resolveGrants(d: DomainReader, oic: LiveApp, roles: readonly LiveAppRole[]): Promise<ResolvedGrant[]> {
  const grants = await d.grants(`app.value eq ${scimString(oic.id)}`);
  const ids = (type: string) => grants.filter((g) => g.grantee.type === type).map((g) => g.grantee.id);
  const [apps, users, groups] = await Promise.all([
    namesById(ids("App"), async (f) => (await d.apps(f)).map((a) => ({ id: a.id, name: a.name }))),
    namesById(ids("User"), async (f) => (await d.users(f)).map((u) => ({ id: u.id, name: u.userName }))),
    namesById(ids("Group"), async (f) => (await d.groups(f)).map((g) => ({ id: g.id, name: g.displayName }))),
  ]);
  const byType: Record<string, Map<string, string>> = { App: apps, User: users, Group: groups };
  return grants.map((grant) => ({
    grant,
    role: roles.find((r) => r.id === grant.entitlement?.attributeValue)?.name ?? grant.entitlement?.attributeValue ?? "",
    grantee: { type: grant.grantee.type, id: grant.grantee.id, name: byType[grant.grantee.type]?.get(grant.grantee.id) },
  }));
}

async function clientsOn(d: DomainReader, hosts: string[]): Promise<LiveApp[]> {
  const wanted = new Set(hosts.filter(Boolean));
  return (await d.apps("isOAuthClient eq true")).filter((a) => a.allowedScopes.some((s) => wanted.has(hostOf(s))));
}

async function certificatesOf(d: DomainReader, apps: readonly LiveApp[]): Promise<Map<string, LiveCertificate[]>> {
  const out = new Map<string, LiveCertificate[]>();
  for (const app of apps.filter((a) => a.clientType === "trusted")) {
    const certs: LiveCertificate[] = [];
    for (const alias of app.certificateAliases) certs.push(...(await d.certificates(`certificateAlias eq ${scimString(alias)}`)));
    out.set(app.name, certs);
  }
  return out;
}

export async function readEstate(t: EstateTarget): Promise<Estate> {
  const say = t.progress ?? (() => {});
  const separate = t.fusionDomain.url !== t.oicDomain.url;
  say(`reading OIC's domain ${t.oicDomain.url}`);
  const oic = await findOicApp(t);
  const oicHost = hostOf(oic.audience ?? "");
  const fusionHost = t.fusionAudience ? hostOf(t.fusionAudience) : "";
  const roles = await t.oicDomain.appRoles(`app.value eq ${scimString(oic.id)}`);
  const clients = await clientsOn(t.oicDomain, [oicHost, fusionHost]);
  say(`  ${clients.length} client app(s) hold OIC's or Fusion's scopes; reading grants on ${oic.displayName}`);
  const grants = await resolveGrants(t.oicDomain, oic, roles);
  let fusionClients: LiveApp[] = [];
  if (separate && fusionHost) {
    say(`reading Fusion's domain ${t.fusionDomain.url}`);
    fusionClients = await clientsOn(t.fusionDomain, [fusionHost]);
  }
  const certificates = new Map([...(await certificatesOf(t.oicDomain, clients)), ...(await certificatesOf(t.fusionDomain, fusionClients))]);
  return { oicDomainUrl: t.oicDomain.url, fusionDomainUrl: t.fusionDomain.url, separateFusionDomain: separate, oic, roles, clients, fusionClients, grants, certificates };
}

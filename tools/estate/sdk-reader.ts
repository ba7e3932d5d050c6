/**
 * DomainReader over the OCI TypeScript SDK's identity-domains client
 * (`oci-identitydomains`), endpoint = the domain URL, signed with the same
 * OCI credentials the provider uses. Lists are paged with SCIM's
 * `startIndex`/`count` until `totalResults` is reached (identity domains
 * REST API, "Pagination"; at most 1000 per page).
 */
import type * as common from "oci-common";
import { IdentityDomainsClient } from "oci-identitydomains";
import type { DomainReader, LiveApp, LiveAppRole, LiveCertificate, LiveGrant, LiveGroup, LiveUser } from "./live";

export interface SdkReaderOptions {
  /** The domain URL as in the config. */
  readonly url: string;
  /** Where requests go; a loopback stand-in in tests. @default url */
  readonly endpoint?: string;
  readonly auth: common.AuthenticationDetailsProvider;
  readonly clientConfiguration?: common.ClientConfiguration;
  /** @default 200 */
  readonly pageSize?: number;
  /** One line per page beyond the first, so a slow domain does not look hung. */
  readonly progress?: (line: string) => void;
}

/** Attributes asked of Apps: what the checks need and nothing else (no clientSecret). */
const APP_ATTRIBUTES = [
  "name", "displayName", "description", "active", "clientType", "isOAuthClient", "isOAuthResource", "allowedGrants", "redirectUris",
  "allowedScopes", "audience", "scopes", "allowOffline", "showInMyApps", "certificates", "basedOnTemplate", "trustScope",
].join(",");

type Page<T> = { items: T[]; total: number };
type Lister<T> = (startIndex: number, count: number) => Promise<Page<T>>;

async function all<T>(what: string, list: Lister<T>, pageSize: number, progress?: (line: string) => void): Promise<T[]> {
  const out: T[] = [];
  for (let start = 1; ; start += pageSize) {
    const { items, total } = await list(start, pageSize);
    out.push(...items);
    if (items.length === 0 || out.length >= total) return out;
    progress?.(`  reading ${what}: ${out.length} of ${total}`);
  }
}

type Raw = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
const objects = (v: unknown): Raw[] => (Array.isArray(v) ? (v.filter((x) => x && typeof x === "object") as Raw[]) : []);

export function toLiveApp(a: Raw): LiveApp {
  return {
    id: String(a.id),
    name: String(a.name ?? ""),
    displayName: String(a.displayName ?? a.name ?? ""),
    description: str(a.description),
    active: a.active === true,
    clientType: str(a.clientType),
    isOAuthClient: a.isOAuthClient === true,
    isOAuthResource: a.isOAuthResource === true,
    allowedGrants: strings(a.allowedGrants),
    redirectUris: strings(a.redirectUris),
    allowedScopes: objects(a.allowedScopes).map((s) => String(s.fqs ?? "")),
    audience: str(a.audience),
    scopes: objects(a.scopes).map((s) => String(s.fqs ?? `${str(a.audience) ?? ""}${String(s.value ?? "")}`)),
    allowOffline: a.allowOffline === true,
    showInMyApps: typeof a.showInMyApps === "boolean" ? a.showInMyApps : undefined,
    certificateAliases: objects(a.certificates).map((c) => String(c.certAlias ?? "")),
    template: str((a.basedOnTemplate as Raw | undefined)?.value),
    trustScope: str(a.trustScope),
    schemas: strings(a.schemas),
  };
}

export function toLiveGrant(g: Raw): LiveGrant {
  const grantee = (g.grantee ?? {}) as Raw;
  const ent = g.entitlement as Raw | undefined;
  return {
    id: String(g.id),
    grantMechanism: String(g.grantMechanism ?? ""),
    grantee: { type: String(grantee.type ?? ""), id: String(grantee.value ?? "") },
    appId: str((g.app as Raw | undefined)?.value),
    entitlement: ent ? { attributeName: String(ent.attributeName ?? ""), attributeValue: String(ent.attributeValue ?? "") } : undefined,
    schemas: strings(g.schemas),
  };
}

export function toLiveCertificate(c: Raw): LiveCertificate {
  return {
    id: String(c.id),
    alias: String(c.certificateAlias ?? ""),
    x509Base64: String(c.x509Base64Certificate ?? ""),
    notAfter: str(c.certEndDate),
    notBefore: str(c.certStartDate),
    schemas: strings(c.schemas),
  };
}

export function sdkDomainReader(o: SdkReaderOptions): DomainReader {
  const client = new IdentityDomainsClient({ authenticationDetailsProvider: o.auth }, o.clientConfiguration);
  client.endpoint = (o.endpoint ?? o.url).replace(/\/$/, "");
  const size = o.pageSize ?? 200;
  const p = o.progress;
  const raw = (items: unknown[] | undefined): Raw[] => (items ?? []) as unknown as Raw[];
  return {
    url: o.url,
    apps: (filter) =>
      all("apps", async (startIndex, count) => {
        const r = await client.listApps({ filter, startIndex, count, attributes: APP_ATTRIBUTES });
        return { items: raw(r.apps.resources).map(toLiveApp), total: r.apps.totalResults };
      }, size, p),
    grants: (filter) =>
      all("grants", async (startIndex, count) => {
        const r = await client.listGrants({ filter, startIndex, count });
        return { items: raw(r.grants.resources).map(toLiveGrant), total: r.grants.totalResults };
      }, size, p),
    appRoles: (filter) =>
      all("app roles", async (startIndex, count) => {
        const r = await client.listAppRoles({ filter, startIndex, count });
        const items = raw(r.appRoles.resources).map((x): LiveAppRole => ({ id: String(x.id), name: String(x.displayName ?? ""), appId: String((x.app as Raw | undefined)?.value ?? "") }));
        return { items, total: r.appRoles.totalResults };
      }, size, p),
    users: (filter) =>
      all("users", async (startIndex, count) => {
        const r = await client.listUsers({ filter, startIndex, count, attributes: "userName" });
        return { items: raw(r.users.resources).map((x): LiveUser => ({ id: String(x.id), userName: String(x.userName ?? "") })), total: r.users.totalResults };
      }, size, p),
    groups: (filter) =>
      all("groups", async (startIndex, count) => {
        const r = await client.listGroups({ filter, startIndex, count, attributes: "displayName" });
        return { items: raw(r.groups.resources).map((x): LiveGroup => ({ id: String(x.id), displayName: String(x.displayName ?? "") })), total: r.groups.totalResults };
      }, size, p),
    certificates: (filter) =>
      all("certificates", async (startIndex, count) => {
        const r = await client.listOAuthClientCertificates({ filter, startIndex, count });
        return { items: raw(r.oAuthClientCertificates.resources).map(toLiveCertificate), total: r.oAuthClientCertificates.totalResults };
      }, size, p),
    close: () => client.close(),
  };
}

/**
 * Group membership of a user in Fusion's identity domain, for ALLOWED_GROUPS.
 *
 * How it is read: the identity domains REST API, `GET <domain>/admin/v1/Users
 * ?filter=userName eq "<name>"&attributes=userName,groups` (Oracle's
 * "Identity Domains API" reference, ListUsers; `groups` is the user's
 * read-only membership list). The deployed Function calls it through the OCI
 * SDK's IdentityDomainsClient signed with its resource principal, so no
 * secret is stored anywhere; the token exchange itself cannot tell group
 * membership (a Fusion token carries no groups). Least privilege: the
 * Function's dynamic group needs only read access to users of Fusion's
 * domain (see function/README.md), never `manage`.
 *
 * Answers are cached per user (5 min; unknown users 1 min) so a busy
 * integration does not query the domain on every call.
 */
import { foldUserName } from "../../contract/user-name";

export interface GroupDirectory {
  /** Display names of the user's groups; null when the domain has no such user. */
  groupsOf(userName: string): Promise<ReadonlySet<string> | null>;
}

/** The part of oci-identitydomains' IdentityDomainsClient used here. */
export interface ListUsersClient {
  listUsers(request: { filter?: string; attributes?: string; count?: number }): Promise<{
    users: { resources?: { userName?: string; groups?: { display?: string; value?: string }[] }[] };
  }>;
}

/** A SCIM filter string literal (RFC 7644 3.4.2.2: JSON string rules). */
export function scimString(value: string): string {
  return JSON.stringify(value);
}

export function scimGroupDirectory(client: ListUsersClient): GroupDirectory {
  return {
    async groupsOf(userName) {
      const { users } = await client.listUsers({ filter: `userName eq ${scimString(userName)}`, attributes: "userName,groups", count: 2 });
      // userName is unique in the domain; compare again so a loose filter never widens the match.
      const match = (users.resources ?? []).filter((u) => u.userName !== undefined && foldUserName(u.userName.normalize("NFC")) === foldUserName(userName));
      if (match.length !== 1) return null;
      return new Set((match[0].groups ?? []).map((g) => g.display ?? "").filter((d) => d !== ""));
    },
  };
}

export interface CachedDirectoryOptions {
  now?: () => number;
  /** @default 300 000 */
  ttlMs?: number;
  /** @default 60 000 */
  unknownTtlMs?: number;
  /** @default 1000 */
  maxEntries?: number;
}

/** Caches answers per folded user name; a failed lookup is not cached. */
export function cachedDirectory(inner: GroupDirectory, o: CachedDirectoryOptions = {}): GroupDirectory {
  const now = o.now ?? Date.now;
  const max = o.maxEntries ?? 1000;
  const entries = new Map<string, { value: ReadonlySet<string> | null; until: number }>();
  return {
    async groupsOf(userName) {
      const key = foldUserName(userName);
      const hit = entries.get(key);
      if (hit && hit.until > now()) return hit.value;
      const value = await inner.groupsOf(userName);
      if (entries.size >= max) entries.delete(entries.keys().next().value!);
      entries.set(key, { value, until: now() + (value === null ? (o.unknownTtlMs ?? 60_000) : (o.ttlMs ?? 300_000)) });
      return value;
    },
  };
}

/**
 * The users and groups of an identity-domain stand-in's DomainState as the
 * domain's SCIM admin API shows them: each user with its read-only `groups`
 * membership list (what the assertion Function reads to check ALLOWED_GROUPS:
 * `GET /admin/v1/Users?filter=userName eq "..."&attributes=userName,groups`),
 * each group with its `members`. Built per request, so a test that changes
 * the state is seen at once.
 */
import type { DomainState } from "../domain-state";
import { ScimDirectory } from "./directory";
import { scimAdminHandler, type ScimAdminHandler } from "./handler";

function scimDirectoryOf(state: DomainState): ScimDirectory {
  const dir = new ScimDirectory();
  const ids = new Map<string, string>();
  for (const user of state.users) ids.set(user, dir.addUser(user).id);
  const memberships = new Map<string, { display: string; value: string }[]>();
  for (const [group, members] of state.groups) {
    const memberIds = [...members].map((m) => ids.get(m)).filter((id): id is string => Boolean(id));
    const g = dir.addGroup(group, memberIds);
    for (const m of members) memberships.set(m, [...(memberships.get(m) ?? []), { display: group, value: g.id }]);
  }
  for (const [user, id] of ids) dir.update("Users", id, { groups: memberships.get(user) ?? [] });
  return dir;
}

/** The SCIM admin API subset of a DomainState; answers false for any other path. */
export function domainStateScim(state: DomainState): ScimAdminHandler {
  return (req, res) => scimAdminHandler(scimDirectoryOf(state))(req, res);
}

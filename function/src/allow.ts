/**
 * Whom the Function may assert: the allow-list of users, the members of
 * allowed groups in Fusion's identity domain, or (explicit opt-in) any user
 * federated into that domain. Nothing allowed means nobody: whoever can
 * invoke the Function would otherwise get a Fusion token for any name.
 */
import type { AllowRule } from "./config";
import type { GroupDirectory } from "./group-directory";
import { HttpError } from "./http-error";

export async function assertAllowed(user: { name: string; folded: string }, rule: AllowRule, directory: GroupDirectory | undefined): Promise<void> {
  if (rule.anyFederatedUser || rule.users.has(user.folded)) return;
  if (rule.groups.length > 0) {
    if (!directory) throw new HttpError(500, "function_misconfigured", "ALLOWED_GROUPS is set but the Function has no way to read group membership.");
    let groups: ReadonlySet<string> | null;
    try {
      groups = await directory.groupsOf(user.name);
    } catch {
      throw new HttpError(502, "group_lookup_failed", "Group membership could not be read from Fusion's identity domain; check the function's policy and network path.");
    }
    if (groups === null) {
      throw new HttpError(403, "user_unknown", "The user in field \"user\" does not exist in Fusion's identity domain (is the user federated?).");
    }
    const wanted = new Set(rule.groups.map((g) => g.toLowerCase()));
    if ([...groups].some((g) => wanted.has(g.toLowerCase()))) return;
    throw new HttpError(403, "user_not_allowed", "The user in field \"user\" is in none of the groups in ALLOWED_GROUPS of this function.");
  }
  const none = rule.users.size === 0;
  throw new HttpError(
    403,
    "user_not_allowed",
    none
      ? "This function may assert nobody: set ALLOWED_USERS, ALLOWED_GROUPS or ALLOW_ANY_FEDERATED_USER (the environment's assertion.allow)."
      : 'The user in field "user" is not in ALLOWED_USERS of this function.',
  );
}

/**
 * What the first plan after adoption changes beside the imports, and what
 * could make it replace something. The provider facts behind them:
 *
 * - oci_identity_domains_app: `allowed_grants` and `redirect_uris` are lists
 *   in the provider's schema (TypeList, internal/service/identity_domains/
 *   identity_domains_app_resource.go), so another order is an in-place diff;
 *   `name`, `idcs_endpoint`, `based_on_template.value` force replacement
 *   (checked before an app is adopted).
 * - oci_identity_domains_grant: every argument forces replacement, `schemas`
 *   included (identity_domains_grant_resource.go): the grant must match what
 *   our construct writes field for field.
 * - After import the app's `id` is the SCIM id from the import id (the
 *   provider's read sets it from the id's last part); our grants refer to
 *   that id. Apps the provider itself created report the OCID as `id`
 *   (oracle/terraform-provider-oci#2369): a grant made by hand names the SCIM
 *   id, so adopt always imports apps by SCIM id.
 * - Only what our constructs set can change: `allow_offline` is optional and
 *   computed and the auth-code construct leaves it unset (it is OIC's app's
 *   switch), so an adopted client keeps whatever it has
 *   (test/estate/adopt-plan.test.ts shows each announced change in the plan).
 */
import { SCIM_SCHEMAS } from "../../lib/constructs/identity-domain";
import { GRANT_TYPES } from "../../contract/identity-domain";
import type { AppKind } from "./adopt-classify";
import type { ResolvedGrant } from "./estate";
import { finding, type Finding } from "./findings";
import type { LiveApp } from "./live";

/** What our constructs set on each kind of app (lib/constructs/*-app.ts). */
export const EXPECTED_GRANTS: Record<AppKind, readonly string[]> = {
  "client-credentials": [GRANT_TYPES.clientCredentials],
  "authorization-code": [GRANT_TYPES.authorizationCode, GRANT_TYPES.refreshToken],
  trusted: [GRANT_TYPES.jwtBearer],
};

const MECHANISM: Record<string, string> = { App: "ADMINISTRATOR_TO_APP", User: "ADMINISTRATOR_TO_USER", Group: "ADMINISTRATOR_TO_GROUP" };

function grantsNote(app: LiveApp, kind: AppKind): string | undefined {
  const want = EXPECTED_GRANTS[kind];
  const same = want.length === app.allowedGrants.length && want.every((g) => app.allowedGrants.includes(g));
  if (!same) {
    const removed = app.allowedGrants.filter((g) => !want.includes(g));
    const added = want.filter((g) => !app.allowedGrants.includes(g));
    return `${app.name}: allowed_grants becomes [${want.join(", ")}]${removed.length ? ` (removes ${removed.join(", ")}: check no caller uses it)` : ""}${added.length ? ` (adds ${added.join(", ")})` : ""}`;
  }
  if (want.some((g, i) => app.allowedGrants[i] !== g)) {
    return `${app.name}: allowed_grants holds the same grants in another order; the provider keeps a list, so the plan shows an in-place update that changes nothing (to silence it: lifecycle ignore_changes = [allowed_grants] on this app)`;
  }
  return undefined;
}

/** In-place changes our conventions make to an adopted app, each explained. */
export function appPlanNotes(app: LiveApp, kind: AppKind): string[] {
  const notes = [grantsNote(app, kind)];
  if (!app.description?.endsWith("managed by oic-access")) notes.push(`${app.name}: description becomes the project's ("... managed by oic-access"): harmless, it marks the app as managed`);
  if (app.showInMyApps !== false) notes.push(`${app.name}: show_in_my_apps becomes false (a client app is not a tile in My Apps)`);
  if (kind === "trusted" && app.trustScope !== "Explicit") notes.push(`${app.name}: trust_scope becomes Explicit (was ${app.trustScope ?? "unset"}): the app may request only the scopes it lists, Fusion's`);
  if (app.schemas.length !== 1 || app.schemas[0] !== SCIM_SCHEMAS.app) notes.push(`${app.name}: schemas read back as [${app.schemas.join(", ")}]; the config says [${SCIM_SCHEMAS.app}]: an in-place update (schemas does not force replacement on apps)`);
  return notes.filter((n): n is string => n !== undefined);
}

/** Anything about a live grant that would make the plan replace it after import. */
export function grantRisks(g: ResolvedGrant, address: string): Finding[] {
  const out: Finding[] = [];
  const fix = `add lifecycle { ignore_changes = [...] } for it on ${address} before the first apply, or accept a replacement (a few seconds in which the grantee gets 403)`;
  if (g.grant.schemas.length !== 1 || g.grant.schemas[0] !== SCIM_SCHEMAS.grant) {
    out.push(finding("warn", address, `the grant's schemas read back as [${g.grant.schemas.join(", ")}], ours is [${SCIM_SCHEMAS.grant}]; schemas forces replacement of a grant`, fix));
  }
  if (g.grant.grantMechanism !== MECHANISM[g.grantee.type]) {
    out.push(finding("warn", address, `grant_mechanism is ${g.grant.grantMechanism}, ours is ${MECHANISM[g.grantee.type]}; it forces replacement`, fix));
  }
  if (g.grant.entitlement?.attributeName !== "appRoles") {
    out.push(finding("warn", address, `entitlement is ${g.grant.entitlement?.attributeName ?? "missing"}, ours is appRoles; it forces replacement`, fix));
  }
  return out;
}

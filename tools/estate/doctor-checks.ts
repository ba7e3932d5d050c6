/**
 * doctor's checks of the live domain(s) against the deployed outputs and
 * the pitfalls this project exists for. Each returns one result per thing
 * checked; a finding carries its cause and its fix.
 */
import type { CertificateSidecar } from "../../contract/certificate-files";
import type { EnvironmentConfig } from "../../lib/config/environment";
import { SERVICE_INVOKER } from "../../contract/oic-roles";
import { scimString } from "../../lib/constructs/identity-domain";
import type { DeployedOutputs } from "../../contract/deployed-outputs";
import { explainScopeMismatch, fullyQualifiedScope } from "../../contract/scope";
import { EXPECTED_GRANTS } from "./adopt-notes";
import { hostOf, type Estate } from "./estate";
import { bad, ok, type CheckResult } from "./doctor-report";
import type { DomainReader, LiveApp } from "./live";

export const EXPIRY_WARNING_DAYS = 30;

export interface DoctorContext {
  readonly config: EnvironmentConfig;
  /** What the deploy wrote (contract/deployed-outputs.ts). */
  readonly deployed: DeployedOutputs;
  readonly sidecar?: CertificateSidecar;
  readonly estate: Estate;
  readonly oic: DomainReader;
  readonly fusion: DomainReader;
  readonly now: Date;
}

/** An output the typed reader has no field for (the oic-native outputs), as text. */
export function output(c: DoctorContext, name: string): string | undefined {
  const v = c.deployed.raw[name];
  return v === undefined || v === null || v === "" ? undefined : String(v);
}

export function oicChecks(c: DoctorContext): CheckResult[] {
  const app = c.estate.oic;
  const audience = c.deployed.oic.audience;
  const out = [ok("oic", "OIC's resource app", `${app.displayName} (${app.id})`)];
  if (audience && app.audience !== audience) {
    out.push(bad("fail", "oic", "primary audience", `live ${app.audience}, outputs ${audience}`, "the OIC app's audience is not the one the stack was deployed with: every client's scope is wrong", "deploy again (npx cdktf deploy) so scopes follow the audience, or fix oic.audience in the environment"));
  } else out.push(ok("oic", "primary audience", app.audience ?? "(none)"));
  if (c.deployed.apps.some((a) => a.flow === "authorization-code")) {
    out.push(app.allowOffline
      ? ok("oic", "token refresh allowed (flow B)", "allowOffline is on")
      : bad("fail", "oic", "token refresh allowed (flow B)", "allowOffline is off on OIC's app", "OIC's resource app does not allow token refresh: users of the authorization-code app get no refresh token, however the client asks", "on OIC's IAM app (Oracle Cloud Services > the instance > OAuth configuration) turn on token refresh (allowOffline); it is the resource-side switch"));
  }
  return out;
}

export async function findApp(d: DomainReader, name: string): Promise<LiveApp | undefined> {
  return (await d.apps(`name eq ${scimString(name)}`))[0];
}

export function scopeResult(app: LiveApp, want: string, audience: string, otherHost: string): CheckResult {
  if (app.allowedScopes.length === 1 && app.allowedScopes[0] === want) return ok("app", `${app.name} scope`, "exactly the FQS");
  const wrong = app.allowedScopes.find((s) => s !== want);
  const mixed = otherHost && app.allowedScopes.some((s) => hostOf(s) === otherHost);
  const cause = mixed
    ? "the app holds both OIC's and Fusion's scopes: one app, one resource, or the token's audience is ambiguous"
    : !app.allowedScopes.includes(want)
      ? `the FQS is missing${wrong ? `: ${explainScopeMismatch(wrong, audience)}` : ""}`
      : `extra scope ${wrong}: the app should hold exactly one resource's FQS`;
  return bad("fail", "app", `${app.name} scope`, `holds [${app.allowedScopes.join(", ")}]`, cause, `deploy again (npx cdktf deploy) to put back exactly "${want}"`);
}

export function grantTypes(app: LiveApp, flow: keyof typeof EXPECTED_GRANTS): CheckResult {
  const missing = EXPECTED_GRANTS[flow].filter((g) => !app.allowedGrants.includes(g));
  if (missing.length === 0) return ok("app", `${app.name} grant types`, app.allowedGrants.join(", "));
  return bad("fail", "app", `${app.name} grant types`, `missing ${missing.join(", ")}`, `the ${flow} flow needs ${EXPECTED_GRANTS[flow].join(" + ")}: the token endpoint answers unauthorized_client`, "deploy again (npx cdktf deploy) to restore the grant types");
}

function roleGrant(c: DoctorContext, type: string, id: string, label: string, role: string): CheckResult {
  const held = c.estate.grants.some((g) => g.grantee.type === type && g.grantee.id === id && g.role === role);
  const name = `${role} -> ${type.toLowerCase()} ${label}`;
  if (held) return ok("grant", name, "granted");
  return bad("fail", "grant", name, "not granted", `OIC authorizes with app roles: without ${role} the ${type.toLowerCase()} gets 401/403 with a valid token`, "deploy again (npx cdktf deploy) to recreate the grant");
}

/** Every client app of the outputs: present, active, exact scope, grant types, roles. */
export async function clientChecks(c: DoctorContext): Promise<CheckResult[]> {
  const out: CheckResult[] = [];
  const want = c.deployed.oic.scope ?? fullyQualifiedScope(c.estate.oic.audience ?? "");
  const fusionHost = c.config.fusion ? hostOf(c.config.fusion.audience) : "";
  for (const d of c.deployed.apps.filter((a) => a.flow !== "jwt-bearer")) {
    const app = await findApp(c.oic, d.name);
    if (!app) {
      out.push(bad("fail", "app", `${d.name} exists`, "not in OIC's domain", "the app was deleted (by hand?) after the deploy", `npx cdktf deploy ${c.config.name} recreates it; it gets a new client secret, so update its consumers`));
      continue;
    }
    out.push(app.active ? ok("app", `${d.name} active`, "active") : bad("fail", "app", `${d.name} active`, "inactive", "an inactive app cannot get tokens: invalid_client", `activate it in the console, or npx cdktf deploy ${c.config.name} (the config says active)`));
    out.push(scopeResult(app, want, c.estate.oic.audience ?? "", fusionHost));
    out.push(grantTypes(app, d.flow === "authorization-code" ? "authorization-code" : "client-credentials"));
    const declared = [...(c.config.clientCredentialsApps ?? []), ...(c.config.authCodeApps ?? [])].find((a) => a.name === d.name);
    for (const role of [SERVICE_INVOKER, ...(declared?.extraRoles ?? []).filter((r) => r !== SERVICE_INVOKER)]) out.push(roleGrant(c, "App", app.id, d.name, role));
  }
  return out;
}

/** Users and groups of the authorization-code apps hold ServiceInvoker (flow B runs as them). */
export async function principalChecks(c: DoctorContext): Promise<CheckResult[]> {
  const out: CheckResult[] = [];
  for (const app of c.config.authCodeApps ?? []) {
    for (const [type, names] of [["User", app.users ?? []], ["Group", app.groups ?? []]] as const) {
      for (const name of names) {
        const found = type === "User" ? (await c.oic.users(`userName eq ${scimString(name)}`))[0] : (await c.oic.groups(`displayName eq ${scimString(name)}`))[0];
        if (!found) {
          out.push(bad("fail", "user", `${type.toLowerCase()} ${name}`, "not in OIC's domain", `the ${type.toLowerCase()} the config names does not exist, so it cannot log in or hold a role`, `create or federate it, or remove it from authCodeApps ${app.name}`));
          continue;
        }
        for (const role of [SERVICE_INVOKER, ...(app.extraRoles ?? []).filter((r) => r !== SERVICE_INVOKER)]) out.push(roleGrant(c, type, found.id, name, role));
      }
    }
  }
  return out;
}

/**
 * The fake cloud's seed from what Terraform applied (`terraform show -json`
 * of the state) and output, never from our own model of the stack: the apps
 * with the client secrets the provider generated, their grant types, scopes,
 * redirect URIs and certificates, the grants by the ids Terraform resolved
 * (app roles, users and groups named through the data sources in the same
 * state), each in the domain its `idcs_endpoint` names; OIC and Fusion as
 * the resources the outputs name; the assertion Functions with the `config`
 * Terraform set. The outputs are Terraform's own, unchanged: every real host
 * they name is routed to its stand-in (`--connect-to`).
 */
import { X509Certificate, type KeyObject } from "node:crypto";
import { readDeployedOutputs } from "../../contract/deployed-outputs";
import { LEGACY_IDCS_AUDIENCE } from "../../contract/identity-domain";
import { INTEGRATION_PREFIX } from "../../contract/integration-path";
import { FUNCTION_CONFIG, OIC_NATIVE_OUTPUTS } from "../../contract/outputs";
import { CONSUMER_SCOPE, OFFLINE_ACCESS, splitScope } from "../../contract/scope";
import { DomainState } from "../standins/domain-state";
import type { StandinIntegration } from "../standins/oic";
import type { CloudSeed } from "./seed";

/** One resource or data source of `terraform show -json`'s `values.root_module`. */
interface StateResource {
  readonly mode: "managed" | "data";
  readonly type: string;
  readonly values: Readonly<Record<string, unknown>>;
}

type Values = Readonly<Record<string, unknown>>;
const list = (v: unknown): Values[] => (Array.isArray(v) ? (v as Values[]) : []);
const str = (v: unknown): string => (typeof v === "string" ? v : "");
const origin = (url: string): string => (URL.canParse(url) ? new URL(url).origin.toLowerCase() : url);

/** Every resource and data source of the state, in modules too. */
function stateResources(state: unknown): StateResource[] {
  const out: StateResource[] = [];
  const walk = (m: { resources?: StateResource[]; child_modules?: unknown[] } | undefined) => {
    for (const r of m?.resources ?? []) out.push(r);
    for (const c of m?.child_modules ?? []) walk(c as typeof m);
  };
  walk((state as { values?: { root_module?: { resources?: StateResource[] } } } | undefined)?.values?.root_module);
  return out;
}

/** id -> name, from the data sources Terraform read (app roles, users, groups). */
function directory(resources: readonly StateResource[]): { roles: Map<string, string>; users: Map<string, string>; groups: Map<string, string> } {
  const roles = new Map<string, string>();
  const users = new Map<string, string>();
  const groups = new Map<string, string>();
  for (const r of resources.filter((x) => x.mode === "data")) {
    for (const role of list(r.values.app_roles)) roles.set(str(role.id), str(role.display_name));
    for (const user of list(r.values.users)) users.set(str(user.id), str(user.user_name));
    for (const group of list(r.values.groups)) groups.set(str(group.id), str(group.display_name));
  }
  return { roles, users, groups };
}

function certificateKeys(resources: readonly StateResource[]): Map<string, KeyObject> {
  const keys = new Map<string, KeyObject>();
  for (const r of resources.filter((x) => x.mode === "managed" && x.type === "oci_identity_domains_oauth_client_certificate")) {
    const der = Buffer.from(str(r.values.x509base64certificate), "base64");
    keys.set(str(r.values.certificate_alias), new X509Certificate(der).publicKey);
  }
  return keys;
}

/** Apps into the state of the domain their `idcs_endpoint` names; returns app id -> client id. */
function addApps(resources: readonly StateResource[], domainOf: (idcsEndpoint: string) => DomainState): Map<string, string> {
  const certs = certificateKeys(resources);
  const names = new Map<string, string>();
  for (const r of resources.filter((x) => x.mode === "managed" && x.type === "oci_identity_domains_app")) {
    const v = r.values;
    const aliases = list(v.certificates).map((c) => str(c.cert_alias));
    domainOf(str(v.idcs_endpoint)).addApp({
      name: str(v.name),
      secret: str(v.client_secret) || undefined,
      clientType: v.client_type === "trusted" ? "trusted" : "confidential",
      allowedGrants: new Set((v.allowed_grants as string[] | undefined) ?? []),
      scopes: list(v.allowed_scopes).map((s) => str(s.fqs)).filter((s) => s && s !== OFFLINE_ACCESS),
      redirectUris: [...((v.redirect_uris as string[] | undefined) ?? [])],
      certificates: new Map(aliases.filter((a) => certs.has(a)).map((a) => [a, certs.get(a)!])),
      active: v.active === true,
    });
    names.set(str(v.id), str(v.name));
  }
  return names;
}

/** Grants by the names behind the ids Terraform resolved; returns the first user granted directly. */
function addGrants(resources: readonly StateResource[], domainOf: (idcsEndpoint: string) => DomainState, appNames: Map<string, string>): string | undefined {
  const dir = directory(resources);
  let grantedUser: string | undefined;
  for (const r of resources.filter((x) => x.mode === "managed" && x.type === "oci_identity_domains_grant")) {
    const grantee = list(r.values.grantee)[0] ?? {};
    const roleId = str(list(r.values.entitlement)[0]?.attribute_value);
    const role = dir.roles.get(roleId) ?? roleId;
    const state = domainOf(str(r.values.idcs_endpoint));
    const id = str(grantee.value);
    if (grantee.type === "App") state.addGrant("App", appNames.get(id) ?? id, role);
    if (grantee.type === "User") {
      const name = dir.users.get(id) ?? id;
      state.addGrant("User", name, role);
      state.users.add(name);
      grantedUser ??= name;
    }
    if (grantee.type === "Group") {
      const name = dir.groups.get(id) ?? id;
      state.addGrant("Group", name, role);
      state.groups.set(name, state.groups.get(name) ?? new Set());
    }
  }
  return grantedUser;
}

/** The two domains' states for an applied stack (the same object with one domain). */
function domainStates(state: unknown, outputs: Readonly<Record<string, unknown>>): { oic: DomainState; fusion: DomainState; urls: { oic: string; fusion: string }; grantedUser?: string } {
  const out = readDeployedOutputs(outputs);
  const oicDomainUrl = out.identityDomainUrl ?? "";
  const fusionDomainUrl = out.trustedDomain.url ?? oicDomainUrl;
  const oic = new DomainState();
  const fusion = origin(fusionDomainUrl) === origin(oicDomainUrl) ? oic : new DomainState();
  oic.resources.push({ kind: "oic", audience: out.oic.audience ?? "", scope: splitScope(out.oic.scope ?? "")?.scope ?? CONSUMER_SCOPE });
  const fusionScope = splitScope(out.trusted?.fusionScope ?? "");
  if (fusionScope) fusion.resources.push({ kind: "fusion", audience: fusionScope.audience, scope: fusionScope.scope });

  const domainOf = (idcsEndpoint: string) => (origin(idcsEndpoint) === origin(fusionDomainUrl) && fusion !== oic ? fusion : oic);
  const resources = stateResources(state);
  const appNames = addApps(resources, domainOf);
  const grantedUser = addGrants(resources, domainOf, appNames);
  return { oic, fusion, urls: { oic: oicDomainUrl, fusion: fusionDomainUrl }, grantedUser };
}

/** `config` of each `oci_functions_function` in the state, by the function's OCID. */
function functionConfigs(state: unknown): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const r of stateResources(state).filter((x) => x.mode === "managed" && x.type === "oci_functions_function")) {
    out[str(r.values.id)] = { ...((r.values.config as Record<string, string> | undefined) ?? {}) };
  }
  return out;
}

export interface TerraformSeedOptions {
  /** The environment the outputs belong to (the outputs file's block name). */
  readonly env: string;
  /** Users federated into both domains: the smoke's assertion user, the login user. */
  readonly users: readonly string[];
}

/**
 * The directory as the environment expects to find it: users exist in both
 * domains (federation); a group-only grant gets the login user as its
 * member; the groups the Function's allow rule names (ALLOWED_GROUPS in the
 * `config` Terraform applied) exist in Fusion's domain with the smoke's
 * users as members. Returns the login user.
 */
function federate(d: { oic: DomainState; fusion: DomainState; grantedUser?: string }, users: readonly string[], configs: Record<string, Record<string, string>>): string {
  const login = d.grantedUser ?? users[0] ?? "sandbox.user@example.com";
  for (const domain of new Set([d.oic, d.fusion])) {
    for (const u of [...users, login]) domain.users.add(u);
    for (const members of domain.groups.values()) members.add(login);
  }
  for (const config of Object.values(configs)) {
    for (const group of (config[FUNCTION_CONFIG.allowedGroups] ?? "").split(",").map((g) => g.trim()).filter(Boolean)) {
      d.fusion.groups.set(group, new Set([...(d.fusion.groups.get(group) ?? []), ...users]));
    }
  }
  return login;
}

const rel = (p: string): string => (p.startsWith(INTEGRATION_PREFIX) ? p.slice(INTEGRATION_PREFIX.length) : p);

/** The smoke's integration, and oic-native's caller that calls Fusion through the propagation connection. */
function integrations(outputs: Readonly<Record<string, unknown>>): StandinIntegration[] {
  const out = readDeployedOutputs(outputs);
  const list: StandinIntegration[] = [{ method: out.integration.method ?? "GET", path: rel(out.integration.path ?? ""), status: Number(out.integration.expectedStatus ?? 200) }];
  const callerPath = str(outputs[OIC_NATIVE_OUTPUTS.oicNativeCallerPath]);
  if (callerPath && out.trusted) {
    const fusionUrl = `${(out.trusted.fusionBaseUrl ?? "").replace(/\/$/, "")}${out.trusted.fusionSmokePath}`;
    list.push({
      method: str(outputs[OIC_NATIVE_OUTPUTS.oicNativeCallerMethod]) || "GET",
      path: rel(callerPath),
      status: Number(outputs[OIC_NATIVE_OUTPUTS.oicNativeCallerExpectedStatus] ?? 200),
      propagates: { connectionId: str(outputs[OIC_NATIVE_OUTPUTS.oicNativeConnectionId]), fusionUrl },
    });
  }
  return list;
}

/** The fake cloud's seed for an applied stack: `state` from `terraform show -json`, `outputs` from `terraform output -json` (values). */
export function seedFromTerraform(state: unknown, outputs: Readonly<Record<string, unknown>>, o: TerraformSeedOptions): CloudSeed {
  const out = readDeployedOutputs(outputs);
  const d = domainStates(state, outputs);
  const configs = functionConfigs(state);
  const loginUser = federate(d, o.users, configs);
  // A stack that chose the legacy IDCS aud (assertion.legacyIdcsAudience) is deployed where Fusion's domain accepts it.
  if (out.trustedDomain.assertionAudience === LEGACY_IDCS_AUDIENCE) d.fusion.acceptLegacyAudience = true;
  const ac = d.oic.apps.get(out.authCode?.clientId ?? "");
  const fusionScope = splitScope(out.trusted?.fusionScope ?? "");
  const notes: string[] = [];
  if (d.fusion !== d.oic) notes.push(`two identity domains: OIC's (${d.urls.oic}) and Fusion's (${d.urls.fusion}), each with its own signing key`);
  return {
    env: o.env,
    oic: d.oic,
    fusion: d.fusion,
    domainUrls: d.urls,
    oicAudience: out.oic.audience ?? "",
    oicBaseUrl: out.oic.baseUrl ?? "",
    oicApiUrl: str(outputs[OIC_NATIVE_OUTPUTS.oicNativeApiUrl]) || undefined,
    integrations: integrations(outputs),
    fusionResource: out.trusted && fusionScope ? { audience: fusionScope.audience, baseUrl: out.trusted.fusionBaseUrl ?? "", smokePath: out.trusted.fusionSmokePath } : undefined,
    functions: out.trusted?.invokeEndpoint ? { configs, invokeEndpoint: out.trusted.invokeEndpoint, cryptoEndpoint: out.signingKey.cryptoEndpoint ?? "" } : undefined,
    loginUser,
    // Always a free port, even where the stack declares a loopback one: concurrent rehearsals would share its port.
    loopbackRedirectFor: ac?.name,
    outputs: () => ({ ...outputs }),
    notes,
  };
}

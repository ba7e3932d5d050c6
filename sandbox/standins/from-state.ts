/**
 * Configures the identity-domain stand-ins from what Terraform applied
 * (`terraform show -json` of the state) and the stack's outputs, never from
 * our own model of the stack: the apps with the client secrets the provider
 * generated, their grant types, scopes, redirect URIs and certificates, the
 * grants by the ids Terraform resolved (app roles, users and groups named
 * through the data sources in the same state), each in the domain its
 * `idcs_endpoint` names.
 */
import { X509Certificate, type KeyObject } from "node:crypto";
import { readDeployedOutputs } from "../../contract/deployed-outputs";
import { CONSUMER_SCOPE, OFFLINE_ACCESS, splitScope } from "../../contract/scope";
import { DomainState } from "./domain-state";

/** One resource or data source of `terraform show -json`'s `values.root_module`. */
interface StateResource {
  readonly mode: "managed" | "data";
  readonly type: string;
  readonly values: Readonly<Record<string, unknown>>;
}

export interface StateSeed {
  /** OIC's identity domain: the OIC resource app, OIC's client apps and grants. */
  readonly oic: DomainState;
  /** Fusion's identity domain: the trusted app and its certificates (the same object with one domain). */
  readonly fusion: DomainState;
  readonly oicDomainUrl: string;
  readonly fusionDomainUrl: string;
  /** A user granted a role directly, to log in as for flow B (undefined: only groups hold the role). */
  readonly grantedUser?: string;
}

type Values = Readonly<Record<string, unknown>>;
const list = (v: unknown): Values[] => (Array.isArray(v) ? (v as Values[]) : []);
const str = (v: unknown): string => (typeof v === "string" ? v : "");
const origin = (url: string): string => (URL.canParse(url) ? new URL(url).origin.toLowerCase() : url);

/** Every resource and data source of the state, in modules too. */
export function stateResources(state: unknown): StateResource[] {
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

/** The stand-ins' states for an applied stack: `state` from `terraform show -json`, `outputs` as values. */
export function domainStatesFromTerraform(state: unknown, outputs: Readonly<Record<string, unknown>>): StateSeed {
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
  return { oic, fusion, oicDomainUrl, fusionDomainUrl, grantedUser };
}

/** `config` of each `oci_functions_function` in the state, by the function's OCID. */
export function functionConfigs(state: unknown): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const r of stateResources(state).filter((x) => x.mode === "managed" && x.type === "oci_functions_function")) {
    out[str(r.values.id)] = { ...((r.values.config as Record<string, string> | undefined) ?? {}) };
  }
  return out;
}

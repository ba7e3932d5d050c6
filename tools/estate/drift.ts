/**
 * Drift between the live domain(s) and the Terraform state: identity
 * resources removed or changed by hand since the last apply. The state is
 * `terraform show -json` output (values.root_module) or a state file itself
 * (version 4: resources[].instances[].attributes); only managed resources of
 * the three identity types are compared.
 */
import { readFileSync } from "node:fs";
import { scimString } from "../../lib/constructs/identity-domain";
import { TF_TYPES } from "./addresses";
import { bad, ok, type CheckResult } from "./doctor-report";
import type { DomainReader, LiveApp } from "./live";
import { UsageError } from "../../lib/errors";

export interface StateResource {
  readonly address: string;
  readonly type: string;
  readonly values: Readonly<Record<string, unknown>>;
}

type Json = Record<string, unknown>;
const WATCHED = new Set<string>(Object.values(TF_TYPES));

function fromShowJson(modules: Json[]): StateResource[] {
  return modules.flatMap((m) => [
    ...((m.resources as Json[] | undefined) ?? []).filter((r) => r.mode === "managed").map((r) => ({ address: String(r.address), type: String(r.type), values: (r.values ?? {}) as Json })),
    ...fromShowJson((m.child_modules as Json[] | undefined) ?? []),
  ]);
}

function fromStateFile(resources: Json[]): StateResource[] {
  return resources
    .filter((r) => r.mode === "managed")
    .flatMap((r) => ((r.instances as Json[] | undefined) ?? []).map((i) => ({ address: `${r.module ? `${String(r.module)}.` : ""}${String(r.type)}.${String(r.name)}`, type: String(r.type), values: (i.attributes ?? {}) as Json })));
}

/** The identity resources of a state, from either format. */
export function readStateResources(path: string): StateResource[] {
  let parsed: Json;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8")) as Json;
  } catch {
    throw new UsageError(`--state "${path}" cannot be read as JSON: give terraform show -json output (cd cdktf.out/stacks/<env> && terraform show -json > state.json) or the state file itself`);
  }
  const values = parsed.values as Json | undefined;
  const all = values?.root_module ? fromShowJson([values.root_module as Json]) : Array.isArray(parsed.resources) ? fromStateFile(parsed.resources as Json[]) : undefined;
  if (!all) throw new UsageError(`--state "${path}" is neither terraform show -json output nor a state file (no values.root_module, no resources)`);
  return all.filter((r) => WATCHED.has(r.type));
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => (x && typeof x === "object" ? String((x as Json).fqs ?? "") : String(x))) : []);
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

function appDifferences(state: Readonly<Record<string, unknown>>, live: LiveApp): string[] {
  const diffs: string[] = [];
  if (typeof state.active === "boolean" && state.active !== live.active) diffs.push(`active ${state.active} -> ${live.active}`);
  const sets: [string, readonly string[]][] = [["allowed_grants", live.allowedGrants], ["allowed_scopes", live.allowedScopes], ["redirect_uris", live.redirectUris]];
  for (const [key, now] of sets) {
    const was = strings(state[key]);
    if (state[key] !== undefined && !sameSet(was, now)) diffs.push(`${key} [${was.join(", ")}] -> [${now.join(", ")}]`);
  }
  if (typeof state.client_type === "string" && state.client_type !== live.clientType) diffs.push(`client_type ${state.client_type} -> ${live.clientType}`);
  return diffs;
}

/** The app a state entry names: by id, or by OCID when the provider stored that as id (oracle/terraform-provider-oci#2369). */
async function liveApp(d: DomainReader, v: Readonly<Record<string, unknown>>): Promise<LiveApp | undefined> {
  const id = String(v.id ?? "");
  const byId = (await d.apps(`${id.startsWith("ocid1.") ? "ocid" : "id"} eq ${scimString(id)}`))[0];
  return byId ?? (typeof v.name === "string" ? (await d.apps(`name eq ${scimString(v.name)}`)).find((a) => a.name === v.name) : undefined);
}

async function driftOf(r: StateResource, d: DomainReader, env: string): Promise<CheckResult> {
  const fix = `npx cdktf deploy ${env} puts it back as the config says (or change the config to match, if the change was meant)`;
  const id = String(r.values.id ?? "");
  if (r.type === TF_TYPES.app) {
    const live = await liveApp(d, r.values);
    if (!live) return bad("fail", "drift", r.address, "in the state, not in the domain", "the app was deleted by hand: its consumers get invalid_client", `${fix}; it gets a new client secret, so update its consumers`);
    const diffs = appDifferences(r.values, live);
    return diffs.length ? bad("fail", "drift", r.address, `changed by hand: ${diffs.join("; ")}`, "the live app no longer matches the last apply", fix) : ok("drift", r.address, "as applied");
  }
  const kind = r.type === TF_TYPES.grant ? "grants" : "certificates";
  const found = kind === "grants" ? (await d.grants(`id eq ${scimString(id)}`))[0] : (await d.certificates(`id eq ${scimString(id)}`))[0];
  if (!found) return bad("fail", "drift", r.address, "in the state, not in the domain", kind === "grants" ? "the grant was removed by hand: its grantee gets 401/403" : "the certificate was deleted by hand: assertions naming its alias are rejected", fix);
  return ok("drift", r.address, "as applied");
}

export async function driftChecks(resources: readonly StateResource[], readers: readonly DomainReader[], env: string): Promise<CheckResult[]> {
  const out: CheckResult[] = [];
  for (const r of resources) {
    const endpoint = String(r.values.idcs_endpoint ?? "").replace(/\/$/, "");
    const d = readers.find((x) => x.url.replace(/\/$/, "") === endpoint) ?? readers[0];
    out.push(await driftOf(r, d, env));
  }
  return out;
}

// The replacement table through Terraform: every resource type our stacks
// emit, one copy per one-attribute change (each attribute the stacks set, and
// each ForceNew argument), all in one stack: one apply of the unchanged
// copies, one plan of the changed ones, each copy's action asserted on its own.
// The expectation is written here from oracle/oci 7.27.0's source (file and
// function beside each type), independently of the provider's table
// (offline-provider/facts/force-new.ts), which must agree.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLocalCertificate } from "../../contract/local-signer";
import { type JsonBlock, type SchemaFile, ociSchema } from "../../offline-provider/schema";
import { plan } from "../../tools/terraform/commands";
import type { PlanResourceChange as ResourceChange } from "../../lib/stack-model/terraform-json";
import { mustRun, type RunOptions } from "../../tools/terraform/run";
import { envWith } from "../helpers/config";
import { nonEmpty } from "../helpers/non-empty";
import { synthEnv } from "../helpers/synth";
import { environment, synthesized } from "../helpers/environments";
import { offlineTerraform, type OfflineTerraform } from "../helpers/offline-terraform";
import { freshSigner } from "../helpers/throwaway-signer";

const oci = ociSchema(JSON.parse(readFileSync(new URL("../../provider/oci-schema.json", import.meta.url), "utf8")) as SchemaFile);

/** What replaces, per the provider's source (v7.27.0). "every argument": the type has no Update function. */
const REPLACES: Readonly<Record<string, readonly string[] | "every argument">> = {
  // identity_domains/identity_domains_app_resource.go IdentityDomainsAppResource: the template's value only, not the block.
  oci_identity_domains_app: ["name", "idcs_endpoint", "based_on_template.value", "is_alias_app", "is_unmanaged_app"],
  // identity_domains/identity_domains_grant_resource.go IdentityDomainsGrantResource (Create, Read, Delete: no Update).
  oci_identity_domains_grant: "every argument",
  // identity_domains/identity_domains_oauth_client_certificate_resource.go IdentityDomainsOAuthClientCertificateResource (no Update).
  oci_identity_domains_oauth_client_certificate: "every argument",
  // identity_domains/identity_domains_dynamic_resource_group_resource.go IdentityDomainsDynamicResourceGroupResource.
  oci_identity_domains_dynamic_resource_group: ["idcs_endpoint"],
  // kms/kms_key_resource.go KmsKeyResource (compartment_id moves: ChangeKeyCompartment).
  oci_kms_key: ["key_shape", "key_shape.algorithm", "key_shape.length", "key_shape.curve_id", "management_endpoint", "protection_mode", "external_key_reference", "external_key_reference.external_key_id"],
  // kms/kms_vault_resource.go KmsVaultResource.
  oci_kms_vault: ["vault_type", "external_key_manager_metadata"],
  // functions/functions_application_resource.go FunctionsApplicationResource.
  oci_functions_application: ["display_name", "subnet_ids", "shape"],
  // functions/functions_function_resource.go FunctionsFunctionResource: a rename replaces the Function.
  oci_functions_function: ["application_id", "display_name", "source_details"],
  // identity/identity_policy_resource.go IdentityPolicyResource, identity/identity_dynamic_group_resource.go IdentityDynamicGroupResource.
  oci_identity_policy: ["compartment_id", "name"],
  oci_identity_dynamic_group: ["compartment_id", "name"],
};

type Json = Record<string, any>;

/** References become literals, meta-arguments go: every copy stands alone. */
function standalone(resource: Json): Json {
  const rest = Object.fromEntries(Object.entries(resource).filter(([k]) => !["lifecycle", "depends_on", "provider", "//"].includes(k)));
  return JSON.parse(JSON.stringify(rest).replace(/\$\{[^}]*\}/g, "ref"));
}

/** Dotted paths a configuration sets (blocks as objects or arrays of objects, as cdktf writes them). */
function setPaths(block: JsonBlock, value: Json, prefix = ""): string[] {
  return Object.entries(value).flatMap(([k, v]) => {
    const nested = block.block_types?.[k];
    if (!nested) return block.attributes?.[k] ? [`${prefix}${k}`] : [];
    const first = Array.isArray(v) ? v[0] : v;
    return first && typeof first === "object" ? setPaths(nested.block, first, `${prefix}${k}.`) : [];
  });
}

/** Settable top-level arguments of a type (for "every argument"), from the served schema. */
function topLevelArguments(block: JsonBlock): string[] {
  const attrs = Object.entries(block.attributes ?? {}).filter(([, a]) => a.required || a.optional).map(([n]) => n);
  return [...attrs, ...Object.keys(block.block_types ?? {})].filter((n) => n !== "timeouts");
}

function dummy(block: JsonBlock): Json {
  const out: Json = {};
  for (const [n, a] of Object.entries(block.attributes ?? {})) if (a.required) out[n] = a.type === "number" ? 1 : a.type === "bool" ? true : Array.isArray(a.type) ? ["x"] : "x";
  for (const [n, nb] of Object.entries(block.block_types ?? {})) if ((nb.min_items ?? 0) > 0) out[n] = [dummy(nb.block)];
  return out;
}

function changed(attrType: unknown, current: unknown, name: string): unknown {
  if (name === "idcs_endpoint") return "https://idcs-ffffffffffffffffffffffffffffffff.identity.oraclecloud.com";
  if (attrType === "number") return (typeof current === "number" ? current : Number(current ?? 0)) + 1;
  if (attrType === "bool") return !(current ?? false);
  if (attrType === "string") return typeof current === "string" ? `${current}-changed` : name === "memory_in_mbs" ? "1024" : "set-by-test";
  const [kind] = attrType as [string];
  if (kind === "map") return { ...(current as Json), changed: "by-test" };
  return [...((current as unknown[]) ?? []), "added-by-test"];
}

/** A copy of `base` with the value at `path` changed (a missing block is added with its required arguments). */
function mutate(block: JsonBlock, base: Json, path: readonly string[]): Json {
  const [name, ...rest] = path;
  const out = { ...base };
  const nested = block.block_types?.[name];
  if (!nested) {
    out[name] = changed(block.attributes?.[name]?.type, base[name], name);
    return out;
  }
  const present = Array.isArray(base[name]) ? base[name][0] : base[name];
  const element = present ?? dummy(nested.block);
  out[name] = [rest.length === 0 ? element : mutate(nested.block, element, rest)];
  return out;
}

function expectedAction(type: string, base: Json, path: string): string {
  const rule = REPLACES[type];
  if (rule === "every argument") return "delete,create";
  const top = path.split(".")[0];
  const addsBlock = oci.resource_schemas[type].block.block_types?.[top] !== undefined && base[top] === undefined;
  return rule.includes(path) || (addsBlock && rule.includes(top)) ? "delete,create" : "update";
}

interface Case {
  readonly type: string;
  readonly name: string;
  readonly path: string;
  readonly expected: string;
}

async function baseResources(): Promise<Map<string, { base: Json; paths: Set<string> }>> {
  const types = new Map<string, { base: Json; paths: Set<string> }>();
  const add = (type: string, resource: Json) => {
    const entry = types.get(type) ?? { base: standalone(resource), paths: new Set<string>() };
    for (const p of setPaths(oci.resource_schemas[type].block, standalone(resource))) entry.paths.add(p);
    types.set(type, entry);
  };
  for (const env of ["dev", "test", "prod"]) {
    for (const [type, byName] of Object.entries(synthesized(env).resource as Record<string, Record<string, Json>>)) for (const r of Object.values(byName)) add(type, r);
  }
  // The certificate (after `npm run cert`) and the domain dynamic groups (a non-Default OIC domain) appear in other configurations.
  const certs = mkdtempSync(join(tmpdir(), "diff-certs-"));
  mkdirSync(join(certs, "certs"));
  const alias = "dev-oic-fusion-assertion-diff0000001";
  writeFileSync(join(certs, "certs", "dev.pem"), (await createLocalCertificate(freshSigner(alias), { validityDays: 30 })).pem);
  writeFileSync(join(certs, "certs", "dev.json"), JSON.stringify({ alias, keyVersionId: "ocid1.keyversion.diff" }));
  const withCertificate = synthEnv(environment("dev"), certs).parsed;
  rmSync(certs, { recursive: true, force: true });
  const nonDefaultDomain = synthEnv(envWith((c) => (c.identityDomainName = "OIC-Domain"))).parsed;
  for (const parsed of [withCertificate, nonDefaultDomain]) {
    for (const [type, byName] of Object.entries(parsed.resource as Record<string, Record<string, Json>>)) for (const r of Object.values(byName)) add(type, r);
  }
  return types;
}

function cases(types: Map<string, { base: Json; paths: Set<string> }>): Case[] {
  const out: Case[] = [];
  for (const [type, { base, paths }] of types) {
    const block = oci.resource_schemas[type].block;
    const rule = REPLACES[type];
    const forceNew = rule === "every argument" ? topLevelArguments(block) : rule;
    // A ForceNew block that is already there cannot get a second element (MaxItems 1): its nested paths are the cases.
    const all = new Set([...paths, ...forceNew.filter((p) => !(block.block_types?.[p] && base[p] !== undefined))]);
    [...all].sort().forEach((path, i) => out.push({ type, name: `c${i}_${path.replace(/\W/g, "_")}`, path, expected: expectedAction(type, base, path) }));
  }
  return out;
}

function stackOf(template: Json, types: Map<string, { base: Json }>, all: readonly Case[], change: boolean): Json {
  const resource: Json = {};
  for (const c of all) {
    const { base } = types.get(c.type)!;
    (resource[c.type] ??= {})[c.name] = change ? mutate(oci.resource_schemas[c.type].block, base, c.path.split(".")) : base;
  }
  return { terraform: template.terraform, provider: template.provider, variable: template.variable, resource };
}

describe("the replacement table, through Terraform, for every resource type our stacks emit", () => {
  let tf: OfflineTerraform;
  let all: Case[];
  let types: Map<string, { base: Json; paths: Set<string> }>;
  let byAddress: Map<string, ResourceChange>;

  beforeAll(async () => {
    types = await baseResources();
    all = cases(types);
    const template = synthesized("dev");
    tf = await offlineTerraform();
    const dir: RunOptions = await tf.readyDir("diff", stackOf(template, types, all, false));
    await mustRun(["apply", "-input=false", "-auto-approve", "-no-color", "-parallelism=32"], dir);
    tf.stackDir("diff", stackOf(template, types, all, true));
    const { json } = await plan(dir, ["-parallelism=32"], "changed.tfplan");
    byAddress = new Map((json.resource_changes ?? []).map((c) => [c.address, c]));
  }, 240_000);
  afterAll(() => tf?.close());

  it("covers every type our stacks emit, every attribute they set, and every ForceNew argument", () => {
    expect([...types.keys()].sort()).toEqual(Object.keys(REPLACES).sort());
    for (const [type, { paths }] of nonEmpty(types, "resource type")) {
      expect({ type, paths: paths.size }).toEqual({ type, paths: expect.any(Number) });
      expect(paths.size).toBeGreaterThan(0);
      for (const p of nonEmpty(paths, "attribute path")) expect(all.some((c) => c.type === type && c.path === p)).toBe(true);
    }
    expect(all.length).toBeGreaterThan(80);
  });

  it("plans update or replace for each one-attribute change as the source says", () => {
    expect(all.length).toBeGreaterThan(0);
    const actual = all.map((c) => `${c.type} ${c.path}: ${byAddress.get(`${c.type}.${c.name}`)?.change.actions.join(",")}`);
    expect(actual).toEqual(all.map((c) => `${c.type} ${c.path}: ${c.expected}`));
  });

  it("replaces for the reason Terraform gives a ForceNew change", () => {
    const replaced = all.filter((c) => c.expected === "delete,create");
    expect(replaced.length).toBeGreaterThan(0);
    for (const c of nonEmpty(replaced, "replacement case")) expect({ c: c.name, reason: byAddress.get(`${c.type}.${c.name}`)?.action_reason }).toEqual({ c: c.name, reason: "replace_because_cannot_update" });
  });
});

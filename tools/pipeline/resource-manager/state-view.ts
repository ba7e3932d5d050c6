/**
 * Resource Manager returns a stack's state as the raw state file (version 4,
 * GetStackTfState); the phases read states in `terraform show -json` form
 * (restore-cert, the rehearsal's stand-ins) and outputs in
 * `terraform output -json` form. These convert, for the root module and its
 * children, without looking at any value.
 */
import type { TerraformOutputs } from "../../terraform/cli";

type Json = Record<string, unknown>;

interface ShowResource {
  address: string;
  mode: string;
  type: string;
  name: string;
  index?: unknown;
  provider_name: string;
  values: unknown;
}

interface ShowModule {
  address?: string;
  resources: ShowResource[];
  child_modules?: ShowModule[];
}

function providerName(provider: unknown): string {
  // provider["registry.terraform.io/oracle/oci"] -> registry.terraform.io/oracle/oci
  const m = String(provider ?? "").match(/provider\["([^"]+)"\]/);
  return m ? m[1]! : String(provider ?? "");
}

function indexSuffix(key: unknown): string {
  if (key === undefined) return "";
  return typeof key === "number" ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

/** `terraform show -json` of a raw state (undefined when it holds nothing, as `show` of no state). */
export function stateAsShowJson(raw: unknown): unknown {
  const state = raw as { version?: number; terraform_version?: string; resources?: Json[]; outputs?: Record<string, Json> } | undefined;
  if (!state || typeof state !== "object" || !Array.isArray(state.resources)) return undefined;
  if (state.resources.length === 0 && Object.keys(state.outputs ?? {}).length === 0) return undefined;
  const modules = new Map<string, ShowModule>([["", { resources: [] }]]);
  for (const r of state.resources) {
    const module = typeof r.module === "string" ? r.module : "";
    if (!modules.has(module)) modules.set(module, { address: module, resources: [] });
    const base = `${module ? `${module}.` : ""}${r.mode === "data" ? "data." : ""}${String(r.type)}.${String(r.name)}`;
    for (const i of (r.instances as Json[] | undefined) ?? []) {
      modules.get(module)!.resources.push({
        address: `${base}${indexSuffix(i.index_key)}`,
        mode: String(r.mode),
        type: String(r.type),
        name: String(r.name),
        ...(i.index_key === undefined ? {} : { index: i.index_key }),
        provider_name: providerName(r.provider),
        values: i.attributes ?? {},
      });
    }
  }
  const root = modules.get("")!;
  const children = [...modules.entries()].filter(([k]) => k !== "").map(([, m]) => m);
  if (children.length) root.child_modules = children;
  const outputs = Object.fromEntries(Object.entries(state.outputs ?? {}).map(([k, o]) => [k, { value: o.value, type: o.type, sensitive: o.sensitive === true }]));
  return { format_version: "1.0", terraform_version: state.terraform_version, values: { outputs, root_module: root } };
}

/** `terraform output -json` of a raw state. */
export function stateOutputs(raw: unknown): TerraformOutputs {
  const outputs = (raw as { outputs?: Record<string, Json> } | undefined)?.outputs ?? {};
  return Object.fromEntries(Object.entries(outputs).map(([k, o]) => [k, { value: o.value, type: o.type, sensitive: o.sensitive === true }]));
}

/**
 * The mission model (stack-model.ts) of what a saved plan says exists before
 * (`prior_state`) or after (`planned_values`) it is applied, read with the
 * same reader as a synthesized stack: state resources are laid out as
 * `resource.<type>.<name>` and `data.<type>.<name>`, and the ids a grant
 * holds in state (the grantee's, the role's) are written back as the
 * references cdk.tf.json has, so that grants name their app, user, group and
 * role in both. The review draws deleted resources from it.
 */
import { stackModelOf } from "./read-stack";
import type { StackModel } from "./stack-model";
import type { Block, PlanStateModule, PlanStateResource, SynthesizedStack, TerraformPlan } from "./terraform-json";

type Section = Record<string, Record<string, Block>>;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Every resource of a module tree (iterative: nesting is input). */
function resourcesOf(module: PlanStateModule | undefined): PlanStateResource[] {
  const out: PlanStateResource[] = [];
  const pending: (PlanStateModule | undefined)[] = [module];
  while (pending.length) {
    const m = pending.pop();
    out.push(...(m?.resources ?? []));
    for (const child of m?.child_modules ?? []) pending.push(child);
  }
  return out;
}

/** id -> `${data.<type>.<name>.<list>[i].id}` for every item of every data source of `type` (one pass: plans can be large). */
function dataReferences(data: Section, type: string, list: string): Map<string, string> {
  const refs = new Map<string, string>();
  for (const [name, values] of Object.entries(data[type] ?? {})) {
    const items = Array.isArray(values[list]) ? (values[list] as unknown[]) : [];
    items.forEach((item, i) => {
      if (isRecord(item) && typeof item.id === "string" && !refs.has(item.id)) refs.set(item.id, `\${data.${type}.${name}.${list}[${i}].id}`);
    });
  }
  return refs;
}

interface References {
  readonly apps: Map<string, string>;
  readonly users: Map<string, string>;
  readonly groups: Map<string, string>;
  readonly roles: Map<string, string>;
}

function referencesOf(managed: Section, data: Section): References {
  const apps = new Map<string, string>();
  for (const [name, v] of Object.entries(managed.oci_identity_domains_app ?? {})) if (typeof v.id === "string") apps.set(v.id, `\${oci_identity_domains_app.${name}.id}`);
  return {
    apps,
    users: dataReferences(data, "oci_identity_domains_users", "users"),
    groups: dataReferences(data, "oci_identity_domains_groups", "groups"),
    roles: dataReferences(data, "oci_identity_domains_app_roles", "app_roles"),
  };
}

/** A grant as cdk.tf.json writes it: grantee and role as references where the state's ids can be traced. */
function withReferences(grant: Block, refs: References): Block {
  const first = (v: unknown): Block | undefined => (Array.isArray(v) && isRecord(v[0]) ? (v[0] as Block) : isRecord(v) ? (v as Block) : undefined);
  const grantee = first(grant.grantee);
  const entitlement = first(grant.entitlement);
  const id = grantee?.value;
  const byType: Record<string, Map<string, string>> = { App: refs.apps, User: refs.users, Group: refs.groups };
  const granteeValue = typeof id === "string" ? (byType[String(grantee?.type)]?.get(id) ?? id) : id;
  const roleId = entitlement?.attribute_value;
  const role = typeof roleId === "string" ? (refs.roles.get(roleId) ?? roleId) : roleId;
  return { ...grant, grantee: grantee ? { ...grantee, value: granteeValue } : grant.grantee, entitlement: entitlement ? { ...entitlement, attribute_value: role } : grant.entitlement };
}

/**
 * The model of the plan's prior state ("before") or planned values ("after").
 * Data sources come from the prior state in both: the planned values hold
 * none.
 */
export function stackModelOfPlan(env: string, plan: TerraformPlan, which: "before" | "after"): StackModel {
  const values = which === "before" ? plan.prior_state?.values : plan.planned_values;
  const managed: Section = {};
  const data: Section = {};
  const put = (section: Section, r: PlanStateResource) => {
    if (!isRecord(r.values)) return;
    (section[r.type] ??= {})[r.name] = r.values as Block;
  };
  for (const r of resourcesOf(values?.root_module)) if (r.mode !== "data") put(managed, r);
  // A plan without state values (older or hand-made): the resource changes' own before / after.
  if (!values?.root_module) {
    for (const rc of plan.resource_changes ?? []) {
      const v = which === "before" ? rc.change.before : rc.change.after;
      if (rc.mode !== "data" && isRecord(v)) put(managed, { address: rc.address, type: rc.type, name: rc.address.slice(rc.type.length + 1) || rc.name, values: v });
    }
  }
  for (const r of resourcesOf(plan.prior_state?.values?.root_module)) if (r.mode === "data") put(data, r);
  const refs = referencesOf(managed, data);
  for (const [name, grant] of Object.entries(managed.oci_identity_domains_grant ?? {})) managed.oci_identity_domains_grant![name] = withReferences(grant, refs);
  const output: Record<string, { value: unknown; sensitive?: boolean }> = {};
  for (const [name, o] of Object.entries(values?.outputs ?? {})) if (isRecord(o)) output[name] = { value: o.value, sensitive: o.sensitive === true };
  const stack: SynthesizedStack = { "//": { metadata: { stackName: env } }, resource: managed, data, output };
  return stackModelOf(stack);
}

/**
 * Who trusts whom in one environment, as a graph a reviewer can approve:
 * OIC's and Fusion's identity domains, the apps in each, the ServiceInvoker
 * (and other role) grants of apps, users and groups on OIC, the trusted app
 * and the certificate alias it trusts, the Vault key, the assertion Function,
 * who may invoke it and whom it may assert. Built from the mission model of a
 * synthesized stack (and, for a plan, of its prior state), so `npm start` and
 * the plan review draw the same picture; a plan's actions mark what is added,
 * replaced, updated or deleted. Rendering is mermaid.ts's job.
 */
import type { AppModel, StackModel } from "./stack-model";
import { CodedError, ERROR_CODES } from "../../contract/errors";

export type ChangeStatus = "added" | "replaced" | "updated" | "deleted" | "unchanged";

/** Where a node is drawn. */
export type Place = "oic-domain" | "fusion-domain" | "tenancy";

export type NodeKind = "oic" | "client-app" | "trusted-app" | "certificate" | "user" | "group" | "signing-key" | "function" | "invoker";

export interface TopologyNode {
  /** Stable key: the Terraform address of a managed resource, else `<kind>:<name>`. */
  readonly key: string;
  readonly kind: NodeKind;
  readonly place: Place;
  /** Lines of plain text (rendering escapes them). */
  readonly lines: readonly string[];
  readonly status: ChangeStatus;
}

export interface TopologyEdge {
  readonly key: string;
  readonly from: string;
  readonly to: string;
  readonly label: string;
  readonly status: ChangeStatus;
}

export interface Topology {
  readonly env: string;
  /** OIC's domain URL, and Fusion's when it is another domain. */
  readonly oicDomainUrl: string;
  readonly fusionDomainUrl?: string;
  readonly nodes: readonly TopologyNode[];
  readonly edges: readonly TopologyEdge[];
  /** Whether changes are drawn (a plan or a configuration review), so a legend belongs beside it. */
  readonly showsChanges: boolean;
}

/** A plan's action per Terraform address, as the review reads it. */
export type PlanActions = ReadonlyMap<string, "create" | "update" | "replace" | "delete" | "no-op" | "read" | "forget">;

export interface TopologyInput {
  /** What exists after the change (the synthesized stack, or the plan's planned values). */
  readonly after?: StackModel;
  /** What exists before (the plan's prior state): deleted resources are drawn from it. */
  readonly before?: StackModel;
  readonly actions?: PlanActions;
}

const FLOW_TEXT: Readonly<Record<AppModel["flow"], string>> = {
  "client-credentials": "client credentials",
  "authorization-code": "authorization code",
  "jwt-bearer": "trusted app, JWT bearer",
  other: "app",
};

function fromAction(action: string | undefined): ChangeStatus | undefined {
  switch (action) {
    case "create":
      return "added";
    case "replace":
      return "replaced";
    case "update":
      return "updated";
    case "delete":
      return "deleted";
    case undefined:
      return undefined;
    default:
      return "unchanged";
  }
}

/** The plan's action on the resource behind it when the plan names it; else deleted when only the prior state holds it. */
function statusOf(actions: PlanActions | undefined, address: string | undefined, onlyBefore: boolean): ChangeStatus {
  return fromAction(address ? actions?.get(address) : undefined) ?? (onlyBefore ? "deleted" : "unchanged");
}

/** `${oci_identity_dynamic_group.dg.name}` -> `oci_identity_dynamic_group.dg`; a literal name stays itself. */
function groupRef(subject: string): { address?: string; name: string } {
  const ref = /\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.[a-z_]+\}/.exec(subject);
  if (ref) return { address: `${ref[1]}.${ref[2]}`, name: subject };
  const bare = subject.replace(/'/g, "");
  return { name: bare.includes("/") ? bare.split("/").pop()! : bare };
}

/** Short form of a Terraform reference, for a label: `${oci_kms_key.k.id}` -> `kms_key.id`. */
function readable(text: string): string {
  return text.replace(/\$\{(?:data\.)?oci_([a-z0-9_]+)\.[A-Za-z0-9_-]+\.([a-z0-9_.[\]]+)\}/g, "<$1.$2>");
}

interface Builder {
  nodes: Map<string, TopologyNode>;
  edges: Map<string, TopologyEdge>;
}

/** The nodes and edges one model shows; `onlyBefore` marks them deleted. */
function draw(b: Builder, m: StackModel, actions: PlanActions | undefined, onlyBefore: (key: string) => boolean): void {
  const fusion = m.fusionIdentityDomainUrl && m.fusionIdentityDomainUrl !== m.identityDomainUrl ? m.fusionIdentityDomainUrl : undefined;
  const placeOf = (url: string | undefined, trusted: boolean): Place => (fusion && (url === fusion || (url === undefined && trusted)) ? "fusion-domain" : "oic-domain");
  const node = (key: string, kind: NodeKind, place: Place, lines: string[], address?: string) => {
    if (!b.nodes.has(key)) b.nodes.set(key, { key, kind, place, lines: lines.filter((l) => l.trim() !== ""), status: statusOf(actions, address, onlyBefore(key)) });
  };
  const edge = (key: string, from: string, to: string, label: string, address?: string) => {
    if (!b.edges.has(key)) b.edges.set(key, { key, from, to, label, status: statusOf(actions, address, onlyBefore(key)) });
  };

  const oicLines = ["OIC (resource app)", m.oic.audience ?? (m.oic.integrationInstanceId ? `instance ${readable(m.oic.integrationInstanceId)}` : "read from the instance")];
  node("oic", "oic", "oic-domain", oicLines);

  const appKeyByName = new Map<string, string>();
  for (const app of m.apps) {
    const trusted = app.flow === "jwt-bearer";
    node(app.address, trusted ? "trusted-app" : "client-app", placeOf(app.identityDomainUrl, trusted), [app.name, FLOW_TEXT[app.flow]], app.address);
    appKeyByName.set(app.name, app.address);
  }

  for (const g of m.grants) {
    // A grantee known only after apply (a new app's id in planned values): the other model draws it.
    if ((g.grantee.type === "App" ? g.grantee.appName : g.grantee.type === "User" ? g.grantee.userName : g.grantee.groupName) === "") continue;
    let from: string;
    if (g.grantee.type === "App") from = appKeyByName.get(g.grantee.appName) ?? `app:${g.grantee.appName}`;
    else if (g.grantee.type === "User") from = `user:${g.grantee.userName}`;
    else from = `group:${g.grantee.groupName}`;
    if (!b.nodes.has(from)) {
      if (g.grantee.type === "User") node(from, "user", "oic-domain", ["user", g.grantee.userName]);
      else if (g.grantee.type === "Group") node(from, "group", "oic-domain", ["group", g.grantee.groupName]);
      else node(from, "client-app", "oic-domain", [g.grantee.appName]);
    }
    edge(g.address, from, "oic", readable(g.role), g.address);
  }

  // Certificates: the resources that import them, and the aliases the trusted app names.
  const trustedApps = m.apps.filter((a) => a.flow === "jwt-bearer");
  const certKey = (alias: string) => m.certificates.find((c) => c.alias === alias)?.address ?? `certificate:${alias}`;
  for (const c of m.certificates) node(c.address, "certificate", fusion ? "fusion-domain" : "oic-domain", ["certificate", `alias ${c.alias}`], c.address);
  for (const app of trustedApps) {
    const aliases = new Set([...app.certificateAliases, ...(trustedApps.length === 1 ? m.certificates.map((c) => c.alias) : [])]);
    for (const alias of aliases) {
      const key = certKey(alias);
      node(key, "certificate", placeOf(app.identityDomainUrl, true), ["certificate", `alias ${alias}`]);
      edge(`trusts:${app.address}:${key}`, app.address, key, "trusts", key.startsWith("certificate:") ? app.address : key);
    }
  }

  const k = m.signingKey;
  if (k) {
    node(k.address, "signing-key", "tenancy", ["Vault key", k.displayName, [k.algorithm, Number.isFinite(k.lengthBytes) ? `${k.lengthBytes * 8}-bit` : "", k.protectionMode].filter(Boolean).join(" ")], k.address);
    for (const c of m.certificates) edge(`certifies:${c.address}`, c.address, k.address, "certifies its public key", c.address);
  }

  const f = m.function;
  if (f) {
    node(f.address, "function", "tenancy", ["assertion Function", f.displayName, `may assert: ${assertsWhom(f.config)}`], f.address);
    if (k) edge(`signs:${f.address}`, f.address, k.address, "signs with", f.address);
    for (const app of trustedApps) edge(`asserts:${f.address}:${app.address}`, f.address, app.address, "assertions as", f.address);
    drawInvokers(m, f, node, edge);
  }
}

/** Whom the Function may assert, from its config (ALLOWED_USERS / ALLOWED_GROUPS / ALLOW_ANY_FEDERATED_USER). */
function assertsWhom(config: Readonly<Record<string, string>>): string {
  if (config.ALLOW_ANY_FEDERATED_USER === "true") return "ANY federated user";
  const parts = [config.ALLOWED_USERS ? `users ${config.ALLOWED_USERS}` : "", config.ALLOWED_GROUPS ? `groups ${config.ALLOWED_GROUPS}` : ""].filter(Boolean);
  return parts.length ? parts.join("; ") : "nobody";
}

/** Who may invoke the Function: the subject of every `... to use fn-invocation ...` statement. */
function drawInvokers(
  m: StackModel,
  f: NonNullable<StackModel["function"]>,
  node: (key: string, kind: NodeKind, place: Place, lines: string[], address?: string) => void,
  edge: (key: string, from: string, to: string, label: string, address?: string) => void,
): void {
  for (const p of f.policies) {
    for (const statement of p.statements) {
      const s = /^\s*allow\s+(dynamic-group|group|any-user)\s*(.*?)\s+to\s+(?:use|manage)\s+(fn-invocation|functions-family)\b/i.exec(statement);
      if (!s) continue;
      const kind = s[1]!.toLowerCase();
      const subject = kind === "any-user" ? "any-user" : (s[2] ?? "").trim();
      let key = `invoker:${subject}`;
      let lines = [kind === "any-user" ? "ANY user or resource" : `${kind} ${readable(subject)}`];
      if (kind === "dynamic-group") {
        const ref = groupRef(subject);
        const group = f.dynamicGroups.find((g) => g.address === ref.address || g.name === ref.name);
        const instance = group && /resource\.type\s*=\s*'integrationinstance'/.test(group.matchingRule) ? /resource\.id\s*=\s*'([^']+)'/.exec(group.matchingRule)?.[1] : undefined;
        if (instance !== undefined && (!m.oic.integrationInstanceId || m.oic.integrationInstanceId === instance || instance.includes("${"))) {
          key = "oic";
        } else if (group) {
          key = group.address;
          lines = ["dynamic group", readable(group.name), readable(group.matchingRule)];
        }
      }
      if (key !== "oic") node(key, "invoker", "tenancy", lines);
      edge(`invokes:${key}:${f.address}`, key, f.address, "may invoke", f.address);
    }
  }
}

/** At most this many nodes are drawn; the rest is summarised in one node. */
export const MAX_TOPOLOGY_NODES = 60;

/** The environment's topology; with `before` and `actions`, the plan's changes drawn on it. */
export function buildTopology(env: string, input: TopologyInput): Topology {
  const b: Builder = { nodes: new Map(), edges: new Map() };
  const models = [input.after, input.before].filter((x): x is StackModel => x !== undefined);
  if (models.length === 0) throw new CodedError(ERROR_CODES.topology, "buildTopology: neither a stack model nor a plan state to draw");
  const main = models[0]!;
  if (input.after) draw(b, input.after, input.actions, () => false);
  if (input.before) {
    // What only the prior state holds is what the plan deletes.
    const present = new Set([...b.nodes.keys(), ...b.edges.keys()]);
    const onlyBefore = input.after ? (key: string) => !present.has(key) : () => false;
    draw(b, input.before, input.actions, onlyBefore);
  }
  const fusion = main.fusionIdentityDomainUrl && main.fusionIdentityDomainUrl !== main.identityDomainUrl ? main.fusionIdentityDomainUrl : undefined;
  return {
    env,
    oicDomainUrl: main.identityDomainUrl,
    fusionDomainUrl: fusion,
    nodes: [...b.nodes.values()],
    edges: [...b.edges.values()],
    showsChanges: input.actions !== undefined,
  };
}

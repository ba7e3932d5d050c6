/**
 * A fake TerraformCli for the pipeline's tests: it plans a synthesized stack
 * against a "remote" state kept per environment (so a new runner with empty
 * directories still finds it), applies by storing the configuration with
 * synthetic computed values (ids, client secrets, the key's current version),
 * and answers `show -json` and `output -json` in Terraform's shapes.
 *
 * It models no provider behaviour: the offline provider (sandbox/standins/
 * offline-provider, issue 8) replaces it in the rehearsal test.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { PlanResult, TerraformCli, TerraformOutputs } from "../../tools/terraform/cli";

interface StateResource {
  type: string;
  name: string;
  /** The configuration as synthesized (for diffs). */
  config: Record<string, unknown>;
  values: Record<string, unknown>;
}

type Action = "create" | "update" | "delete" | "no-op";

const strip = (body: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(body).filter(([k]) => !["//", "lifecycle", "depends_on", "provider"].includes(k)));

export class FakeTerraform implements TerraformCli {
  readonly calls: string[] = [];
  /** Remote state, per environment (the stack directory's name). */
  readonly remote = new Map<string, Map<string, StateResource>>();
  /** What `current_key_version` of every Vault key reads as: change it to simulate a rotation. */
  keyVersion = "ocid1.keyversion.oc1.iad.fake.v1";
  private secretCounter = 0;
  readonly issuedSecrets: string[] = [];

  private env(dir: string): string {
    return basename(dir);
  }

  private state(dir: string): Map<string, StateResource> {
    const env = this.env(dir);
    if (!this.remote.has(env)) this.remote.set(env, new Map());
    return this.remote.get(env)!;
  }

  private desired(dir: string): Map<string, { type: string; name: string; config: Record<string, unknown> }> {
    const stack = JSON.parse(readFileSync(join(dir, "cdk.tf.json"), "utf8")) as { resource?: Record<string, Record<string, Record<string, unknown>>> };
    const out = new Map<string, { type: string; name: string; config: Record<string, unknown> }>();
    for (const [type, named] of Object.entries(stack.resource ?? {})) {
      for (const [name, body] of Object.entries(named)) out.set(`${type}.${name}`, { type, name, config: strip(body) });
    }
    return out;
  }

  async init(dir: string): Promise<void> {
    this.calls.push(`init ${this.env(dir)}`);
  }

  async plan(dir: string, planFile: string): Promise<PlanResult> {
    this.calls.push(`plan ${this.env(dir)}`);
    const state = this.state(dir);
    const desired = this.desired(dir);
    const actions: Record<string, Action> = {};
    for (const [address, d] of desired) {
      const s = state.get(address);
      actions[address] = !s ? "create" : JSON.stringify(s.config) === JSON.stringify(d.config) ? "no-op" : "update";
    }
    for (const address of state.keys()) if (!desired.has(address)) actions[address] = "delete";
    writeFileSync(join(dir, planFile), JSON.stringify({ desired: [...desired.entries()], actions }));
    return { changes: Object.values(actions).some((a) => a !== "no-op") };
  }

  private stateDocument(state: Map<string, StateResource>): unknown {
    return {
      format_version: "1.0",
      terraform_version: "1.11.4",
      values: {
        root_module: {
          resources: [...state.entries()].map(([address, r]) => ({ address, mode: "managed", type: r.type, name: r.name, values: r.values, sensitive_values: {} })),
        },
      },
    };
  }

  async show(dir: string, planFile?: string): Promise<unknown> {
    this.calls.push(`show ${this.env(dir)}${planFile ? " plan" : " state"}`);
    const state = this.state(dir);
    if (!planFile) return state.size ? this.stateDocument(state) : undefined;
    const plan = JSON.parse(readFileSync(join(dir, planFile), "utf8")) as { desired: [string, { type: string; name: string; config: Record<string, unknown> }][]; actions: Record<string, Action> };
    const desired = new Map(plan.desired);
    return {
      format_version: "1.2",
      terraform_version: "1.11.4",
      resource_changes: Object.entries(plan.actions).map(([address, action]) => {
        const d = desired.get(address);
        const s = state.get(address);
        return {
          address,
          mode: "managed",
          type: d?.type ?? s?.type,
          name: d?.name ?? s?.name,
          change: { actions: [action], before: s?.values ?? null, after: action === "delete" ? null : (d?.config ?? null), after_unknown: {}, before_sensitive: {}, after_sensitive: {} },
        };
      }),
      // Like a real plan: the prior state carries every client secret in clear.
      prior_state: this.stateDocument(state),
    };
  }

  async apply(dir: string, planFile: string): Promise<void> {
    this.calls.push(`apply ${this.env(dir)}`);
    const state = this.state(dir);
    const plan = JSON.parse(readFileSync(join(dir, planFile), "utf8")) as { desired: [string, { type: string; name: string; config: Record<string, unknown> }][]; actions: Record<string, Action> };
    for (const [address, action] of Object.entries(plan.actions)) if (action === "delete") state.delete(address);
    const desired = new Map(plan.desired);
    for (const [address, d] of desired) {
      const previous = state.get(address);
      const values: Record<string, unknown> = { ...d.config, id: previous?.values.id ?? `ocid1.${d.type}.fake.${d.name}` };
      if (d.type === "oci_identity_domains_app") {
        values.client_secret = previous?.values.client_secret ?? this.newSecret();
      }
      if (d.type === "oci_kms_key") values.current_key_version = this.keyVersion;
      if (d.type === "oci_kms_vault") {
        values.crypto_endpoint = `https://fake-crypto.kms.example/${d.name}`;
        values.management_endpoint = `https://fake-management.kms.example/${d.name}`;
      }
      if (d.type === "oci_functions_function") values.invoke_endpoint = "https://fake-functions.example";
      state.set(address, { type: d.type, name: d.name, config: d.config, values });
    }
    // Resolve `${type.name.attr}` references, as Terraform would after apply.
    const resolve = (v: unknown): unknown => {
      if (typeof v === "string") {
        return v.replace(/\$\{([A-Za-z0-9_]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_]+)\}/g, (whole, t: string, n: string, a: string) => {
          const value = state.get(`${t}.${n}`)?.values[a];
          return typeof value === "string" ? value : whole;
        });
      }
      if (Array.isArray(v)) return v.map(resolve);
      if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x)]));
      return v;
    };
    for (const r of state.values()) r.values = resolve(r.values) as Record<string, unknown>;
  }

  private newSecret(): string {
    const s = `fake-client-secret-${++this.secretCounter}-${Math.random().toString(36).slice(2, 10)}`;
    this.issuedSecrets.push(s);
    return s;
  }

  async output(dir: string): Promise<TerraformOutputs> {
    this.calls.push(`output ${this.env(dir)}`);
    const resources = [...this.state(dir).values()];
    const find = (type: string, pred: (r: StateResource) => boolean = () => true) => resources.find((r) => r.type === type && pred(r));
    const out: TerraformOutputs = {};
    const set = (name: string, value: unknown, sensitive = false) => {
      if (value !== undefined) out[name] = { value, sensitive, type: "string" };
    };
    const cc = find("oci_identity_domains_app", (r) => JSON.stringify(r.config.allowed_grants ?? "").includes("client_credentials"));
    const trusted = find("oci_identity_domains_app", (r) => r.config.client_type === "trusted");
    const key = find("oci_kms_key");
    const vault = find("oci_kms_vault");
    set("token_url", "https://idcs-fake.identity.oraclecloud.com/oauth2/v1/token");
    set("client_credentials_client_id", cc?.values.name);
    set("client_credentials_client_secret", cc?.values.client_secret, true);
    set("trusted_client_id", trusted?.values.name);
    set("signing_key_id", key?.values.id);
    set("signing_key_version_id", key ? this.keyVersion : undefined);
    set("signing_key_crypto_endpoint", vault?.values.crypto_endpoint);
    set("signing_key_management_endpoint", vault?.values.management_endpoint);
    return out;
  }
}

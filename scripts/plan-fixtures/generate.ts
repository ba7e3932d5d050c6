/**
 * Regenerates the review's scenario fixtures (test/fixtures/plans/*.json)
 * from real `terraform plan -out` + `terraform show -json` runs of the dev
 * stack, through the offline OCI provider. Run it with `npm run gen:plans`
 * (scripts/gen-plan-fixtures.mjs); test/review/fixtures-generated.test.ts
 * checks the committed files are what it produces.
 *
 * One stack directory, one state: the dev stack is planned (create.json),
 * applied, planned again (no-op.json), and then each scenario plans an
 * edited configuration against that same applied state without applying it
 * (update, replace, delete, key deletion, widened policy). The last one
 * (sensitive-marked) applies a configuration with a sensitive variable
 * first, so that both `before_sensitive` and `after_sensitive` hold marks.
 *
 * Edits are made where a reviewer would meet them: in the configuration
 * (an app removed, the certificate removed) or in the synthesized JSON when
 * no configuration expresses them (a hostile redirect URI, a renamed app
 * under the same address, a key scheduled for deletion, a widened policy).
 *
 * Byte-stable output: the offline provider's values derive from the
 * configuration; the certificate is a committed public one; `timestamp` (the
 * only wall-clock field of `show -json`) is removed; every client secret
 * value the provider invents (client secret, its hash, the key-store
 * password: GENERATED_SECRET_ATTRIBUTES) is renamed
 * `do-not-print-<attribute>-<n>` over all fixtures, so the secret-leak test
 * can find them.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import type { EnvironmentConfig } from "../../lib/config/environment";
import { attachOfflineProvider, type AttachedProvider } from "../../offline-provider/attach";
import { projectRoot } from "../../offline-provider/install";
import { worldForEnvironment, worldOic } from "../../sandbox/rehearsal/world-for-environment";
import { synthesize } from "../../lib/synthesize";
import type { TerraformPlan } from "../../lib/stack-model/terraform-json";
import { apply, init, plan } from "../../tools/terraform/commands";
import type { RunOptions } from "../../tools/terraform/run";
import { prepareStackDir } from "../../tools/terraform/stack-dir";
import { dev } from "../../stacks/dev";

/** The scenario files this generator owns, in the order they are produced. */
export const GENERATED_FIXTURES = [
  "create.json",
  "no-op.json",
  "update-scope-redirect.json",
  "replace-apps.json",
  "delete.json",
  "delete-propagation.json",
  "key-deletion.json",
  "policy-widened.json",
  "sensitive-marked.json",
] as const;

export type GeneratedFixture = (typeof GENERATED_FIXTURES)[number];

/** Where the committed fixtures live. */
export function fixturesDir(): string {
  return join(projectRoot(), "test", "fixtures", "plans");
}

/** Values the edits plant; the review's tests look for them. */
export const PLANTED = {
  insecureRedirectUri: "http://attacker.example.net/cb",
  otherOicHost: "https://oic-dev2-examplens-ia.integration.us-ashburn-1.ocp.oraclecloud.com:443",
  renamedScheduler: "dev-oic-scheduler-v2",
  fusionDomain: "https://idcs-fedcba9876543210fedcba9876543210.identity.oraclecloud.com",
  timeOfDeletion: "2030-01-31T00:00:00.000Z",
  markedBefore: "do-not-print-marked-before",
  markedAfter: "do-not-print-marked-after",
} as const;

/** A public certificate (its private key was thrown away): the trusted app's, as `npm run cert` would leave it. */
const CERTIFICATE_PEM = (): string => readFileSync(join(projectRoot(), "scripts", "plan-fixtures", "dev-assertion-cert.pem"), "utf8");

// Synthesized Terraform JSON has no static type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Stack = Record<string, any>;

/** dev, with the committed public certificate instead of certs/dev.pem (what `npm run cert` would leave). */
function baseConfig(): EnvironmentConfig {
  const assertion = { ...dev.assertion!, certificatePem: CERTIFICATE_PEM() };
  delete (assertion as { certificatePath?: string }).certificatePath;
  return { ...dev, assertion };
}

function synth(config: EnvironmentConfig, workDir: string): Stack {
  const outdir = mkdtempSync(join(workDir, "synth-"));
  synthesize([config], { outdir, baseDir: workDir });
  return JSON.parse(readFileSync(join(outdir, "stacks", config.name, "cdk.tf.json"), "utf8")) as Stack;
}

const clone = (s: Stack): Stack => JSON.parse(JSON.stringify(s)) as Stack;

function resource(stack: Stack, type: string, name: string): Stack {
  const r = stack.resource?.[type]?.[name];
  if (!r) throw new Error(`plan fixtures: the dev stack has no ${type}.${name} (the scenarios need updating)`);
  return r as Stack;
}

/** The one resource of `type` whose attribute `key` satisfies `test`. */
function find(stack: Stack, type: string, test: (r: Stack) => boolean): Stack {
  const all = Object.values(stack.resource?.[type] ?? {}) as Stack[];
  const hits = all.filter(test);
  if (hits.length !== 1) throw new Error(`plan fixtures: expected one ${type} matching, found ${hits.length}`);
  return hits[0]!;
}

const APPS = "oci_identity_domains_app";
const SCHEDULER = "app_dev-oic-scheduler";
const VBCS = "app_dev-oic-vbcs";
const TRUSTED = "app_dev-oic-fusion-assertion";

/** The edits, on a copy of the applied stack. */
const EDITS = {
  /** The auth-code app gets a plain-http redirect URI, and its OIC scope swapped for another host's. */
  update(stack: Stack): void {
    const app = resource(stack, APPS, VBCS);
    app.redirect_uris = [...(app.redirect_uris as string[]), PLANTED.insecureRedirectUri];
    const audience = worldOic(dev).audience;
    const scopes = app.allowed_scopes as { fqs: string }[];
    const oic = scopes.find((s) => s.fqs.startsWith(audience));
    if (!oic) throw new Error("plan fixtures: the auth-code app has no OIC scope");
    oic.fqs = oic.fqs.replace(audience, PLANTED.otherOicHost);
  },
  /**
   * The scheduler's client ID changes under the same address (delete, then
   * create: its grant follows); the trusted app moves to Fusion's identity
   * domain with create_before_destroy (create, then delete).
   */
  replace(stack: Stack): void {
    resource(stack, APPS, SCHEDULER).name = PLANTED.renamedScheduler;
    const trusted = resource(stack, APPS, TRUSTED);
    trusted.idcs_endpoint = PLANTED.fusionDomain;
    trusted.lifecycle = { ...(trusted.lifecycle ?? {}), create_before_destroy: true };
  },
  /** The Vault key is disabled and scheduled for deletion (the constructs never do this; a hand edit would). */
  keyDeletion(stack: Stack): void {
    const key = find(stack, "oci_kms_key", () => true);
    key.time_of_deletion = PLANTED.timeOfDeletion;
    key.desired_state = "DISABLED";
  },
  /** The sign policy gains `manage keys in tenancy`; the invoke policy lets any-user invoke, without its `where`. */
  policyWidened(stack: Stack): void {
    const sign = resource(stack, "oci_identity_policy", "policy_dev_assertion_sign");
    const invoke = resource(stack, "oci_identity_policy", "policy_dev_assertion_invoke");
    sign.statements = [...(sign.statements as string[]), "Allow dynamic-group ${oci_identity_dynamic_group.dg_dev_assertion_fn.name} to manage keys in tenancy"];
    invoke.statements = (invoke.statements as string[]).map((s) => s.replace(/^Allow dynamic-group \S+ /, "Allow any-user ").replace(/\s+where\s+.*$/i, ""));
  },
  /** The Function's config takes a value from a sensitive variable. */
  sensitive(stack: Stack, mode: string): void {
    stack.variable = { ...(stack.variable ?? {}), assertion_extra_token: { type: "string", sensitive: true } };
    const fn = find(stack, "oci_functions_function", () => true);
    fn.config = { ...(fn.config ?? {}), EXTRA_TOKEN: "${var.assertion_extra_token}", MODE: mode };
  },
};

const byJson = (a: unknown, b: unknown): number => {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * What varies between two runs of `show -json` on the same plan, made
 * stable: `timestamp` (wall clock) is removed; `relevant_attributes` and
 * `checks` come in Terraform's map-iteration order, so they are sorted.
 * Nothing else is changed.
 */
export function normalise(json: TerraformPlan): Record<string, unknown> {
  const out: Record<string, unknown> = { ...json };
  delete out.timestamp;
  if (Array.isArray(out.relevant_attributes)) out.relevant_attributes = [...out.relevant_attributes].sort(byJson);
  if (Array.isArray(out.checks)) {
    out.checks = (out.checks as { address: unknown; instances?: { address: unknown }[] }[])
      .map((c) => (Array.isArray(c.instances) ? { ...c, instances: [...c.instances].sort((a, b) => byJson(a.address, b.address)) } : c))
      .sort((a, b) => byJson(a.address, b.address));
  }
  return out;
}

/**
 * Attributes whose values the offline provider invents as secrets: the
 * client secret (`idcscs-<uuid>`), its hash, the certificate's key-store
 * password. Listed here, not taken from the review's own list, so that the
 * leak test does not inherit a gap of the code it tests.
 */
export const GENERATED_SECRET_ATTRIBUTES = ["client_secret", "hashed_client_secret", "key_store_password"] as const;

const PREFIX = "do-not-print-";

function collectGenerated(value: unknown, key: string | undefined, into: (attribute: string, v: string) => void): void {
  if (Array.isArray(value)) for (const v of value) collectGenerated(v, key, into);
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) collectGenerated(v, k, into);
  else if (typeof value === "string" && value !== "" && !value.startsWith(PREFIX) && (GENERATED_SECRET_ATTRIBUTES as readonly string[]).includes(key ?? "")) into(key!, value);
}

/**
 * Renames every generated secret value to `do-not-print-<attribute>-<n>`
 * wherever it appears (before, after, prior_state, planned_values, outputs,
 * inside other strings), consistently over all fixtures: n counts per
 * attribute in order of first appearance.
 */
export function renameSecrets(texts: ReadonlyMap<string, string>): Map<string, string> {
  const names = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const text of texts.values()) {
    collectGenerated(JSON.parse(text), undefined, (attribute, v) => {
      if (names.has(v)) return;
      const n = (counts.get(attribute) ?? 0) + 1;
      counts.set(attribute, n);
      names.set(v, `${PREFIX}${attribute.replace(/_/g, "-")}-${n}`);
    });
  }
  const longestFirst = [...names.keys()].sort((a, b) => b.length - a.length);
  const out = new Map<string, string>();
  for (const [file, text] of texts) out.set(file, longestFirst.reduce((t, secret) => t.split(secret).join(names.get(secret)!), text));
  return out;
}

export interface GenerateReport {
  /** File name -> content, in GENERATED_FIXTURES order. */
  readonly files: ReadonlyMap<GeneratedFixture, string>;
  readonly ms: number;
}

/** Runs every scenario in a temporary directory and returns the fixture texts (nothing is written). */
/** Runs `tasks` with at most `limit` at a time. */
async function pool(tasks: readonly (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) await tasks[next++]!();
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
}

export interface GenerateOptions {
  /** Keep the temporary directory (its path is logged). */
  readonly keepWorkDir?: boolean;
  /** Progress lines (each step with its duration). */
  readonly log?: (line: string) => void;
  /** Scenario plans run at the same time. @default os.availableParallelism() */
  readonly parallel?: number;
}

/** Runs every scenario in a temporary directory and returns the fixture texts (nothing is written). */
export async function generatePlanFixtures(options: GenerateOptions = {}): Promise<GenerateReport> {
  const started = performance.now();
  const log = (what: string, since: number): void => options.log?.(`${what}: ${Math.round(performance.now() - since)} ms`);
  const workDir = mkdtempSync(join(tmpdir(), "oic-plan-fixtures-"));
  let provider: AttachedProvider | undefined;
  try {
    let t = performance.now();
    const config = baseConfig();
    // Started once; every terraform command of every scenario attaches to it (offline-provider/attach.ts).
    provider = await attachOfflineProvider(join(workDir, "provider"), { world: worldForEnvironment(config) });
    const { env } = provider;
    const base = synth(config, workDir);
    const applied = join(workDir, "applied");
    const dir: RunOptions = { cwd: prepareStackDir(applied, base), env };
    const plans = new Map<GeneratedFixture, TerraformPlan>();
    await init(dir);
    log("provider, synth, init", t);

    t = performance.now();
    const created = await plan(dir, [], "create.tfplan");
    plans.set("create.json", created.json);
    await apply(dir, "create.tfplan");
    log("plan create, apply", t);

    const edited = (edit: (s: Stack) => void): Stack => {
      const s = clone(base);
      edit(s);
      return s;
    };
    /**
     * Each scenario in its own copy of the applied directory (.terraform/,
     * state), so they run side by side and never see each
     * other's state.
     */
    const scenario =
      (name: GeneratedFixture, stack: Stack, run?: (d: RunOptions) => Promise<void>, extra: string[] = []) =>
      async (): Promise<void> => {
        const s = performance.now();
        const cwd = join(workDir, name.replace(/\.json$/, ""));
        cpSync(applied, cwd, { recursive: true, verbatimSymlinks: true });
        const d: RunOptions = { cwd, env };
        await run?.(d);
        prepareStackDir(cwd, stack);
        const p = await plan(d, extra, "scenario.tfplan");
        if (name === "no-op.json" && p.hasChanges) throw new Error("plan fixtures: the plan after apply is not empty");
        plans.set(name, p.json);
        log(`plan ${name}`, s);
      };

    t = performance.now();
    await pool(
      [
        scenario("no-op.json", base),
        scenario("update-scope-redirect.json", edited(EDITS.update)),
        scenario("replace-apps.json", edited(EDITS.replace)),
        scenario("delete.json", synth({ ...config, clientCredentialsApps: [] }, workDir)),
        scenario("delete-propagation.json", synth({ ...config, assertion: undefined }, workDir)),
        scenario("key-deletion.json", edited(EDITS.keyDeletion)),
        scenario("policy-widened.json", edited(EDITS.policyWidened)),
        // The marked value must be in the state before: apply it first, in this copy only.
        scenario(
          "sensitive-marked.json",
          edited((s) => EDITS.sensitive(s, "token")),
          async (d) => {
            prepareStackDir(d.cwd, edited((s) => EDITS.sensitive(s, "payload")));
            await plan(d, [`-var=assertion_extra_token=${PLANTED.markedBefore}`], "before.tfplan");
            await apply(d, "before.tfplan");
          },
          [`-var=assertion_extra_token=${PLANTED.markedAfter}`],
        ),
      ],
      options.parallel ?? availableParallelism(),
    );
    log("scenarios", t);

    const texts = new Map<string, string>(GENERATED_FIXTURES.map((f) => [f, `${JSON.stringify(normalise(plans.get(f)!), null, 2)}\n`]));
    const files = renameSecrets(texts) as Map<GeneratedFixture, string>;
    return { files, ms: performance.now() - started };
  } finally {
    await provider?.close();
    if (options.keepWorkDir) options.log?.(`work directory kept: ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
}

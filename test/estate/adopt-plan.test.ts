// Issue 12's proof: adopt turns a stand-in domain holding hand-made apps and
// grants into config + import blocks whose plan replaces nothing. adopt reads
// the SCIM stand-in through the real SDK; its entries are merged into dev and
// synthesized; Terraform plans the stack with adopt's import blocks (the copy
// adopt put beside the stack) against the offline provider, whose world is
// adopt's own world.json.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { cpSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { mergeAdopted } from "../../tools/estate/merge";
import { IMPORTS_FILE, runAdopt } from "../../tools/estate/run-adopt";
import { apply, init, plan } from "../../tools/terraform/commands";
import type { PlanResourceChange, TerraformPlan } from "../../lib/stack-model/terraform-json";
import type { RunOptions } from "../../tools/terraform/run";
import { synthEnv } from "../helpers/synth";
import { offlineTerraform, type OfflineTerraform } from "../helpers/offline-terraform";
import { adoptSkeleton, harness, OIC_DOMAIN, plantHealthyEstate, type Harness } from "./helpers";
import { nonEmpty } from "../helpers/non-empty";

const GROUP = "OIC Business Users";
const IDENTITY_TYPES = ["oci_identity_domains_app", "oci_identity_domains_grant", "oci_identity_domains_oauth_client_certificate"];
type Import = { to: string; id: string };

/** Top-level attributes an update changes (known values only), as "<address> <attribute>". */
function changedAttributes(c: PlanResourceChange): string[] {
  const before = (c.change.before ?? {}) as Record<string, unknown>;
  const after = (c.change.after ?? {}) as Record<string, unknown>;
  const unknown = (c.change.after_unknown ?? {}) as Record<string, unknown>;
  return Object.keys(after)
    .filter((k) => unknown[k] !== true && JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null))
    .map((k) => `${c.address} ${k}`);
}

/** The in-place changes adopt's report announces ("<app>: <attribute> becomes|holds|read back ..."), as "<address> <attribute>". */
function announcedChanges(report: readonly string[]): string[] {
  return report.flatMap((l) => {
    const m = /^ {2}- ([^\s:]+): (\w+) (?:becomes|holds|read back)/.exec(l);
    return m ? [`oci_identity_domains_app.app_${m[1]} ${m[2]}`] : [];
  });
}

const sorted = (xs: readonly string[]) => [...xs].sort();

describe("adopt, then terraform plan with its import blocks (offline provider)", () => {
  let h: Harness;
  let tf: OfflineTerraform;
  let stack: Record<string, any>;
  let importsFile: { import: Import[] };
  let json: TerraformPlan;
  let byAddress: Map<string, PlanResourceChange>;
  let dir: RunOptions;

  beforeAll(async () => {
    h = await harness(await plantHealthyEstate({ filler: 3, group: GROUP }), [adoptSkeleton()]);
    const stackOut = join(h.cwd, "cdktf.out", "stacks", "dev");
    mkdirSync(stackOut, { recursive: true });
    expect(await runAdopt(["dev", ...h.endpointArgs], h.deps)).toBe(0);
    const adoptDir = join(h.cwd, "cdktf.out", "adopt", "dev");
    cpSync(join(adoptDir, "certs"), join(h.cwd, "certs"), { recursive: true });
    const entries = JSON.parse(readFileSync(join(adoptDir, "entries.json"), "utf8"));
    stack = synthEnv(mergeAdopted(adoptSkeleton(), entries), h.cwd).parsed;
    importsFile = JSON.parse(readFileSync(join(stackOut, IMPORTS_FILE), "utf8"));
    tf = await offlineTerraform({ world: join(adoptDir, "world.json") });
    dir = tf.stackDir("dev", stack, { [IMPORTS_FILE]: importsFile });
    expect((await init(dir)).code).toBe(0);
    const p = await plan(dir);
    if (p.plan.code === 1) throw new Error(p.plan.stderr);
    json = p.json;
    byAddress = new Map((json.resource_changes ?? []).map((c) => [c.address, c]));
  }, 180_000);
  afterAll(async () => {
    await tf?.close();
    await h?.close();
  });

  it("imports every adopted app, grant and certificate, with the import id adopt wrote, as a no-op or an in-place update", () => {
    const imports = importsFile.import;
    expect(imports.map((i) => i.to.split(".")[0]).sort()).toEqual([...Array(3).fill("oci_identity_domains_app"), ...Array(4).fill("oci_identity_domains_grant"), "oci_identity_domains_oauth_client_certificate"]);
    // Grants of apps, of a user and of a group; the certificate with the id the 7.27.0 read parses (lower-case "auth").
    expect(imports.map((i) => i.to).filter((a) => a.includes("_user_") || a.includes("_group_"))).toHaveLength(2);
    expect(imports.find((i) => i.to.startsWith("oci_identity_domains_oauth_client_certificate."))?.id).toMatch(/^idcsEndpoint\/https:\/\/[^/]+\/oauthClientCertificates\/[0-9a-f]+$/);
    for (const { to, id } of nonEmpty(imports, "import block")) {
      const c = byAddress.get(to);
      expect({ to, importing: c?.change.importing, replace_paths: c?.change.replace_paths }).toEqual({ to, importing: { id }, replace_paths: undefined });
      expect(["no-op", "update"]).toContain(c!.change.actions.join(","));
    }
  });

  it("replaces, creates or deletes no identity resource: everything the stack declares in the domain is imported", () => {
    const identity = (json.resource_changes ?? []).filter((c) => IDENTITY_TYPES.includes(c.type));
    expect(sorted(identity.map((c) => c.address))).toEqual(sorted(importsFile.import.map((i) => i.to)));
    expect(identity.filter((c) => c.change.actions.some((a) => a === "create" || a === "delete"))).toEqual([]);
  });

  it("shows exactly the in-place changes adopt's report announced", () => {
    const updates = (json.resource_changes ?? []).filter((c) => c.change.actions.join(",") === "update");
    expect(updates.every((c) => c.change.importing !== undefined)).toBe(true);
    const announced = announcedChanges(h.lines);
    expect(announced.length).toBeGreaterThan(0);
    expect(sorted(updates.flatMap(changedAttributes))).toEqual(sorted(announced));
  });

  it("creates only what lives outside the identity domain (Vault, key, Functions, IAM), which adopt does not read", () => {
    const creates = (json.resource_changes ?? []).filter((c) => c.change.actions.join(",") === "create");
    expect(sorted([...new Set(creates.map((c) => c.type))])).toEqual(["oci_functions_application", "oci_functions_function", "oci_identity_dynamic_group", "oci_identity_policy", "oci_kms_key", "oci_kms_vault"]);
    const declared = Object.entries(stack.resource as Record<string, object>).flatMap(([t, byName]) => (IDENTITY_TYPES.includes(t) ? [] : Object.keys(byName).map((n) => `${t}.${n}`)));
    expect(sorted(creates.map((c) => c.address))).toEqual(sorted(declared));
  });

  it("applies the imports (and creates the rest), then plans no changes: what was imported reads back as configured", async () => {
    await apply(dir);
    const again = await plan(dir, [], "again.tfplan");
    const pending = (again.json.resource_changes ?? []).filter((c) => c.change.actions.join(",") !== "no-op").map((c) => `${c.address} ${c.change.actions.join(",")}`);
    expect(pending).toEqual([]);
    expect(again.hasChanges).toBe(false);
    const prior = (again.json as unknown as { prior_state?: { values?: { root_module?: { resources?: { address: string; values: Record<string, unknown> }[] } } } }).prior_state;
    const state = prior?.values?.root_module?.resources ?? [];
    expect(state.length).toBeGreaterThan(0);
    for (const { to, id } of nonEmpty(importsFile.import, "import block")) expect(id.endsWith(`/${String(state.find((r) => r.address === to)?.values.id)}`)).toBe(true);
  }, 180_000);

  it("would catch an import id that spells the domain differently: the app is then replaced", async () => {
    const scheduler = importsFile.import.find((i) => i.to.endsWith("app_dev-oic-scheduler"))!;
    const wrong = { import: [{ to: scheduler.to, id: scheduler.id.replace(OIC_DOMAIN, `${OIC_DOMAIN}/`) }] };
    const dir = tf.stackDir("dev-wrong-id", stack, { [IMPORTS_FILE]: wrong });
    expect((await init(dir)).code).toBe(0);
    const c = (await plan(dir)).json.resource_changes?.find((r) => r.address === scheduler.to);
    expect(c?.change.actions).toEqual(["delete", "create"]);
    expect(c?.change.replace_paths).toEqual([["idcs_endpoint"]]);
  }, 120_000);
});

// plan / apply / plan again / replace / import / destroy on the dev stack,
// with Terraform 1.11 and the offline provider: what a deploy would do,
// minus OCI. One attached provider for the file (test/helpers/offline-terraform.ts);
// drift is injected into its service file between two runs.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { injectDeletion, injectDrift } from "../../offline-provider/remote";
import { apply, changesWith, output, plan, planChanges } from "../../tools/terraform/commands";
import type { TerraformPlan } from "../../lib/stack-model/terraform-json";
import type { RunOptions } from "../../tools/terraform/run";
import { synthesized } from "../helpers/environments";
import { offlineTerraform, type OfflineTerraform } from "../helpers/offline-terraform";

const SCHEDULER = "oci_identity_domains_app.app_dev-oic-scheduler";
const VBCS = "oci_identity_domains_app.app_dev-oic-vbcs";
const SCHEDULER_GRANT = "oci_identity_domains_grant.grant_ServiceInvoker_app_dev-oic-scheduler";
const FN_GROUP = "oci_identity_dynamic_group.dg_dev_assertion_fn";
const SIGN_POLICY = "oci_identity_policy.policy_dev_assertion_sign";
const KEY = "oci_kms_key.key_dev_assertion_signing";
const IDCS = "https://idcs-0123456789abcdef0123456789abcdef.identity.oraclecloud.com";
const IMPORT_ID = `idcsEndpoint/${IDCS}/apps/5f0c1e2d3c4b5a69788796a5b4c3d2e1`;

/** The world: the scheduler app exists already (created by hand), to be imported. */
const WORLD = {
  resources: {
    oci_identity_domains_app: {
      [IMPORT_ID]: {
        id: "5f0c1e2d3c4b5a69788796a5b4c3d2e1",
        name: "dev-oic-scheduler",
        display_name: "dev-oic-scheduler",
        idcs_endpoint: IDCS,
        schemas: ["urn:ietf:params:scim:schemas:oracle:idcs:App"],
        based_on_template: [{ value: "CustomWebAppTemplateId", well_known_id: "CustomWebAppTemplateId" }],
        client_type: "confidential",
        is_oauth_client: true,
        active: false,
        allowed_grants: ["client_credentials"],
      },
    },
  },
};

/** Every managed resource of the synthesized dev stack (14 since dev grants its auth-code user ServiceInvoker). */
const DEV_RESOURCES = Object.values(synthesized("dev").resource as Record<string, object>).reduce((n, byName) => n + Object.keys(byName).length, 0);

/** The ids Terraform's state holds, by address (local backend: terraform.tfstate in the stack directory). */
function stateIds(dir: RunOptions): Map<string, string> {
  const state = JSON.parse(readFileSync(join(dir.cwd, "terraform.tfstate"), "utf8")) as { resources: { type: string; name: string; instances: { attributes: { id: string } }[] }[] };
  return new Map(state.resources.filter((r) => r.instances.length > 0).map((r) => [`${r.type}.${r.name}`, r.instances[0].attributes.id]));
}

function actionsOf(json: TerraformPlan): Map<string, string> {
  return new Map((json.resource_changes ?? []).map((c) => [c.address, c.change.actions.join(",")]));
}

let tf: OfflineTerraform;
beforeAll(async () => {
  tf = await offlineTerraform({ world: WORLD });
}, 60_000);
afterAll(() => tf?.close());

describe("dev stack through plan and apply, offline", () => {
  let dir: RunOptions;

  beforeAll(async () => {
    dir = await tf.readyDir("dev", synthesized("dev"));
  }, 60_000);

  it("plans, applies, and then plans no changes", async () => {
    const first = await plan(dir);
    expect(first.hasChanges).toBe(true);
    const creates = changesWith(first.json, ["create"]).map((c) => c.address);
    expect(creates).toContain(SCHEDULER);
    expect(creates).toHaveLength(DEV_RESOURCES);
    await apply(dir);
    const second = await planChanges(dir);
    expect(second.plan.stdout).toContain("No changes.");
    expect(second.hasChanges).toBe(false);
  }, 120_000);

  it("fills computed attributes with synthetic values of the right shape", async () => {
    const out = await output(dir);
    expect(out.client_credentials_client_secret).toMatchObject({ sensitive: true });
    expect(out.client_credentials_client_secret.value).toMatch(/^idcscs-[0-9a-f-]{36}$/);
    expect(out.signing_key_id.value).toMatch(/^ocid1\.key\.oc1\.iad\.[0-9a-z]+$/);
    expect(out.signing_key_version_id.value).toMatch(/^ocid1\.keyversion\.oc1\.iad\./);
    expect(out.signing_key_management_endpoint.value).toMatch(/^https:\/\/[0-9a-f]{12}-management\.kms\.us-ashburn-1\.oraclecloud\.com$/);
    expect(out.assertion_function_invoke_endpoint.value).toMatch(/^https:\/\/.*\.functions\.oci\.oraclecloud\.com$/);
  }, 60_000);

  it("sees what the world changed since the apply (drift), and an apply puts it back", async () => {
    const ids = stateIds(dir);
    const idOf = (address: string): string => {
      const id = ids.get(address);
      if (!id) throw new Error(`no ${address} in state`);
      return id;
    };
    const remote = tf.provider.remoteFile;
    // Someone edits the domain and the tenancy by hand:
    injectDrift(remote, "oci_identity_domains_app", idOf(SCHEDULER), { display_name: "Scheduler (edited)", allowed_grants: ["client_credentials", "password"] });
    injectDrift(remote, "oci_identity_domains_app", idOf(VBCS), { allowed_grants: ["refresh_token", "authorization_code"] }); // same set, the service's order
    injectDrift(remote, "oci_identity_dynamic_group", idOf(FN_GROUP), { name: "renamed-in-console" });
    injectDrift(remote, "oci_identity_policy", idOf(SIGN_POLICY), { statements: ["Allow group Everyone to manage all-resources in tenancy"] });
    injectDrift(remote, "oci_kms_key", idOf(KEY), { display_name: "edited" });
    injectDeletion(remote, "oci_identity_domains_grant", idOf(SCHEDULER_GRANT));

    const drifted = await plan(dir, [], "drift.tfplan");
    const actions = actionsOf(drifted.json);
    expect([SCHEDULER, VBCS, FN_GROUP, SIGN_POLICY, KEY, SCHEDULER_GRANT].map((a) => `${a} ${actions.get(a)}`)).toEqual([
      `${SCHEDULER} update`,
      `${VBCS} no-op`,
      `${FN_GROUP} delete,create`, // name is ForceNew (identity_dynamic_group_resource.go)
      `${SIGN_POLICY} update`,
      `${KEY} update`,
      `${SCHEDULER_GRANT} create`,
    ]);
    const app = drifted.json.resource_changes?.find((c) => c.address === SCHEDULER);
    expect((app?.change.before as { display_name: string; allowed_grants: string[] }).allowed_grants).toEqual(["client_credentials", "password"]);
    expect((app?.change.after as { display_name: string }).display_name).toBe("dev-oic-scheduler");
    expect([...actions.values()].filter((a) => a !== "no-op")).toHaveLength(5);

    await apply(dir, "drift.tfplan");
    expect((await planChanges(dir, [], "repaired.tfplan")).hasChanges).toBe(false);
  }, 120_000);

  it("plans a replacement when an app's name changes (and of the grant that names it)", async () => {
    const stack = synthesized("dev");
    stack.resource.oci_identity_domains_app["app_dev-oic-scheduler"].name = "dev-oic-scheduler-2";
    const renamed = tf.stackDir("dev", stack);
    const { json } = await plan(renamed, [], "rename.tfplan");
    const replaced = changesWith(json, ["delete", "create"]);
    const app = replaced.find((c) => c.address === SCHEDULER);
    expect(app?.change.replace_paths).toEqual([["name"]]);
    expect(app?.action_reason).toBe("replace_because_cannot_update");
    expect(replaced.map((c) => c.address)).toContain("oci_identity_domains_grant.grant_ServiceInvoker_app_dev-oic-scheduler");
    tf.stackDir("dev", synthesized("dev")); // back to the applied configuration
  }, 60_000);

  it("destroys everything", async () => {
    const { json } = await plan(dir, ["-destroy"], "destroy.tfplan");
    expect(changesWith(json, ["delete"])).toHaveLength(DEV_RESOURCES);
    await apply(dir, "destroy.tfplan");
    const after = await planChanges(dir, ["-destroy"], "after.tfplan");
    expect(after.hasChanges).toBe(false);
  }, 120_000);
});

describe("import of an app that exists in the world", () => {
  it("refuses an id the real read cannot parse, in its words; plans a good one as an import, not a replacement; applied, it re-plans with no changes", async () => {
    const wrong = `idcsEndpoint/${IDCS}/Apps/5f0c1e2d3c4b5a69788796a5b4c3d2e1`;
    const dir = await tf.readyDir("dev-import", synthesized("dev"), { "imports.tf.json": { import: [{ to: SCHEDULER, id: wrong }] } });
    await expect(plan(dir)).rejects.toThrow(`IdcsEndpointHelperForRead: idcs_endpoint missing. Format of id might be wrong. id: ${wrong}`);

    tf.stackDir("dev-import", synthesized("dev"), { "imports.tf.json": { import: [{ to: SCHEDULER, id: IMPORT_ID }] } });
    const { json } = await plan(dir);
    const app = json.resource_changes?.find((c) => c.address === SCHEDULER);
    expect(app?.change.importing).toEqual({ id: IMPORT_ID });
    expect(app?.change.actions).toEqual(["update"]); // active and description differ from the world
    expect(changesWith(json, ["delete", "create"])).toEqual([]);
    const grant = json.resource_changes?.find((c) => c.address === SCHEDULER_GRANT);
    expect((grant?.change.after as { grantee: { value: string }[] }).grantee[0].value).toBe("5f0c1e2d3c4b5a69788796a5b4c3d2e1");

    // Applied, the import is an app in state that reads back as configured.
    await apply(dir);
    const again = await planChanges(dir, [], "again.tfplan");
    expect(again.hasChanges).toBe(false);
    expect(stateIds(dir).get(SCHEDULER)).toBe("5f0c1e2d3c4b5a69788796a5b4c3d2e1");
  }, 180_000);

});

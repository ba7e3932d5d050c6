// plan / apply / plan again / replace / import / destroy on the dev stack,
// with Terraform 1.11 and the offline provider: what a deploy would do,
// minus OCI.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { apply, changesWith, output, plan } from "../../lib/terraform/commands";
import type { RunOptions } from "../../lib/terraform/run";
import { offlineTerraform, type OfflineTerraform } from "../helpers/offline-terraform";
import { synthesized } from "./workspace";

const SCHEDULER = "oci_identity_domains_app.app_dev-oic-scheduler";
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
    const second = await plan(dir);
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

  it("plans a replacement when an app's name changes (and of the grant that names it)", async () => {
    const stack = synthesized("dev");
    stack.resource.oci_identity_domains_app["app_dev-oic-scheduler"].name = "dev-oic-scheduler-2";
    const renamed = await tf.readyDir("dev", stack);
    const { json } = await plan(renamed, [], "rename.tfplan");
    const replaced = changesWith(json, ["delete", "create"]);
    const app = replaced.find((c) => c.address === SCHEDULER);
    expect(app?.change.replace_paths).toEqual([["name"]]);
    expect(app?.action_reason).toBe("replace_because_cannot_update");
    expect(replaced.map((c) => c.address)).toContain("oci_identity_domains_grant.grant_ServiceInvoker_app_dev-oic-scheduler");
    await tf.readyDir("dev", synthesized("dev")); // back to the applied configuration
  }, 60_000);

  it("destroys everything", async () => {
    const { json } = await plan(dir, ["-destroy"], "destroy.tfplan");
    expect(changesWith(json, ["delete"])).toHaveLength(DEV_RESOURCES);
    await apply(dir, "destroy.tfplan");
    const after = await plan(dir, ["-destroy"], "after.tfplan");
    expect(after.hasChanges).toBe(false);
  }, 120_000);
});

describe("import of an app that exists in the world", () => {
  it("plans as an import, not a replacement", async () => {
    const dir = await tf.readyDir("dev-import", synthesized("dev"), {
      "imports.tf.json": { import: [{ to: SCHEDULER, id: IMPORT_ID }] },
    });
    const { json } = await plan(dir);
    const app = json.resource_changes?.find((c) => c.address === SCHEDULER);
    expect(app?.change.importing).toEqual({ id: IMPORT_ID });
    expect(app?.change.actions).toEqual(["update"]); // active and description differ from the world
    expect(changesWith(json, ["delete", "create"])).toEqual([]);
    const grant = json.resource_changes?.find((c) => c.address === "oci_identity_domains_grant.grant_ServiceInvoker_app_dev-oic-scheduler");
    expect((grant?.change.after as { grantee: { value: string }[] }).grantee[0].value).toBe("5f0c1e2d3c4b5a69788796a5b4c3d2e1");
  }, 120_000);
});

// prod planned against a world that matches its configuration: the stack's
// lookups (integration instance, OIC app roles, groups) are answered from the
// world, and a group the identity domain lacks fails the stack's own check.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { worldForEnvironment, worldId, worldOic } from "../../sandbox/rehearsal/world-for-environment";
import { plan } from "../../tools/terraform/commands";
import { type RunOptions, runTerraform } from "../../tools/terraform/run";
import { offlineTerraform, type OfflineTerraform } from "../helpers/offline-terraform";
import { environment, synthesized } from "../helpers/environments";

const prod = environment("prod");
const started: OfflineTerraform[] = [];
afterAll(() => Promise.all(started.map((t) => t.close())));

/** prod, ready to plan against `world` (a provider per world: it reads the world once, at start). */
async function prodDir(world: object): Promise<RunOptions> {
  const tf = await offlineTerraform({ world });
  started.push(tf);
  return tf.readyDir("prod", synthesized("prod"));
}

describe("prod against its world", () => {
  let after: Record<string, any>;
  beforeAll(async () => {
    const { json } = await plan(await prodDir(worldForEnvironment(prod)));
    after = Object.fromEntries((json.resource_changes ?? []).map((c) => [c.address, c.change.after]));
  }, 120_000);

  it("grants the world's ServiceInvoker role of the instance's IAM app", () => {
    const grant = after["oci_identity_domains_grant.grant_ServiceInvoker_app_prod-oic-scheduler"];
    expect(grant.app[0].value).toBe(worldOic(prod).appId);
    expect(grant.entitlement[0].attribute_value).toBe(worldId("prod", "role:ServiceInvoker"));
    const userRole = after["oci_identity_domains_grant.grant_ServiceUser_app_prod-oic-erp-backend"];
    expect(userRole.entitlement[0].attribute_value).toBe(worldId("prod", "role:ServiceUser"));
  });

  it("grants the group the world knows", () => {
    const grant = after["oci_identity_domains_grant.grant_ServiceInvoker_group_OIC_Business_Users"];
    expect(grant.grantee[0]).toMatchObject({ type: "Group", value: worldId("prod", "group:OIC Business Users") });
  });

  it("scopes the apps to the instance's audience", () => {
    expect(after["oci_identity_domains_app.app_prod-oic-scheduler"].allowed_scopes[0].fqs).toBe(`${worldOic(prod).audience}urn:opc:resource:consumer::all`);
  });
});

describe("prod against a world without its group", () => {
  it("fails the plan with the stack's postcondition, not a crash", async () => {
    const dir = await prodDir(worldForEnvironment(prod, { groups: ["OIC Business Users"] }));
    const result = await runTerraform(["plan", "-input=false", "-no-color"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Resource postcondition failed");
    expect(result.stderr).toContain("No group named OIC Business Users in the identity domain.");
  }, 120_000);
});

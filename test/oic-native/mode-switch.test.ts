// Switching an environment between assertion modes through real Terraform
// (offline provider): the plan of the Function mode's state against the
// oic-native configuration, and back, replaces and deletes nothing in the
// identity domains; the trusted app and its certificate keep their addresses.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLocalCertificate, LocalKeySigner } from "../../contract/local-signer";
import { lendRsaKey } from "../../sandbox/standins/key-pool";
import type { EnvironmentConfig } from "../../lib/config/environment";
import { worldForEnvironment } from "../../sandbox/rehearsal/world-for-environment";
import type { TerraformPlan } from "../../lib/stack-model/terraform-json";
import { apply, changesWith, plan, planChanges } from "../../tools/terraform/commands";
import { native } from "../../stacks/examples/native";
import { synthEnv } from "../helpers/synth";
import { offlineTerraform, type OfflineTerraform } from "../helpers/offline-terraform";

const INSTANCE = "ocid1.integrationinstance.oc1.iad.amaaaaaaexamplenativeinstance0000000000000000000000000";
const oicNative: EnvironmentConfig = { ...native, oic: { ...(native.oic as { appId: string; audience: string }), integrationInstanceId: INSTANCE } };
const viaFunction: EnvironmentConfig = {
  ...oicNative,
  assertion: {
    trustedAppName: native.assertion!.trustedAppName,
    certificatePath: native.assertion!.certificatePath,
    allow: { users: ["integration.tester@example.com"] },
    vault: { protectionMode: "SOFTWARE" },
    function: { image: "iad.ocir.io/examplens/oic-access/assertion:0.1.0", subnetIds: ["ocid1.subnet.oc1.iad.aaaaaaaaexamplenativesubnet00000000000000000000000000000000"] },
  },
};

let tf: OfflineTerraform;
let base: string;
const certKey = lendRsaKey();
beforeAll(async () => {
  tf = await offlineTerraform({ world: worldForEnvironment(oicNative) });
  // The same certificate files in both modes (what npm run cert left in certs/); the key is any RSA key (the pool's: no keygen).
  base = mkdtempSync(join(tmpdir(), "mode-switch-"));
  const alias = "native-oic-fusion-assertion-0123456789";
  const cert = await createLocalCertificate(new LocalKeySigner(certKey.privateKey, alias), { commonName: "native-oic-fusion-assertion" });
  mkdirSync(join(base, "certs"));
  writeFileSync(join(base, "certs", "native.pem"), cert.pem);
  writeFileSync(join(base, "certs", "native.json"), JSON.stringify({ alias, keyVersionId: "", x5t: cert.x5t, notBefore: cert.notBefore.toISOString(), notAfter: cert.notAfter.toISOString() }));
}, 60_000);
afterAll(async () => {
  await tf?.close();
  certKey.release();
  if (base) rmSync(base, { recursive: true, force: true });
});

const identityChanges = (json: TerraformPlan, actions: string[]) => changesWith(json, actions).filter((c) => c.type.startsWith("oci_identity_domains_")).map((c) => c.address);
const actionsOf = (json: TerraformPlan, address: string) => json.resource_changes?.find((c) => c.address === address)?.change.actions;

describe('assertion.mode "function" <-> "oic-native"', () => {
  it("plans no replacement or deletion in the identity domains either way; the trusted app and its certificate stay as they are", async () => {
    const dir = await tf.readyDir("native", synthEnv(viaFunction, base).parsed);
    await planChanges(dir);
    await apply(dir);

    await tf.readyDir("native", synthEnv(oicNative, base).parsed);
    const toNative = await plan(dir);
    const deleted = changesWith(toNative.json, ["delete"]).map((c) => c.type);
    // What leaves with the Function mode: the key, vault, Function, its application, dynamic group and policy.
    expect(deleted).toEqual(expect.arrayContaining(["oci_kms_key", "oci_kms_vault", "oci_functions_function", "oci_functions_application", "oci_identity_policy"]));
    expect(identityChanges(toNative.json, ["delete"])).toEqual([]);
    expect(identityChanges(toNative.json, ["delete", "create"])).toEqual([]);
    expect(identityChanges(toNative.json, ["create", "delete"])).toEqual([]);
    expect(identityChanges(toNative.json, ["create"])).toEqual([]);
    expect(actionsOf(toNative.json, "oci_identity_domains_app.app_native-oic-fusion-assertion")).toEqual(["no-op"]);
    expect(actionsOf(toNative.json, "oci_identity_domains_oauth_client_certificate.certificate_native-oic-fusion-assertion-0123456789")).toEqual(["no-op"]);
    await apply(dir);

    await tf.readyDir("native", synthEnv(viaFunction, base).parsed);
    const back = await plan(dir);
    expect(identityChanges(back.json, ["delete"])).toEqual([]);
    expect(identityChanges(back.json, ["delete", "create"])).toEqual([]);
    expect(identityChanges(back.json, ["create", "delete"])).toEqual([]);
    expect(actionsOf(back.json, "oci_identity_domains_app.app_native-oic-fusion-assertion")).toEqual(["no-op"]);
    expect(changesWith(back.json, ["create"]).map((c) => c.type)).toEqual(expect.arrayContaining(["oci_kms_key", "oci_functions_function"]));
  }, 240_000);
});

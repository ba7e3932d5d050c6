import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { certificateAlias } from "../../tools/cert/alias";
import { runDoctor } from "../../tools/estate/run-doctor";
import { resourceManagerOrigin } from "../../tools/estate/resource-manager-drift";
import { UsageError } from "../../lib/errors";
import type { EnvironmentConfig } from "../../lib/config/environment";
import { ScimDirectory } from "../../sandbox/standins/scim-admin/directory";
import { startResourceManagerStandin } from "../../sandbox/standins/resource-manager/server";
import { ResourceManagerClient } from "oci-resourcemanager";
import { zipSync } from "fflate";
import { throwawayOciAuth } from "../cert/oci-test-auth";
import { certificatePem, devEnvironment, FUSION_DOMAIN, FUSION_FQS, harness, OIC_APP_ID, OIC_AUDIENCE, OIC_DOMAIN, OIC_FQS, plantHealthyEstate, TESTER, type Harness, type PlantedEstate } from "./helpers";
import { nonEmpty } from "../helpers/non-empty";

const TRUSTED = "dev-oic-fusion-assertion";
const KEY_VERSION = "ocid1.keyversion.oc1.iad.standinkeyversion1";
const ALIAS = certificateAlias(TRUSTED, KEY_VERSION);
const DAY = 86_400_000;
const SECRET = "cc-secret-value-doctor-must-not-print";

interface Setup {
  estate: PlantedEstate;
  h: Harness;
  run(...extra: string[]): Promise<number>;
  text(): string;
}

/** Outputs as cdktf deploy writes them, certs/dev.json as npm run cert writes it, and (optionally) a state. */
function writeDeployment(h: Harness, estate: PlantedEstate): void {
  const apps = [
    { name: "dev-oic-scheduler", flow: "client-credentials" },
    { name: "dev-oic-vbcs", flow: "authorization-code" },
    { name: TRUSTED, flow: "jwt-bearer" },
  ];
  mkdirSync(join(h.cwd, "cdktf.out"), { recursive: true });
  mkdirSync(join(h.cwd, "certs"), { recursive: true });
  const outputs = {
    identity_domain_url: OIC_DOMAIN, oic_app_id: OIC_APP_ID, oic_audience: OIC_AUDIENCE, oic_scope: OIC_FQS, apps: JSON.stringify(apps),
    client_credentials_client_id: "dev-oic-scheduler", client_credentials_client_secret: SECRET,
    trusted_client_id: TRUSTED, trusted_certificate_alias: ALIAS, fusion_scope: FUSION_FQS, signing_key_version_id: KEY_VERSION,
  };
  writeFileSync(join(h.cwd, "cdktf.out", "outputs-dev.json"), JSON.stringify({ dev: outputs }));
  writeFileSync(join(h.cwd, "certs", "dev.json"), JSON.stringify({ alias: ALIAS, keyId: "ocid1.key.oc1..k", keyVersionId: KEY_VERSION }));
  const resource = (type: string, name: string, values: Record<string, unknown>) => ({ address: `${type}.${name}`, mode: "managed", type, name, values: { idcs_endpoint: OIC_DOMAIN, ...values } });
  const appState = (id: string) => {
    const a = estate.oic.get("Apps", id) ?? estate.fusion.get("Apps", id)!;
    return resource("oci_identity_domains_app", `app_${a.name}`, { id, name: a.name, active: a.active, client_type: a.clientType, allowed_grants: a.allowedGrants, allowed_scopes: a.allowedScopes, redirect_uris: a.redirectUris ?? [], client_secret: SECRET });
  };
  const state = {
    format_version: "1.0",
    values: {
      root_module: {
        resources: [
          appState(estate.ids.sched), appState(estate.ids.vbcs), appState(estate.ids.trusted),
          ...Object.entries(estate.grants).map(([key, g]) => resource("oci_identity_domains_grant", `grant_${key.replace(/[^A-Za-z0-9_-]/g, "_")}`, { id: g.id })),
          resource("oci_identity_domains_oauth_client_certificate", `certificate_${ALIAS}`, { id: estate.ids.cert }),
        ],
      },
    },
  };
  writeFileSync(join(h.cwd, "state.json"), JSON.stringify(state));
}

let healthyPem: Promise<string> | undefined;

async function setUp(options: { separateFusion?: boolean; certPem?: string; now?: Date; engine?: EnvironmentConfig["engine"] } = {}): Promise<Setup> {
  // One valid certificate for every set-up that does not plant its own (RSA key generation is the slow part).
  healthyPem ??= certificatePem(ALIAS, { validityDays: 365 });
  const estate = await plantHealthyEstate({ separateFusion: options.separateFusion, certAlias: ALIAS, certPem: options.certPem ?? (await healthyPem) });
  const h = await harness(estate, [{ ...devEnvironment(options.separateFusion), ...(options.engine ? { engine: options.engine } : {}) }], options.now);
  writeDeployment(h, estate);
  return {
    estate,
    h,
    run: (...extra) => runDoctor(["dev", ...h.endpointArgs, "--state", "state.json", ...extra], h.deps),
    text: () => h.lines.join("\n"),
  };
}

describe("npm run doctor -- <env>: a healthy domain", () => {
  let s: Setup;
  beforeAll(async () => {
    s = await setUp();
  });
  afterAll(() => s.h.close());

  it("passes every check, one line each, and exits 0", async () => {
    expect(await s.run()).toBe(0);
    const text = s.text();
    expect(text).toMatch(/doctor dev: PASS \(\d+ checks, 0 failed, 0 warnings\)/);
    for (const name of ["token refresh allowed (flow B)", "dev-oic-scheduler active", "dev-oic-vbcs scope", "ServiceInvoker -> app dev-oic-scheduler", `ServiceInvoker -> user ${TESTER}`, `${TRUSTED} in the domain`, "certificate alias = the Function's key version", `certificate ${ALIAS} valid`, "oci_identity_domains_grant.grant_ServiceInvoker_dev-oic-vbcs"]) {
      expect(text).toMatch(new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+ok`));
    }
    expect(text).not.toMatch(/FAIL|WARN/);
    expect(text).not.toContain(SECRET);
    for (const secret of nonEmpty(s.estate.oic.list("Apps").flatMap((app) => (typeof app.clientSecret === "string" ? [app.clientSecret] : [])), "client secret")) expect(text).not.toContain(secret);
  });

  it("--json gives the same checks as data", async () => {
    s.h.lines.length = 0;
    expect(await s.run("--json")).toBe(0);
    const report = JSON.parse(s.text());
    expect(report).toMatchObject({ env: "dev", ok: true, domains: { oic: OIC_DOMAIN, fusion: OIC_DOMAIN } });
    expect(report.checks.every((c: { status: string }) => c.status === "ok")).toBe(true);
  });
});

type Plant = (e: PlantedEstate) => void;
const app = (e: PlantedEstate, name: string) => e.oic.find("Apps", "name", name)!;

describe("doctor names every planted misconfiguration", () => {
  const cases: [string, Plant, RegExp, RegExp][] = [
    ["inactive app", (e) => e.oic.update("Apps", e.ids.sched, { active: false }), /dev-oic-scheduler active\s+FAIL inactive/, /activate it/],
    ["missing app grant", (e) => e.oic.remove("Grants", e.grants["ServiceInvoker:dev-oic-scheduler"].id), /ServiceInvoker -> app dev-oic-scheduler\s+FAIL not granted/, /401\/403/],
    ["missing user grant", (e) => e.oic.remove("Grants", e.grants[`ServiceInvoker:${TESTER}`].id), new RegExp(`ServiceInvoker -> user ${TESTER}\\s+FAIL`), /recreate the grant/],
    ["wrong scope", (e) => e.oic.update("Apps", e.ids.sched, { allowedScopes: [{ fqs: OIC_FQS.replace(":443", "") }] }), /dev-oic-scheduler scope\s+FAIL/, /lacks ":443"/],
    ["OIC and Fusion scopes on one app", (e) => e.oic.update("Apps", e.ids.vbcs, { allowedScopes: [{ fqs: OIC_FQS }, { fqs: FUSION_FQS }] }), /dev-oic-vbcs scope\s+FAIL/, /both OIC's and Fusion's scopes/],
    ["refresh disabled on OIC's app", (e) => e.oic.update("Apps", e.ids.oicApp, { allowOffline: false }), /token refresh allowed \(flow B\)\s+FAIL/, /turn on token refresh/],
    ["grant type removed", (e) => e.oic.update("Apps", e.ids.vbcs, { allowedGrants: ["authorization_code"] }), /dev-oic-vbcs grant types\s+FAIL missing refresh_token/, /unauthorized_client/],
    ["certificate alias not the Function's", (e) => e.fusion.update("Apps", e.ids.trusted, { certificates: [{ certAlias: "hand-made-alias" }] }), /certificate alias = the Function's key version\s+FAIL/, /kid/],
    ["app deleted by hand (drift)", (e) => e.oic.remove("Apps", app(e, "dev-oic-scheduler").id), /app_dev-oic-scheduler\s+FAIL in the state, not in the domain/, /new client secret/],
    ["grant removed by hand (drift)", (e) => e.oic.remove("Grants", e.grants["ServiceInvoker:dev-oic-vbcs"].id), /grant_ServiceInvoker_dev-oic-vbcs\s+FAIL in the state, not in the domain/, /grantee gets 401\/403/],
    ["redirect URI changed by hand (drift)", (e) => e.oic.update("Apps", e.ids.vbcs, { redirectUris: ["https://elsewhere.example.com/cb"] }), /app_dev-oic-vbcs\s+FAIL changed by hand: redirect_uris/, /puts it back/],
  ];

  it.each(cases)("%s", async (_name, plant, line, cause) => {
    const s = await setUp();
    try {
      plant(s.estate);
      expect(await s.run()).toBe(1);
      expect(s.text()).toMatch(line);
      expect(s.text()).toMatch(cause);
      expect(s.text()).toMatch(/doctor dev: FAIL/);
    } finally {
      await s.h.close();
    }
  });

  it("an expired certificate fails, one expiring within 30 days warns (exit 0, or 1 with --strict)", async () => {
    const expired = await setUp({ certPem: await certificatePem(ALIAS, { notBefore: new Date(Date.now() - 400 * DAY), validityDays: 30 }) });
    try {
      expect(await expired.run()).toBe(1);
      expect(expired.text()).toMatch(new RegExp(`certificate ${ALIAS} valid\\s+FAIL expired`));
    } finally {
      await expired.h.close();
    }
    const soon = await setUp({ certPem: await certificatePem(ALIAS, { notBefore: new Date(Date.now() - 355 * DAY), validityDays: 365 }) });
    try {
      expect(await soon.run()).toBe(0);
      expect(soon.text()).toMatch(new RegExp(`certificate ${ALIAS} valid\\s+WARN expires .* \\(\\d days\\)`));
      expect(await soon.run("--strict")).toBe(1);
    } finally {
      await soon.h.close();
    }
  });

  it("a certificate over another key version than the Function signs with (certs/dev.json after a rotation)", async () => {
    const s = await setUp();
    try {
      writeFileSync(join(s.h.cwd, "certs", "dev.json"), JSON.stringify({ alias: ALIAS, keyVersionId: "ocid1.keyversion.oc1.iad.rotated" }));
      expect(await s.run()).toBe(1);
      expect(s.text()).toMatch(/certificate alias = the Function's key version\s+FAIL alias .* but key version ocid1.keyversion.oc1.iad.rotated gives/);
      expect(s.text()).toMatch(/npm run cert -- dev/);
    } finally {
      await s.h.close();
    }
  });

  it("reads a state file (version 4) as well as terraform show -json output", async () => {
    const s = await setUp();
    try {
      const v4 = { version: 4, resources: [{ mode: "managed", type: "oci_identity_domains_grant", name: "grant_ServiceInvoker_app_gone", instances: [{ attributes: { id: "no-such-grant", idcs_endpoint: OIC_DOMAIN } }] }] };
      writeFileSync(join(s.h.cwd, "terraform.dev.tfstate"), JSON.stringify(v4));
      expect(await runDoctor(["dev", ...s.h.endpointArgs, "--state", "terraform.dev.tfstate"], s.h.deps)).toBe(1);
      expect(s.text()).toMatch(/oci_identity_domains_grant.grant_ServiceInvoker_app_gone\s+FAIL in the state, not in the domain/);
    } finally {
      await s.h.close();
    }
  });

  it("a trusted app in OIC's domain instead of Fusion's", async () => {
    const s = await setUp({ separateFusion: true });
    try {
      const t = s.estate.fusion.get("Apps", s.estate.ids.trusted)!;
      s.estate.fusion.remove("Apps", t.id);
      const moved = s.estate.oic.add("Apps", { ...t, id: undefined });
      s.estate.ids.trusted = moved.id;
      expect(await s.run()).toBe(1);
      expect(s.text()).toMatch(new RegExp(`${TRUSTED} in Fusion's domain\\s+FAIL found in OIC's domain`));
      expect(s.text()).toMatch(/Fusion accepts only tokens its own domain issued/);
      expect(s.text()).toContain(FUSION_DOMAIN);
    } finally {
      await s.h.close();
    }
  });
});

describe("doctor: usage", () => {
  it("says how to get the outputs file, and refuses a state that is not one", async () => {
    const h = await harness({ oic: new ScimDirectory(), fusion: new ScimDirectory(), ids: {}, grants: {} }, [devEnvironment()]);
    try {
      await expect(runDoctor(["dev", ...h.endpointArgs], h.deps)).rejects.toThrow(/cdktf deploy dev --outputs-file/);
      await expect(runDoctor(["dev", ...h.endpointArgs], h.deps)).rejects.toThrow(UsageError);
      mkdirSync(join(h.cwd, "cdktf.out"), { recursive: true });
      writeFileSync(join(h.cwd, "cdktf.out", "outputs-dev.json"), JSON.stringify({ dev: { oic_app_id: OIC_APP_ID } }));
      writeFileSync(join(h.cwd, "bad.json"), JSON.stringify({ hello: 1 }));
      await expect(runDoctor(["dev", ...h.endpointArgs, "--state", "bad.json"], h.deps)).rejects.toThrow(/neither terraform show -json output nor a state file/);
    } finally {
      await h.close();
    }
  });
});

describe("npm run doctor -- <env> on a Resource Manager environment", () => {
  it("also runs Resource Manager's drift detection on the stack and reports a resource changed by hand as a failed check, its secret unshown", async () => {
    const compartmentId = devEnvironment().compartmentId;
    const s = await setUp({ engine: { type: "resource-manager", compartmentId } });
    const rm = await startResourceManagerStandin({ workDir: join(s.h.cwd, "rm"), terraformEnv: {} });
    const client = new ResourceManagerClient({ authenticationDetailsProvider: throwawayOciAuth() });
    client.endpoint = rm.url;
    try {
      const app = "oci_identity_domains_app.app_dev-oic-scheduler";
      const state = { version: 4, terraform_version: "1.11.4", serial: 3, lineage: "doctor-test", outputs: {}, resources: [{ mode: "managed", type: "oci_identity_domains_app", name: "app_dev-oic-scheduler", provider: 'provider["registry.terraform.io/oracle/oci"]', instances: [{ schema_version: 0, attributes: { id: s.estate.ids.sched, display_name: "Scheduler", client_secret: SECRET } }] }] };
      const zip = Buffer.from(zipSync({ "cdk.tf.json": new TextEncoder().encode("{}") })).toString("base64");
      const stack = await client.createStack({ createStackDetails: { compartmentId, displayName: "oic-access-dev", configSource: { configSourceType: "ZIP_UPLOAD", zipFileBase64Encoded: zip } as never, terraformVersion: "1.5.x" } });
      await client.createJob({ createJobDetails: { stackId: stack.stack.id!, jobOperationDetails: { operation: "IMPORT_TF_STATE", tfStateBase64Encoded: Buffer.from(JSON.stringify(state)).toString("base64") } as never } });
      await rm.idle();
      rm.changeOutOfBand(stack.stack.id!, app, { display_name: "Renamed by hand", client_secret: "changed-secret-must-not-print" });

      expect(await s.run("--connect-to", `${resourceManagerOrigin(devEnvironment().region)}=${rm.url}`)).toBe(1);
      const text = s.text();
      expect(text).toMatch(/\[drift\s*\] resource manager drift detection\s+ok\s+1 resources checked on stack ocid1\.ormstack\.\S+, 0 in sync/);
      expect(text).toMatch(new RegExp(`\\[drift\\s*\\] ${app.replace(/\./g, "\\.")}\\s+FAIL changed outside Terraform: client_secret \\(secret, not shown\\); display_name: expected "Scheduler", live "Renamed by hand"`));
      expect(text).toContain("fix: either run npm run pipeline -- deploy dev to restore the configuration, or put the change into stacks/dev.ts first");
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain("changed-secret-must-not-print");
    } finally {
      client.close();
      await rm.close();
      await s.h.close();
    }
  });
});

// Shared set-up for smoke tests: a hand-built StackModel, the stand-ins it
// configures, and a smoke runner whose output is captured.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer } from "node:net";
import type { StackModel, AppModel } from "../../lib/stack-model/stack-model";
import { seedFromStack } from "../../sandbox/cloud/seed-from-stack";
import { startCloud, type Cloud } from "../../sandbox/cloud/start-cloud";
import { defaultDeps, type SmokeDeps } from "../../tools/smoke/context";
import { parseSmokeArgs } from "../../tools/smoke/options";
import { runSmoke, type SmokeHooks } from "../../tools/smoke/run";
import { scriptedBrowser } from "../../sandbox/standins/scripted-login";

export const OIC_AUD = "https://oic-dev-test.integration.us-ashburn-1.ocp.oraclecloud.com:443";
export const FA_AUD = "https://fa-dev-test.fa.ocs.oraclecloud.com:443";
export const CONSUMER = "urn:opc:resource:consumer::all";

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function app(p: Partial<AppModel> & Pick<AppModel, "name" | "flow">): AppModel {
  return {
    address: `oci_identity_domains_app.${p.name}`,
    path: `dev/${p.name}/app`,
    displayName: p.name,
    clientType: "confidential",
    allowedGrants: [],
    scopes: [],
    redirectUris: [],
    certificateAliases: [],
    active: true,
    preventDestroy: false,
    ...p,
  };
}

export function sampleModel(redirectPort: number): StackModel {
  return {
    env: "dev",
    identityDomainUrl: "https://idcs-test.identity.oraclecloud.com",
    oic: { audience: OIC_AUD, scope: `${OIC_AUD}${CONSUMER}` },
    apps: [
      app({ name: "dev-oic-scheduler", flow: "client-credentials", allowedGrants: ["client_credentials"], scopes: [`${OIC_AUD}${CONSUMER}`] }),
      app({
        name: "dev-oic-vbcs",
        flow: "authorization-code",
        allowedGrants: ["authorization_code", "refresh_token"],
        scopes: [`${OIC_AUD}${CONSUMER}`, "offline_access"],
        redirectUris: ["https://vbcs.example.com/cb", `http://127.0.0.1:${redirectPort}/callback`],
      }),
      app({ name: "dev-oic-fusion-assertion", flow: "jwt-bearer", clientType: "trusted", allowedGrants: ["urn:ietf:params:oauth:grant-type:jwt-bearer"], scopes: [`${FA_AUD}${CONSUMER}`], certificateAliases: ["dev-assertion-v1"] }),
    ],
    grants: [
      { address: "g1", path: "dev/g1", grantee: { type: "App", appName: "dev-oic-scheduler" }, role: "ServiceInvoker", preventDestroy: false },
      { address: "g2", path: "dev/g2", grantee: { type: "App", appName: "dev-oic-vbcs" }, role: "ServiceInvoker", preventDestroy: false },
      { address: "g3", path: "dev/g3", grantee: { type: "User", userName: "integration.tester@example.com" }, role: "ServiceInvoker", preventDestroy: false },
    ],
    certificates: [],
    literalOutputs: { integration_path: "/ic/api/integration/v1/flows/rest/HELLO_WORLD/1.0/hello", integration_method: "GET", integration_expected_status: 200 },
    sensitiveOutputs: ["client_credentials_client_secret", "auth_code_client_secret"],
  };
}

export const FUSION_DOMAIN = "https://idcs-fusion-test.identity.oraclecloud.com";

/** The sample with the trusted app in Fusion's own identity domain (the seeds' main case). */
export function twoDomainModel(redirectPort: number): StackModel {
  const m = sampleModel(redirectPort);
  return {
    ...m,
    apps: m.apps.map((a) => ({ ...a, identityDomainUrl: a.flow === "jwt-bearer" ? FUSION_DOMAIN : m.identityDomainUrl })),
  };
}

export interface Harness {
  sb: Cloud;
  dir: string;
  outputsPath: string;
  tokenStore: string;
  lines: string[];
  /** Runs the smoke with extra CLI args; output is captured in `lines`. */
  smoke(args?: string[], hooks?: SmokeHooks, deps?: Partial<SmokeDeps>): ReturnType<typeof runSmoke>;
  login(): ReturnType<typeof runSmoke>;
  close(): Promise<void>;
}

export async function harness(model?: StackModel | ((port: number) => StackModel)): Promise<Harness> {
  const port = await freePort();
  const sb = await startCloud(seedFromStack(typeof model === "function" ? model(port) : (model ?? sampleModel(port))));
  const dir = mkdtempSync(join(tmpdir(), "oic-smoke-test-"));
  const outputsPath = join(dir, "outputs.json");
  sb.writeOutputsFile(outputsPath);
  const tokenStore = join(dir, "store", "refresh-token");
  const lines: string[] = [];
  const connect = Object.entries(sb.connectTo).flatMap(([from, to]) => ["--connect-to", `${from}=${to}`]);
  const base = ["dev", "--outputs", outputsPath, "--token-store", tokenStore, "--user", sb.loginUser, "--propagation-wait", "0", ...(sb.assertionKeyPath ? ["--assertion-key", sb.assertionKeyPath] : []), ...connect];
  const smoke = (args: string[] = [], hooks: SmokeHooks = {}, deps: Partial<SmokeDeps> = {}) =>
    runSmoke(parseSmokeArgs([...base, ...args], {}), defaultDeps({ log: (l) => lines.push(l), ...deps }), { vars: {}, ...hooks });
  return {
    sb,
    dir,
    outputsPath,
    tokenStore,
    lines,
    smoke,
    login: () => smoke(["login"], { openBrowser: scriptedBrowser(sb.loginUser) }),
    close: () => sb.close(),
  };
}

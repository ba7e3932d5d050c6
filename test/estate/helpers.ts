// A hand-made estate in SCIM stand-ins (the console's leftovers), an
// environment pointing at it, and adopt/doctor runners with captured output.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EnvironmentConfig } from "../../lib/config/environment";
import type { EstateDeps } from "../../tools/estate/context";
import { ScimDirectory, type ScimResource } from "../../sandbox/standins/scim-admin/directory";
import { startScimAdmin } from "../../sandbox/standins/scim-admin/handler";
import type { Listening } from "../../sandbox/standins/http-util";
import { createLocalCertificate } from "../../contract/local-signer";
import { throwawaySigner } from "../helpers/throwaway-signer";
import { throwawayOciAuth } from "../cert/oci-test-auth";
import { envWith, FUSION_FQS, OIC_AUDIENCE, OIC_FQS } from "../helpers/config";

export { FUSION_FQS, OIC_AUDIENCE, OIC_FQS };
export const OIC_DOMAIN = "https://idcs-0123456789abcdef0123456789abcdef.identity.oraclecloud.com";
export const FUSION_DOMAIN = "https://idcs-fa0123456789abcdef0123456789abcd.identity.oraclecloud.com";
export const OIC_APP_ID = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
export const TESTER = "integration.tester@example.com";
export const JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

export async function certificatePem(alias: string, options: { validityDays?: number; notBefore?: Date } = {}): Promise<string> {
  // The certificate's key never signs anything the estate checks.
  return (await createLocalCertificate(throwawaySigner(alias), options)).pem;
}

export interface PlantedEstate {
  oic: ScimDirectory;
  fusion: ScimDirectory;
  ids: Record<string, string>;
  /** Grants by "<role>:<grantee>". */
  grants: Record<string, ScimResource>;
}

/** What dev (stacks/dev.ts) declares, made by hand: the healthy estate. */
export async function plantHealthyEstate(options: { separateFusion?: boolean; filler?: number; certAlias?: string; certPem?: string; group?: string } = {}): Promise<PlantedEstate> {
  const oic = new ScimDirectory();
  const fusion = options.separateFusion ? new ScimDirectory() : oic;
  const oicApp = oic.addOicApp(OIC_AUDIENCE, { id: OIC_APP_ID });
  const sched = oic.addClientApp({ name: "dev-oic-scheduler", displayName: "Scheduler", allowedGrants: ["client_credentials"], scopes: [OIC_FQS] });
  const vbcs = oic.addClientApp({
    name: "dev-oic-vbcs",
    allowedGrants: ["authorization_code", "refresh_token"],
    scopes: [OIC_FQS],
    redirectUris: ["https://vbcs-dev.example.com/ic/builder/rt/app/live/oauth2callback", "http://127.0.0.1:8765/callback"],
  });
  const tester = oic.addUser(TESTER);
  const alias = options.certAlias ?? "dev-oic-fusion-assertion-v1";
  const trusted = fusion.addClientApp({ name: "dev-oic-fusion-assertion", clientType: "trusted", allowedGrants: [JWT_BEARER], scopes: [FUSION_FQS], certificateAliases: [alias] });
  const cert = fusion.addCertificate(alias, options.certPem ?? (await certificatePem(alias, { validityDays: 365 })));
  for (let i = 0; i < (options.filler ?? 0); i += 1) {
    oic.addClientApp({ name: `other-app-${i}`, allowedGrants: ["client_credentials"], scopes: [`https://other-${i}.example.com:443urn:opc:resource:consumer::all`] });
  }
  const grants: Record<string, ScimResource> = {
    "ServiceInvoker:dev-oic-scheduler": oic.addGrant(oicApp.id, "ServiceInvoker", { type: "App", id: sched.id }),
    "ServiceInvoker:dev-oic-vbcs": oic.addGrant(oicApp.id, "ServiceInvoker", { type: "App", id: vbcs.id }),
    [`ServiceInvoker:${TESTER}`]: oic.addGrant(oicApp.id, "ServiceInvoker", { type: "User", id: tester.id }),
  };
  if (options.group) grants[`ServiceInvoker:${options.group}`] = oic.addGrant(oicApp.id, "ServiceInvoker", { type: "Group", id: oic.addGroup(options.group).id });
  return { oic, fusion, ids: { oicApp: oicApp.id, sched: sched.id, vbcs: vbcs.id, tester: tester.id, trusted: trusted.id, cert: cert.id }, grants };
}

/** dev, with Fusion's own domain when `separateFusion`. */
export function devEnvironment(separateFusion = false): EnvironmentConfig {
  return envWith((c) => {
    c.identityDomainUrl = OIC_DOMAIN;
    if (separateFusion) c.fusion = { ...c.fusion!, identityDomainUrl: FUSION_DOMAIN };
  });
}

/** dev before adoption: the domain facts only, no apps declared yet. */
export function adoptSkeleton(separateFusion = false): EnvironmentConfig {
  const dev = devEnvironment(separateFusion);
  return { ...dev, clientCredentialsApps: [], authCodeApps: [], assertion: { ...dev.assertion!, trustedAppName: "dev-trusted-to-be-adopted" } };
}

export interface Harness {
  cwd: string;
  lines: string[];
  progress: string[];
  deps: EstateDeps;
  endpointArgs: string[];
  close(): Promise<void>;
}

export async function harness(estate: PlantedEstate, environments: readonly EnvironmentConfig[], now?: Date): Promise<Harness> {
  const servers: Listening[] = [await startScimAdmin(estate.oic)];
  if (estate.fusion !== estate.oic) servers.push(await startScimAdmin(estate.fusion));
  const endpointArgs = ["--connect-to", `${OIC_DOMAIN}=${servers[0].url}`];
  if (servers[1]) endpointArgs.push("--connect-to", `${FUSION_DOMAIN}=${servers[1].url}`);
  const lines: string[] = [];
  const progress: string[] = [];
  const auth = throwawayOciAuth();
  const cwd = mkdtempSync(join(tmpdir(), "estate-"));
  return {
    cwd,
    lines,
    progress,
    endpointArgs,
    deps: { environments, cwd, out: (l) => lines.push(l), progress: (l) => progress.push(l), auth: async () => auth, now: now ? () => now : undefined },
    close: async () => {
      await Promise.all(servers.map((s) => s.close()));
    },
  };
}

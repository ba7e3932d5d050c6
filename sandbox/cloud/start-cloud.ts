/**
 * The fake cloud: the one way to start the loopback stand-ins of an
 * environment (identity domain(s), OIC, Fusion, Functions invoke with the
 * real Function bundle signing through the KMS stand-in) from a seed, and
 * the one handle the smoke tests, the benchmark and the rehearsal hold.
 *
 * Why here: `sandbox/standins/` holds one stand-in per service, each
 * started on its own; `sandbox/cloud/` is where they become one cloud, and
 * where its two seeds are built (`seed-from-stack.ts`: a synthesized stack,
 * for the smoke tests; `seed-from-terraform.ts`: what Terraform applied,
 * for the rehearsal). `sandbox/rehearsal/` uses it and is not needed to
 * start it.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FUNCTION_CONFIG } from "../../contract/outputs";
import type { DomainState } from "../standins/domain-state";
import { startFunctionsInvokeStandin, type FunctionsInvokeStandin } from "../standins/functions-invoke";
import { startFusion, type FusionStandin } from "../standins/fusion";
import { startIdentityDomain, type IdentityDomainStandin } from "../standins/identity-domain";
import type { KmsStandin } from "../standins/kms";
import { startOic, type OicStandin } from "../standins/oic";
import type { OicDesignStore } from "../standins/oic-design";
import type { CloudSeed } from "./seed";

export interface CloudOptions {
  /** The Vault stand-in the certificate phase used; the Functions invoke stand-in signs through it (absent: no Functions). */
  readonly kms?: KmsStandin;
  /** dist/function/func.js, run by the Functions invoke stand-in (absent: no Functions). */
  readonly functionBundle?: string;
  /** oic-native: OIC's certificate store and connections (they outlive one cloud). */
  readonly oicDesign?: OicDesignStore;
}

export interface Cloud {
  /** `{ <output name>: value }`: what the smoke reads (Terraform's own, or made for a synthesized stack). */
  readonly outputs: Record<string, unknown>;
  /** Real origin -> loopback stand-in (the smoke's `--connect-to`). */
  readonly connectTo: Record<string, string>;
  /** Who the scripted login signs in as for flow B. */
  readonly loginUser: string;
  /** The loopback redirect URI (a free port) the stand-in alone added for the scripted login (the stack declares none). */
  readonly addedRedirectUri?: string;
  /** PEM private key file of the trusted app, for a synthesized stack (mode 0600, in a temp dir close() removes). */
  readonly assertionKeyPath?: string;
  readonly notes: readonly string[];
  /** The URLs the outputs name for OIC's and Fusion's identity domains (the same with one domain). */
  readonly domainUrls: { readonly oic: string; readonly fusion: string };
  /** OIC's identity domain (holds everything when the stack has one domain). */
  readonly state: DomainState;
  readonly domain: IdentityDomainStandin;
  /** Fusion's identity domain: the trusted app and its certificates; the same objects as state/domain with one domain. */
  readonly fusionState: DomainState;
  readonly fusionDomain: IdentityDomainStandin;
  /** True when the trusted app lives in a domain of its own (two stand-ins, two signing keys). */
  readonly twoDomains: boolean;
  readonly oic: OicStandin;
  /** Absent when the stack has no identity propagation. */
  readonly fusion?: FusionStandin;
  readonly functions?: FunctionsInvokeStandin;
  /** oic-native: the store OIC's stand-in serves (tests break the connection through it). */
  readonly oicDesign?: OicDesignStore;
  /** Writes `{ <env>: outputs }` (mode 0600), as `cdktf deploy --outputs-file` would. */
  writeOutputsFile(path: string): void;
  /** Stops every stand-in and removes every file the cloud wrote. */
  close(): Promise<void>;
}

const origin = (url: string): string => new URL(url).origin;

/** A port free on loopback now, for a redirect URI only the stand-in knows (two clouds at once do not collide). */
async function freeLoopbackPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Rewrites a URL whose origin a stand-in serves to that stand-in. */
function router(connectTo: Record<string, string>): (url: string) => string {
  return (url) => {
    const to = URL.canParse(url) ? connectTo[origin(url)] : undefined;
    return to ? `${to}${url.slice(origin(url).length)}` : url;
  };
}

export async function startCloud(seed: CloudSeed, o: CloudOptions = {}): Promise<Cloud> {
  const notes = [...seed.notes];
  const closers: (() => Promise<void>)[] = [];
  const closeAll = async () => void (await Promise.allSettled(closers.splice(0).reverse().map((c) => c())));
  const connectTo: Record<string, string> = {};
  const route = router(connectTo);
  try {
    let addedRedirectUri: string | undefined;
    if (seed.loopbackRedirectFor) {
      addedRedirectUri = `http://127.0.0.1:${await freeLoopbackPort()}/callback`;
      seed.oic.app(seed.loopbackRedirectFor).redirectUris.push(addedRedirectUri);
      notes.push(`the stand-in alone adds ${addedRedirectUri} (a free port) to ${seed.loopbackRedirectFor}'s redirect URIs for the scripted login; the stack's own are unchanged`);
    }
    let assertionKeyPath: string | undefined;
    if (seed.trustedKey) {
      const dir = mkdtempSync(join(tmpdir(), "oic-access-sandbox-key-"));
      const { release } = seed.trustedKey;
      closers.push(async () => {
        rmSync(dir, { recursive: true, force: true });
        release?.();
      });
      assertionKeyPath = join(dir, "trusted-app-key.pem");
      writeFileSync(assertionKeyPath, seed.trustedKey.privateKeyPem, { mode: 0o600 });
    }

    // Each domain stand-in makes its own signing key: Fusion's stand-in trusts only Fusion's domain.
    const domain = await startIdentityDomain(seed.oic, { publicUrl: seed.domainUrls?.oic });
    closers.push(() => domain.close());
    let fusionDomain = domain;
    if (seed.fusion !== seed.oic) {
      fusionDomain = await startIdentityDomain(seed.fusion, { publicUrl: seed.domainUrls?.fusion });
      closers.push(() => fusionDomain.close());
    }
    const domainUrls = seed.domainUrls ?? { oic: domain.url, fusion: fusionDomain.url };
    if (seed.domainUrls) {
      connectTo[origin(domainUrls.oic)] = domain.url;
      connectTo[origin(domainUrls.fusion)] = fusionDomain.url;
    }
    if (fusionDomain !== domain && !seed.domainUrls) notes.push(`two identity domains: OIC's at ${domain.url}, Fusion's (trusted app) at ${fusionDomain.url}`);

    const oic = await startOic({
      state: seed.oic,
      jwksUrl: domain.jwksUrl,
      audience: seed.oicAudience,
      integrations: [...seed.integrations],
      design: o.oicDesign ? { store: o.oicDesign, state: seed.oic, route } : undefined,
    });
    closers.push(() => oic.close());
    connectTo[origin(seed.oicBaseUrl)] = oic.url;
    if (seed.oicApiUrl) connectTo[origin(seed.oicApiUrl)] = oic.url;

    let fusion: FusionStandin | undefined;
    if (seed.fusionResource) {
      const f = await startFusion({ state: seed.fusion, jwksUrl: fusionDomain.jwksUrl, audience: seed.fusionResource.audience, smokePath: seed.fusionResource.smokePath });
      fusion = f;
      closers.push(() => f.close());
      connectTo[origin(seed.fusionResource.baseUrl)] = f.url;
    }

    let functions: FunctionsInvokeStandin | undefined;
    if (seed.functions && o.kms && o.functionBundle) {
      connectTo[origin(seed.functions.cryptoEndpoint)] = o.kms.cryptoEndpoint;
      // The Function's own calls (token URL, KMS, Fusion's domain) are routed like the smoke's; the assertions' `aud` is written into tokens, not called: it stays as deployed.
      const fnRoute = (url: string, key: string): string => (key === FUNCTION_CONFIG.assertionAudience ? url : route(url));
      const fns = await startFunctionsInvokeStandin({ functions: seed.functions.configs, bundle: o.functionBundle, route: fnRoute });
      functions = fns;
      closers.push(() => fns.close());
      connectTo[origin(seed.functions.invokeEndpoint)] = fns.url;
    }

    const outputs = seed.outputs({ oic: domain, fusion: fusionDomain });
    let closed = false;
    return {
      outputs,
      connectTo,
      loginUser: seed.loginUser,
      addedRedirectUri,
      assertionKeyPath,
      notes,
      domainUrls,
      state: seed.oic,
      domain,
      fusionState: seed.fusion,
      fusionDomain,
      twoDomains: fusionDomain !== domain,
      oic,
      fusion,
      functions,
      oicDesign: o.oicDesign,
      writeOutputsFile(path: string) {
        writeFileSync(path, `${JSON.stringify({ [seed.env]: outputs }, null, 2)}\n`, { mode: 0o600 });
      },
      async close() {
        if (closed) return;
        closed = true;
        await closeAll();
      },
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

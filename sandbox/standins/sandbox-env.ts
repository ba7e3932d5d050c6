/**
 * Starts the stand-ins for a StackModel (two identity domains when the stack
 * puts the trusted app in Fusion's own domain) and describes them as a stack
 * outputs block (what `cdktf deploy --outputs-file` would write), plus the
 * --connect-to map that sends OIC's and Fusion's real host names to them.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { KeyObject } from "node:crypto";
import { lendRsaKey, type LentKey } from "./key-pool";
import { DEFAULT_FUSION_SMOKE_PATH } from "../../contract/deployed-outputs";
import { assertionAudience, LEGACY_IDCS_AUDIENCE } from "../../contract/identity-domain";
import { OUTPUTS } from "../../contract/outputs";
import type { StackModel } from "../../lib/stack-model/stack-model";
import { CONSUMER_SCOPE } from "../../contract/scope";
import { isLoopbackUrl } from "../../contract/loopback";
import { INTEGRATION_PREFIX } from "../../tools/smoke/integration-path";
import type { DomainState } from "./domain-state";
import { domainStateFromStack, pickLoginUser, stackAudiences, stackDomains, type SandboxIdentity } from "./from-stack";
import { startFusion, type FusionStandin } from "./fusion";
import { startIdentityDomain, type IdentityDomainStandin } from "./identity-domain";
import { startOic, type OicStandin } from "./oic";

export interface SandboxOptions {
  integration?: { method?: string; path?: string; expectedStatus?: number };
  fusionSmokePath?: string;
  loginUser?: string;
  /** Redirect URI the scripted login listens on when the stack declares no loopback one. */
  fallbackLoopbackRedirect?: string;
}

export interface Sandbox {
  /** OIC's identity domain (holds everything when the stack has one domain). */
  state: DomainState;
  domain: IdentityDomainStandin;
  /** Fusion's identity domain: the trusted app and its certificates; the same objects as state/domain with one domain. */
  fusionState: DomainState;
  fusionDomain: IdentityDomainStandin;
  /** True when the stack puts the trusted app in a domain of its own (two stand-ins, two signing keys). */
  twoDomains: boolean;
  oic: OicStandin;
  fusion: FusionStandin;
  /** `{ <output name>: value }` for the env. */
  outputs: Record<string, unknown>;
  connectTo: Record<string, string>;
  loginUser: string;
  /** PEM private key file of the trusted app (mode 0600, in a temp dir that close() removes). */
  assertionKeyPath?: string;
  notes: string[];
  writeOutputsFile(path: string): void;
  /** Stops the stand-ins and removes every file the sandbox wrote (the trusted app's private key). */
  close(): Promise<void>;
}


function originOf(audience: string): string {
  return new URL(audience).origin; // drops :443 for https
}

interface TrustedKey {
  alias: string;
  publicKey: KeyObject;
  dir: string;
  keyPath: string;
  lent: LentKey;
}

/** A key pair (lent by the pool) for the trusted app; its private half goes to a 0600 file in a fresh temp dir. */
function trustedKey(model: StackModel, notes: string[]): TrustedKey | undefined {
  const trustedApp = model.apps.find((a) => a.clientType === "trusted" || a.flow === "jwt-bearer");
  if (!trustedApp) return undefined;
  const alias = trustedApp.certificateAliases[0] ?? `${trustedApp.name}-v1`;
  const lent = lendRsaKey();
  const { privateKey, publicKey } = lent;
  if (model.certificates.some((c) => c.alias === alias)) notes.push(`the stack's certificate "${alias}" has its private key elsewhere; the sandbox trusts a key of its own under that alias`);
  const dir = mkdtempSync(join(tmpdir(), "oic-access-sandbox-key-"));
  const keyPath = join(dir, "trusted-app-key.pem");
  writeFileSync(keyPath, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
  return { alias, publicKey, dir, keyPath, lent };
}

/**
 * One DomainState per identity domain. With two, OIC's holds OIC's apps and
 * grants, Fusion's the trusted app; users exist in both (federation).
 */
function domainStates(model: StackModel, id: Omit<SandboxIdentity, "resources">, key: TrustedKey | undefined): { oic: DomainState; fusion: DomainState } {
  const bare = { ...model, certificates: [] };
  const { fusion: fusionUrl } = stackDomains(model);
  const isTrusted = (a: StackModel["apps"][number]) => a.clientType === "trusted" || a.flow === "jwt-bearer";
  const oic = fusionUrl
    ? domainStateFromStack({ ...bare, apps: model.apps.filter((a) => !isTrusted(a)) }, { ...id, resources: ["oic"] })
    : domainStateFromStack(bare, id);
  const fusion = fusionUrl ? domainStateFromStack({ ...bare, apps: model.apps.filter(isTrusted), grants: [] }, { ...id, resources: ["fusion"] }) : oic;
  if (fusion !== oic) for (const u of oic.users) fusion.users.add(u);
  const trusted = model.apps.find(isTrusted);
  if (trusted && key) fusion.app(trusted.name).certificates.set(key.alias, key.publicKey);
  return { oic, fusion };
}

/** Flow B needs a loopback redirect URI to log in through. */
function ensureLoopback(model: StackModel, state: DomainState, o: SandboxOptions, notes: string[]): void {
  const acApp = model.apps.find((a) => a.flow === "authorization-code");
  if (acApp && !acApp.redirectUris.some((u) => u.startsWith("http:") && isLoopbackUrl(u) && new URL(u).port !== "")) {
    const fallback = o.fallbackLoopbackRedirect ?? "http://127.0.0.1:8765/callback";
    state.app(acApp.name).redirectUris.push(fallback);
    notes.push(`the stack declares no loopback redirect URI for ${acApp.name}; the sandbox's stand-in alone adds ${fallback}`);
  }
}

function integrationOf(model: StackModel, o: SandboxOptions): { method: string; relPath: string; expectedStatus: number; fusionSmokePath: string } {
  const lit = model.literalOutputs;
  const fullPath = String(o.integration?.path ?? lit[OUTPUTS.integrationPath] ?? "HELLO_WORLD/1.0/hello");
  return {
    relPath: fullPath.startsWith(INTEGRATION_PREFIX) ? fullPath.slice(INTEGRATION_PREFIX.length) : fullPath,
    method: String(o.integration?.method ?? lit[OUTPUTS.integrationMethod] ?? "GET").toUpperCase(),
    expectedStatus: Number(o.integration?.expectedStatus ?? lit[OUTPUTS.integrationExpectedStatus] ?? 200),
    fusionSmokePath: String(o.fusionSmokePath ?? lit[OUTPUTS.fusionSmokePath] ?? DEFAULT_FUSION_SMOKE_PATH),
  };
}

export async function startSandbox(model: StackModel, o: SandboxOptions = {}): Promise<Sandbox> {
  const notes: string[] = [];
  const auds = stackAudiences(model);
  const oicAudience = auds.oic ?? `https://oic-${model.env}.sandbox.invalid:443`;
  const fusionAudience = auds.fusion ?? `https://fa-${model.env}.sandbox.invalid:443`;
  if (!auds.oic) notes.push(`the OIC audience is resolved at apply time; the sandbox uses ${oicAudience}`);
  const loginUser = o.loginUser ?? pickLoginUser(model);
  const key = trustedKey(model, notes);
  const states = domainStates(model, { oicAudience, fusionAudience, loginUser }, key);
  // A stack that chose the legacy IDCS aud (assertion.legacyIdcsAudience) is deployed where Fusion's domain accepts it.
  if (model.literalOutputs[OUTPUTS.assertionAudience] === LEGACY_IDCS_AUDIENCE) states.fusion.acceptLegacyAudience = true;
  ensureLoopback(model, states.oic, o, notes);
  const it = integrationOf(model, o);

  // Each stand-in makes its own signing key: Fusion's stand-in trusts only Fusion's domain.
  const domain = await startIdentityDomain(states.oic);
  const fusionDomain = states.fusion === states.oic ? domain : await startIdentityDomain(states.fusion);
  const oic = await startOic({ state: states.oic, jwksUrl: domain.jwksUrl, audience: oicAudience, integrations: [{ method: it.method, path: it.relPath, status: it.expectedStatus }] });
  const fusion = await startFusion({ state: states.fusion, jwksUrl: fusionDomain.jwksUrl, audience: fusionAudience, smokePath: it.fusionSmokePath });
  if (fusionDomain !== domain) notes.push(`two identity domains: OIC's at ${domain.url}, Fusion's (trusted app) at ${fusionDomain.url}`);

  const outputs = sandboxOutputs(model, { domain, fusionDomain, states, oicAudience, fusionAudience, key, ...it });
  const oicBase = originOf(oicAudience);
  const fusionBase = originOf(fusionAudience);
  let closed = false;
  return {
    state: states.oic,
    domain,
    fusionState: states.fusion,
    fusionDomain,
    twoDomains: fusionDomain !== domain,
    oic,
    fusion,
    outputs,
    connectTo: { [oicBase]: oic.url, [fusionBase]: fusion.url },
    loginUser,
    assertionKeyPath: key?.keyPath,
    notes,
    writeOutputsFile(path: string) {
      writeFileSync(path, `${JSON.stringify({ [model.env]: outputs }, null, 2)}\n`, { mode: 0o600 });
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await Promise.all([domain.close(), ...(fusionDomain !== domain ? [fusionDomain.close()] : []), oic.close(), fusion.close()]);
      } finally {
        if (key) {
          rmSync(key.dir, { recursive: true, force: true });
          key.lent.release();
        }
      }
    },
  };
}

interface OutputInputs {
  domain: IdentityDomainStandin;
  fusionDomain: IdentityDomainStandin;
  states: { oic: DomainState; fusion: DomainState };
  oicAudience: string;
  fusionAudience: string;
  key?: TrustedKey;
  method: string;
  relPath: string;
  expectedStatus: number;
  fusionSmokePath: string;
}

/** What `cdktf deploy --outputs-file` would write for the stand-ins. */
function sandboxOutputs(model: StackModel, x: OutputInputs): Record<string, unknown> {
  const cc = model.apps.find((a) => a.flow === "client-credentials");
  const ac = model.apps.find((a) => a.flow === "authorization-code");
  const trusted = model.apps.find((a) => a.clientType === "trusted" || a.flow === "jwt-bearer");
  const outputs: Record<string, unknown> = {
    [OUTPUTS.identityDomainUrl]: x.domain.url,
    [OUTPUTS.tokenUrl]: x.domain.tokenUrl,
    [OUTPUTS.authorizeUrl]: x.domain.authorizeUrl,
    [OUTPUTS.oicAudience]: x.oicAudience,
    [OUTPUTS.oicScope]: `${x.oicAudience}${CONSUMER_SCOPE}`,
    [OUTPUTS.oicBaseUrl]: originOf(x.oicAudience),
    [OUTPUTS.integrationMethod]: x.method,
    [OUTPUTS.integrationPath]: `${INTEGRATION_PREFIX}${x.relPath}`,
    [OUTPUTS.integrationExpectedStatus]: x.expectedStatus,
    [OUTPUTS.apps]: JSON.stringify(model.apps.map((a) => ({ name: a.name, flow: a.flow, clientId: a.name }))),
  };
  if (cc) Object.assign(outputs, { [OUTPUTS.clientCredentialsClientId]: cc.name, [OUTPUTS.clientCredentialsClientSecret]: x.states.oic.app(cc.name).secret });
  if (ac) {
    const app = x.states.oic.app(ac.name);
    Object.assign(outputs, { [OUTPUTS.authCodeClientId]: ac.name, [OUTPUTS.authCodeClientSecret]: app.secret, [OUTPUTS.authCodeRedirectUris]: app.redirectUris });
  }
  if (trusted && x.key) {
    Object.assign(outputs, {
      [OUTPUTS.trustedClientId]: trusted.name,
      [OUTPUTS.trustedCertificateAlias]: x.key.alias,
      [OUTPUTS.fusionIdentityDomainUrl]: x.fusionDomain.url,
      [OUTPUTS.fusionTokenUrl]: x.fusionDomain.tokenUrl,
      // The stack's own choice when it made the legacy IDCS one; else the stand-in domain's URL, as the stack derives it.
      [OUTPUTS.assertionAudience]: model.literalOutputs[OUTPUTS.assertionAudience] === LEGACY_IDCS_AUDIENCE ? LEGACY_IDCS_AUDIENCE : assertionAudience(x.fusionDomain.url),
      [OUTPUTS.fusionScope]: `${x.fusionAudience}${CONSUMER_SCOPE}`,
      [OUTPUTS.fusionBaseUrl]: originOf(x.fusionAudience),
      [OUTPUTS.fusionSmokePath]: x.fusionSmokePath,
    });
  }
  return outputs;
}

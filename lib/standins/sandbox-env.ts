/**
 * Starts the three stand-ins for a StackModel and describes them as a stack
 * outputs block (what `cdktf deploy --outputs-file` would write), plus the
 * --connect-to map that sends OIC's and Fusion's real host names to them.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { OUTPUTS } from "../../contract/outputs";
import type { StackModel } from "../synth/stack-model";
import { CONSUMER_SCOPE } from "../../contract/scope";
import { isLoopbackUrl } from "../../contract/loopback";
import { INTEGRATION_PREFIX } from "../smoke/integration-path";
import type { DomainState } from "./domain-state";
import { domainStateFromStack, pickLoginUser, stackAudiences } from "./from-stack";
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
  state: DomainState;
  domain: IdentityDomainStandin;
  oic: OicStandin;
  fusion: FusionStandin;
  /** `{ <output name>: value }` for the env. */
  outputs: Record<string, unknown>;
  connectTo: Record<string, string>;
  loginUser: string;
  /** PEM private key file of the trusted app (mode 0600, in a temp dir). */
  assertionKeyPath?: string;
  notes: string[];
  writeOutputsFile(path: string): void;
  close(): Promise<void>;
}

const DEFAULT_FUSION_PATH = "/hcmRestApi/resources/11.13.18.05/userAccounts?limit=1";

function originOf(audience: string): string {
  return new URL(audience).origin; // drops :443 for https
}

export async function startSandbox(model: StackModel, o: SandboxOptions = {}): Promise<Sandbox> {
  const notes: string[] = [];
  const auds = stackAudiences(model);
  const oicAudience = auds.oic ?? `https://oic-${model.env}.sandbox.invalid:443`;
  const fusionAudience = auds.fusion ?? `https://fa-${model.env}.sandbox.invalid:443`;
  if (!auds.oic) notes.push(`the OIC audience is resolved at apply time; the sandbox uses ${oicAudience}`);
  const loginUser = o.loginUser ?? pickLoginUser(model);

  // The trusted app's certificate: the stack's if it carries one; otherwise a key made now.
  const trustedApp = model.apps.find((a) => a.clientType === "trusted" || a.flow === "jwt-bearer");
  const alias = trustedApp?.certificateAliases[0] ?? (trustedApp ? `${trustedApp.name}-v1` : undefined);
  const extra = new Map<string, KeyObject>();
  let assertionKeyPath: string | undefined;
  if (trustedApp && alias) {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const hasStackCert = model.certificates.some((c) => c.alias === alias);
    if (hasStackCert) notes.push(`the stack's certificate "${alias}" has its private key elsewhere; the sandbox trusts a key of its own under that alias`);
    extra.set(alias, publicKey);
    const dir = mkdtempSync(join(tmpdir(), "oic-access-sandbox-"));
    assertionKeyPath = join(dir, "trusted-app-key.pem");
    writeFileSync(assertionKeyPath, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
  }
  const state = domainStateFromStack({ ...model, certificates: [] }, { oicAudience, fusionAudience, loginUser, extraCertificates: extra });
  if (trustedApp && alias && !trustedApp.certificateAliases.includes(alias)) state.app(trustedApp.name).certificates.set(alias, extra.get(alias)!);

  // Flow B needs a loopback redirect URI to log in through.
  const acApp = model.apps.find((a) => a.flow === "authorization-code");
  if (acApp && !acApp.redirectUris.some((u) => u.startsWith("http:") && isLoopbackUrl(u) && new URL(u).port !== "")) {
    const fallback = o.fallbackLoopbackRedirect ?? "http://127.0.0.1:8765/callback";
    state.app(acApp.name).redirectUris.push(fallback);
    notes.push(`the stack declares no loopback redirect URI for ${acApp.name}; the sandbox's stand-in alone adds ${fallback}`);
  }

  const lit = model.literalOutputs;
  const fullPath = String(o.integration?.path ?? lit[OUTPUTS.integrationPath] ?? "HELLO_WORLD/1.0/hello");
  const relPath = fullPath.startsWith(INTEGRATION_PREFIX) ? fullPath.slice(INTEGRATION_PREFIX.length) : fullPath;
  const method = String(o.integration?.method ?? lit[OUTPUTS.integrationMethod] ?? "GET").toUpperCase();
  const expectedStatus = Number(o.integration?.expectedStatus ?? lit[OUTPUTS.integrationExpectedStatus] ?? 200);
  const fusionSmokePath = String(o.fusionSmokePath ?? lit[OUTPUTS.fusionSmokePath] ?? DEFAULT_FUSION_PATH);

  const domain = await startIdentityDomain(state);
  const oic = await startOic({ state, jwksUrl: domain.jwksUrl, audience: oicAudience, integrations: [{ method, path: relPath, status: expectedStatus }] });
  const fusion = await startFusion({ state, jwksUrl: domain.jwksUrl, audience: fusionAudience, smokePath: fusionSmokePath });

  const oicBase = originOf(oicAudience);
  const fusionBase = originOf(fusionAudience);
  const cc = model.apps.find((a) => a.flow === "client-credentials");
  const outputs: Record<string, unknown> = {
    [OUTPUTS.identityDomainUrl]: domain.url,
    [OUTPUTS.tokenUrl]: domain.tokenUrl,
    [OUTPUTS.authorizeUrl]: domain.authorizeUrl,
    [OUTPUTS.oicAudience]: oicAudience,
    [OUTPUTS.oicScope]: `${oicAudience}${CONSUMER_SCOPE}`,
    [OUTPUTS.oicBaseUrl]: oicBase,
    [OUTPUTS.integrationMethod]: method,
    [OUTPUTS.integrationPath]: `${INTEGRATION_PREFIX}${relPath}`,
    [OUTPUTS.integrationExpectedStatus]: expectedStatus,
    [OUTPUTS.apps]: JSON.stringify(model.apps.map((a) => ({ name: a.name, flow: a.flow, clientId: a.name }))),
  };
  if (cc) {
    outputs[OUTPUTS.clientCredentialsClientId] = cc.name;
    outputs[OUTPUTS.clientCredentialsClientSecret] = state.app(cc.name).secret;
  }
  if (acApp) {
    outputs[OUTPUTS.authCodeClientId] = acApp.name;
    outputs[OUTPUTS.authCodeClientSecret] = state.app(acApp.name).secret;
    outputs[OUTPUTS.authCodeRedirectUris] = state.app(acApp.name).redirectUris;
  }
  if (trustedApp && alias) {
    outputs[OUTPUTS.trustedClientId] = trustedApp.name;
    outputs[OUTPUTS.trustedCertificateAlias] = alias;
    outputs[OUTPUTS.fusionScope] = `${fusionAudience}${CONSUMER_SCOPE}`;
    outputs[OUTPUTS.fusionBaseUrl] = fusionBase;
    outputs[OUTPUTS.fusionSmokePath] = fusionSmokePath;
  }
  return {
    state,
    domain,
    oic,
    fusion,
    outputs,
    connectTo: { [oicBase]: oic.url, [fusionBase]: fusion.url },
    loginUser,
    assertionKeyPath,
    notes,
    writeOutputsFile(path: string) {
      writeFileSync(path, `${JSON.stringify({ [model.env]: outputs }, null, 2)}\n`, { mode: 0o600 });
    },
    async close() {
      await Promise.all([domain.close(), oic.close(), fusion.close()]);
    },
  };
}

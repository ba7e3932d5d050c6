/**
 * The fake cloud's seed from a synthesized stack (StackModel; no Terraform),
 * so the smoke tests exercise what the constructs declare: registered
 * clients = the apps (secrets generated now, as Terraform's apply would),
 * allowed grants and scopes as declared, ServiceInvoker membership = the
 * grants, users = grantee users plus the scripted login user; two identity
 * domains when the trusted app's `idcs_endpoint` names Fusion's own.
 *
 * Values Terraform resolves at apply time (`${...}` references, e.g. an OIC
 * audience read from the instance) are replaced by the sandbox's own. The
 * outputs are what `cdktf deploy --outputs-file` would write, with the
 * stand-ins' loopback URLs as the domains' URLs.
 */
import { X509Certificate, type KeyObject } from "node:crypto";
import { lendRsaKey } from "../standins/key-pool";
import type { StackModel } from "../../lib/stack-model/stack-model";
import { DEFAULT_FUSION_SMOKE_PATH } from "../../contract/deployed-outputs";
import { assertionAudience, LEGACY_IDCS_AUDIENCE } from "../../contract/identity-domain";
import { INTEGRATION_PREFIX } from "../../contract/integration-path";
import { isLoopbackUrl } from "../../contract/loopback";
import { OUTPUTS } from "../../contract/outputs";
import { CONSUMER_SCOPE, OFFLINE_ACCESS, splitScope } from "../../contract/scope";
import { DomainState } from "../standins/domain-state";
import type { CloudSeed, StartedDomains } from "./seed";

export interface SandboxIdentity {
  oicAudience: string;
  fusionAudience: string;
  /** User the scripted login signs in as. */
  loginUser: string;
  /** Resource apps this domain holds. @default both (one domain for OIC and Fusion) */
  resources?: readonly ("oic" | "fusion")[];
}

const isReference = (s: string) => s.includes("${");

/** The audiences a stack declares, where literal; undefined where resolved at apply time. */
export function stackAudiences(model: StackModel): { oic?: string; fusion?: string } {
  const fusionScope = model.literalOutputs.fusion_scope;
  const fromTrusted = model.apps.find((a) => a.flow === "jwt-bearer")?.scopes.find((s) => !isReference(s));
  const fusion = typeof fusionScope === "string" && !isReference(fusionScope) ? splitScope(fusionScope)?.audience : fromTrusted ? splitScope(fromTrusted)?.audience : undefined;
  const oic = model.oic.audience && !isReference(model.oic.audience) ? model.oic.audience : undefined;
  return { oic, fusion };
}

export function domainStateFromStack(model: StackModel, id: SandboxIdentity): DomainState {
  const state = new DomainState();
  const kinds = id.resources ?? ["oic", "fusion"];
  if (kinds.includes("oic")) state.resources.push({ kind: "oic", audience: id.oicAudience, scope: CONSUMER_SCOPE });
  if (kinds.includes("fusion")) state.resources.push({ kind: "fusion", audience: id.fusionAudience, scope: CONSUMER_SCOPE });
  const oicFqs = `${id.oicAudience}${CONSUMER_SCOPE}`;
  const fusionFqs = `${id.fusionAudience}${CONSUMER_SCOPE}`;

  for (const app of model.apps) {
    const trusted = app.clientType === "trusted" || app.flow === "jwt-bearer";
    const scopes = app.scopes
      .filter((s) => s !== OFFLINE_ACCESS)
      .map((s) => (isReference(s) ? (trusted ? fusionFqs : oicFqs) : s));
    const certificates = new Map<string, KeyObject>();
    for (const alias of app.certificateAliases) {
      const cert = model.certificates.find((c) => c.alias === alias);
      if (cert) certificates.set(alias, new X509Certificate(Buffer.from(cert.x509base64, "base64")).publicKey);
    }
    state.addApp({
      name: app.name,
      clientType: trusted ? "trusted" : "confidential",
      allowedGrants: new Set(app.allowedGrants),
      scopes,
      redirectUris: [...app.redirectUris],
      certificates,
      active: app.active,
    });
  }

  for (const g of model.grants) {
    if (g.grantee.type === "App") state.addGrant("App", g.grantee.appName, g.role);
    if (g.grantee.type === "User") {
      state.addGrant("User", g.grantee.userName, g.role);
      state.users.add(g.grantee.userName);
    }
    if (g.grantee.type === "Group") {
      state.addGrant("Group", g.grantee.groupName, g.role);
      // The scripted login user stands for "a member of the group".
      state.groups.set(g.grantee.groupName, new Set([id.loginUser]));
    }
  }
  state.users.add(id.loginUser);
  return state;
}

/** Origin of an identity domain URL, for comparing domains. */
function domainOrigin(url: string): string {
  return URL.canParse(url) ? new URL(url).origin.toLowerCase() : url;
}

/**
 * OIC's and Fusion's identity domains as the stack declares them: the
 * trusted app's `idcs_endpoint` names Fusion's. `fusion` is undefined when
 * one domain holds everything.
 */
function stackDomains(model: StackModel): { oic: string; fusion?: string } {
  const trusted = model.apps.find((a) => a.clientType === "trusted" || a.flow === "jwt-bearer");
  const fusion = trusted?.identityDomainUrl;
  return fusion && domainOrigin(fusion) !== domainOrigin(model.identityDomainUrl) ? { oic: model.identityDomainUrl, fusion } : { oic: model.identityDomainUrl };
}

/** The user the scripted login should be: the first user granted a role, else a sandbox user. */
export function pickLoginUser(model: StackModel): string {
  for (const g of model.grants) if (g.grantee.type === "User") return g.grantee.userName;
  return "sandbox.user@example.com";
}

type App = StackModel["apps"][number];
const isTrusted = (a: App): boolean => a.clientType === "trusted" || a.flow === "jwt-bearer";
const originOf = (audience: string): string => new URL(audience).origin; // drops :443 for https

interface TrustedKey {
  readonly alias: string;
  readonly publicKey: KeyObject;
  readonly privateKeyPem: string;
  readonly release: () => void;
}

/** A key pair (lent by the stand-ins' pool) for the trusted app (the stack's own key is in the Vault); the starter writes its private half to a 0600 file. */
function trustedKey(model: StackModel, notes: string[]): TrustedKey | undefined {
  const trustedApp = model.apps.find(isTrusted);
  if (!trustedApp) return undefined;
  const alias = trustedApp.certificateAliases[0] ?? `${trustedApp.name}-v1`;
  const { privateKey, publicKey, release } = lendRsaKey();
  if (model.certificates.some((c) => c.alias === alias)) notes.push(`the stack's certificate "${alias}" has its private key elsewhere; the sandbox trusts a key of its own under that alias`);
  return { alias, publicKey, privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(), release };
}

/**
 * One DomainState per identity domain. With two, OIC's holds OIC's apps and
 * grants, Fusion's the trusted app; users exist in both (federation).
 */
function domainStates(model: StackModel, id: Omit<SandboxIdentity, "resources">, key: TrustedKey | undefined): { oic: DomainState; fusion: DomainState } {
  const bare = { ...model, certificates: [] };
  const { fusion: fusionUrl } = stackDomains(model);
  const oic = fusionUrl
    ? domainStateFromStack({ ...bare, apps: model.apps.filter((a) => !isTrusted(a)) }, { ...id, resources: ["oic"] })
    : domainStateFromStack(bare, id);
  const fusion = fusionUrl ? domainStateFromStack({ ...bare, apps: model.apps.filter(isTrusted), grants: [] }, { ...id, resources: ["fusion"] }) : oic;
  if (fusion !== oic) for (const u of oic.users) fusion.users.add(u);
  const trusted = model.apps.find(isTrusted);
  if (trusted && key) fusion.app(trusted.name).certificates.set(key.alias, key.publicKey);
  return { oic, fusion };
}

/** Flow B logs in through a loopback redirect URI: the auth-code app that declares none gets one from the starter. */
function needsLoopbackRedirect(model: StackModel): string | undefined {
  const ac = model.apps.find((a) => a.flow === "authorization-code");
  return ac && !ac.redirectUris.some((u) => u.startsWith("http:") && isLoopbackUrl(u) && new URL(u).port !== "") ? ac.name : undefined;
}

function integrationOf(model: StackModel): { method: string; relPath: string; expectedStatus: number; fusionSmokePath: string } {
  const lit = model.literalOutputs;
  const fullPath = String(lit[OUTPUTS.integrationPath] ?? "HELLO_WORLD/1.0/hello");
  return {
    relPath: fullPath.startsWith(INTEGRATION_PREFIX) ? fullPath.slice(INTEGRATION_PREFIX.length) : fullPath,
    method: String(lit[OUTPUTS.integrationMethod] ?? "GET").toUpperCase(),
    expectedStatus: Number(lit[OUTPUTS.integrationExpectedStatus] ?? 200),
    fusionSmokePath: String(lit[OUTPUTS.fusionSmokePath] ?? DEFAULT_FUSION_SMOKE_PATH),
  };
}

/** The fake cloud's seed for a synthesized stack. */
export function seedFromStack(model: StackModel): CloudSeed {
  const notes: string[] = [];
  const auds = stackAudiences(model);
  const oicAudience = auds.oic ?? `https://oic-${model.env}.sandbox.invalid:443`;
  const fusionAudience = auds.fusion ?? `https://fa-${model.env}.sandbox.invalid:443`;
  if (!auds.oic) notes.push(`the OIC audience is resolved at apply time; the sandbox uses ${oicAudience}`);
  const loginUser = pickLoginUser(model);
  const key = trustedKey(model, notes);
  const states = domainStates(model, { oicAudience, fusionAudience, loginUser }, key);
  // A stack that chose the legacy IDCS aud (assertion.legacyIdcsAudience) is deployed where Fusion's domain accepts it.
  const legacyAudience = model.literalOutputs[OUTPUTS.assertionAudience] === LEGACY_IDCS_AUDIENCE;
  if (legacyAudience) states.fusion.acceptLegacyAudience = true;
  const it = integrationOf(model);
  const trusted = model.apps.find(isTrusted);
  const cc = model.apps.find((a) => a.flow === "client-credentials");
  const ac = model.apps.find((a) => a.flow === "authorization-code");

  /** What `cdktf deploy --outputs-file` would write for the stand-ins. */
  const outputs = (d: StartedDomains): Record<string, unknown> => {
    const out: Record<string, unknown> = {
      [OUTPUTS.identityDomainUrl]: d.oic.url,
      [OUTPUTS.tokenUrl]: d.oic.tokenUrl,
      [OUTPUTS.authorizeUrl]: d.oic.authorizeUrl,
      [OUTPUTS.oicAudience]: oicAudience,
      [OUTPUTS.oicScope]: `${oicAudience}${CONSUMER_SCOPE}`,
      [OUTPUTS.oicBaseUrl]: originOf(oicAudience),
      [OUTPUTS.integrationMethod]: it.method,
      [OUTPUTS.integrationPath]: `${INTEGRATION_PREFIX}${it.relPath}`,
      [OUTPUTS.integrationExpectedStatus]: it.expectedStatus,
      [OUTPUTS.apps]: JSON.stringify(model.apps.map((a) => ({ name: a.name, flow: a.flow, clientId: a.name }))),
    };
    if (cc) Object.assign(out, { [OUTPUTS.clientCredentialsClientId]: cc.name, [OUTPUTS.clientCredentialsClientSecret]: states.oic.app(cc.name).secret });
    if (ac) {
      const app = states.oic.app(ac.name);
      Object.assign(out, { [OUTPUTS.authCodeClientId]: ac.name, [OUTPUTS.authCodeClientSecret]: app.secret, [OUTPUTS.authCodeRedirectUris]: app.redirectUris });
    }
    if (trusted && key) {
      Object.assign(out, {
        [OUTPUTS.trustedClientId]: trusted.name,
        [OUTPUTS.trustedCertificateAlias]: key.alias,
        [OUTPUTS.fusionIdentityDomainUrl]: d.fusion.url,
        [OUTPUTS.fusionTokenUrl]: d.fusion.tokenUrl,
        // The stack's own choice when it made the legacy IDCS one; else the stand-in domain's URL, as the stack derives it.
        [OUTPUTS.assertionAudience]: legacyAudience ? LEGACY_IDCS_AUDIENCE : assertionAudience(d.fusion.url),
        [OUTPUTS.fusionScope]: `${fusionAudience}${CONSUMER_SCOPE}`,
        [OUTPUTS.fusionBaseUrl]: originOf(fusionAudience),
        [OUTPUTS.fusionSmokePath]: it.fusionSmokePath,
      });
    }
    return out;
  };

  return {
    env: model.env,
    oic: states.oic,
    fusion: states.fusion,
    oicAudience,
    oicBaseUrl: originOf(oicAudience),
    integrations: [{ method: it.method, path: it.relPath, status: it.expectedStatus }],
    fusionResource: { audience: fusionAudience, baseUrl: originOf(fusionAudience), smokePath: it.fusionSmokePath },
    loginUser,
    loopbackRedirectFor: needsLoopbackRedirect(model),
    trustedKey: key ? { alias: key.alias, privateKeyPem: key.privateKeyPem, release: key.release } : undefined,
    outputs,
    notes,
  };
}

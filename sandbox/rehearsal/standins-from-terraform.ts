/**
 * The stand-in "cloud" for an applied stack, seeded from what Terraform
 * applied (state) and wrote (outputs): the identity domain(s) with the apps,
 * secrets, grants and certificates in the state; OIC and Fusion as the
 * resources the outputs name; the Functions invoke endpoint running the real
 * Function bundle with the `config` Terraform set, signing through the KMS
 * stand-in that issued the certificate. Every real host the outputs name is
 * routed to its loopback stand-in (the smoke's `--connect-to`).
 */
import { INTEGRATION_PREFIX } from "../../contract/integration-path";
import { isLoopbackUrl } from "../../contract/loopback";
import { readDeployedOutputs } from "../../contract/deployed-outputs";
import { FUNCTION_CONFIG, OIC_NATIVE_OUTPUTS } from "../../contract/outputs";
import { splitScope } from "../../contract/scope";
import type { DomainState } from "../standins/domain-state";
import { domainStatesFromTerraform, functionConfigs, type StateSeed } from "../standins/from-state";
import { startFunctionsInvokeStandin } from "../standins/functions-invoke";
import { startFusion } from "../standins/fusion";
import { startIdentityDomain } from "../standins/identity-domain";
import type { KmsStandin } from "../standins/kms";
import { startOic, type StandinIntegration } from "../standins/oic";
import type { OicDesignStore } from "../standins/oic-design";

export interface TerraformCloudOptions {
  /** `terraform show -json` of the state. */
  readonly state: unknown;
  /** `terraform output -json` values (name -> value). */
  readonly outputs: Readonly<Record<string, unknown>>;
  /** The Vault stand-in the certificate phase used (absent: no identity propagation). */
  readonly kms?: KmsStandin;
  /** dist/function/func.js */
  readonly functionBundle: string;
  /** Users federated into both domains: the smoke's assertion user, the login user. */
  readonly users: readonly string[];
  /** oic-native: OIC's certificate store and connections (they outlive one smoke). */
  readonly oicDesign?: OicDesignStore;
}

export interface TerraformCloud {
  readonly connectTo: Record<string, string>;
  /** Who the scripted login signs in as for flow B. */
  readonly loginUser: string;
  /** The loopback redirect URI the stand-in alone added for the scripted login (the stack declares none). */
  readonly addedRedirectUri?: string;
  readonly notes: readonly string[];
  readonly seed: StateSeed;
  /** oic-native: the store OIC's stand-in serves (tests break the connection through it). */
  readonly oicDesign?: OicDesignStore;
  close(): Promise<void>;
}

const str = (v: unknown): string => (typeof v === "string" ? v : "");
const origin = (url: string): string => new URL(url).origin;

/**
 * The directory as the environment expects to find it: users exist in both
 * domains (federation); a group-only grant gets the login user as its
 * member; the groups the Function's allow rule names (ALLOWED_GROUPS in the
 * `config` Terraform applied) exist in Fusion's domain with the smoke's
 * users as members.
 */
function federate(seed: StateSeed, users: readonly string[], state: unknown): string {
  const login = seed.grantedUser ?? users[0] ?? "sandbox.user@example.com";
  for (const domain of new Set([seed.oic, seed.fusion])) {
    for (const u of [...users, login]) domain.users.add(u);
    for (const members of domain.groups.values()) members.add(login);
  }
  for (const config of Object.values(functionConfigs(state))) {
    for (const group of (config[FUNCTION_CONFIG.allowedGroups] ?? "").split(",").map((g) => g.trim()).filter(Boolean)) {
      seed.fusion.groups.set(group, new Set([...(seed.fusion.groups.get(group) ?? []), ...users]));
    }
  }
  return login;
}

/** Flow B logs in through a loopback redirect URI; the stand-in alone adds one where the stack has none. */
function ensureLoopbackRedirect(state: DomainState, outputs: Readonly<Record<string, unknown>>, notes: string[]): string | undefined {
  const app = state.apps.get(readDeployedOutputs(outputs).authCode?.clientId ?? "");
  if (!app || app.redirectUris.some((u) => u.startsWith("http:") && isLoopbackUrl(u) && new URL(u).port !== "")) return undefined;
  const fallback = "http://127.0.0.1:8765/callback";
  app.redirectUris.push(fallback);
  notes.push(`${app.name} declares no loopback redirect URI (right for this environment); the stand-in alone adds ${fallback} for the scripted login`);
  return fallback;
}

export async function startTerraformCloud(o: TerraformCloudOptions): Promise<TerraformCloud> {
  const notes: string[] = [];
  const seed = domainStatesFromTerraform(o.state, o.outputs);
  const loginUser = federate(seed, o.users, o.state);
  const addedRedirectUri = ensureLoopbackRedirect(seed.oic, o.outputs, notes);
  const closers: (() => Promise<void>)[] = [];
  const connectTo: Record<string, string> = {};
  try {
    const domain = await startIdentityDomain(seed.oic, { publicUrl: seed.oicDomainUrl });
    closers.push(() => domain.close());
    connectTo[origin(seed.oicDomainUrl)] = domain.url;
    let fusionDomain = domain;
    if (seed.fusion !== seed.oic) {
      fusionDomain = await startIdentityDomain(seed.fusion, { publicUrl: seed.fusionDomainUrl });
      closers.push(() => fusionDomain.close());
      connectTo[origin(seed.fusionDomainUrl)] = fusionDomain.url;
      notes.push(`two identity domains: OIC's (${seed.oicDomainUrl}) and Fusion's (${seed.fusionDomainUrl}), each with its own signing key`);
    }
    await startResources(o, { domain, fusionDomain }, connectTo, closers);
    await startFunctions(o, connectTo, closers);
    return { connectTo, loginUser, addedRedirectUri, notes, seed, oicDesign: o.oicDesign, close: () => closeAll(closers) };
  } catch (error) {
    await closeAll(closers);
    throw error;
  }
}

async function closeAll(closers: (() => Promise<void>)[]): Promise<void> {
  await Promise.allSettled(closers.splice(0).reverse().map((c) => c()));
}

async function startResources(
  o: TerraformCloudOptions,
  d: { domain: { jwksUrl: string; state: DomainState }; fusionDomain: { jwksUrl: string; state: DomainState } },
  connectTo: Record<string, string>,
  closers: (() => Promise<void>)[],
): Promise<void> {
  const out = readDeployedOutputs(o.outputs);
  const raw = o.outputs;
  const fullPath = out.integration.path ?? "";
  const rel = (p: string) => (p.startsWith(INTEGRATION_PREFIX) ? p.slice(INTEGRATION_PREFIX.length) : p);
  const integrations: StandinIntegration[] = [{ method: out.integration.method ?? "GET", path: rel(fullPath), status: Number(out.integration.expectedStatus ?? 200) }];
  const callerPath = str(raw[OIC_NATIVE_OUTPUTS.oicNativeCallerPath]);
  if (o.oicDesign && callerPath && out.trusted) {
    // The integration that calls Fusion as its caller, through the propagation connection.
    const fusionUrl = `${(out.trusted.fusionBaseUrl ?? "").replace(/\/$/, "")}${out.trusted.fusionSmokePath}`;
    integrations.push({ method: str(raw[OIC_NATIVE_OUTPUTS.oicNativeCallerMethod]) || "GET", path: rel(callerPath), status: Number(raw[OIC_NATIVE_OUTPUTS.oicNativeCallerExpectedStatus] ?? 200), propagates: { connectionId: str(raw[OIC_NATIVE_OUTPUTS.oicNativeConnectionId]), fusionUrl } });
  }
  const route = (url: string): string => {
    const to = connectTo[origin(url)];
    return to ? `${to}${url.slice(origin(url).length)}` : url;
  };
  const oic = await startOic({
    state: d.domain.state,
    jwksUrl: d.domain.jwksUrl,
    audience: out.oic.audience ?? "",
    integrations,
    design: o.oicDesign ? { store: o.oicDesign, state: d.domain.state, route } : undefined,
  });
  closers.push(() => oic.close());
  connectTo[origin(out.oic.baseUrl ?? "")] = oic.url;
  const apiUrl = str(raw[OIC_NATIVE_OUTPUTS.oicNativeApiUrl]);
  if (apiUrl) connectTo[origin(apiUrl)] = oic.url;
  const fusionScope = splitScope(out.trusted?.fusionScope ?? "");
  if (!out.trusted || !fusionScope) return;
  const fusion = await startFusion({ state: d.fusionDomain.state, jwksUrl: d.fusionDomain.jwksUrl, audience: fusionScope.audience, smokePath: out.trusted.fusionSmokePath });
  closers.push(() => fusion.close());
  connectTo[origin(out.trusted.fusionBaseUrl ?? "")] = fusion.url;
}

/** The Functions invoke endpoint; the Function's own calls (token URL, KMS, Fusion's domain) routed like the smoke's. */
async function startFunctions(o: TerraformCloudOptions, connectTo: Record<string, string>, closers: (() => Promise<void>)[]): Promise<void> {
  const out = readDeployedOutputs(o.outputs);
  const invokeEndpoint = out.trusted?.invokeEndpoint;
  if (!invokeEndpoint || !o.kms) return;
  connectTo[origin(out.signingKey.cryptoEndpoint ?? "")] = o.kms.cryptoEndpoint;
  const route = (url: string, key: string): string => {
    // The assertions' `aud` is written into tokens, not called: it stays as deployed.
    if (key === FUNCTION_CONFIG.assertionAudience) return url;
    const to = connectTo[origin(url)];
    return to ? `${to}${url.slice(origin(url).length)}` : url;
  };
  const fns = await startFunctionsInvokeStandin({ functions: functionConfigs(o.state), bundle: o.functionBundle, route });
  closers.push(() => fns.close());
  connectTo[origin(invokeEndpoint)] = fns.url;
}

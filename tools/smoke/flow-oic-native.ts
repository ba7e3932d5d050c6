/**
 * Flow C when OIC signs (`assertion_mode` = "oic-native"): nothing here can
 * sign, so the smoke asks OIC to prove it.
 *
 * 1. connection-test: OIC's own test of the propagation connection (OIC 3
 *    REST API, `POST /ic/api/integration/v1/connections/{id}/test`): OIC
 *    signs the assertions with the key in its certificate store and
 *    exchanges them at the connection's token URL. A refusal is diagnosed
 *    like a refused exchange: wrong kid, aud, or domain.
 * 2. caller-integration (when the environment names one and flow B gave a
 *    user token): the integration that calls Fusion as its caller, invoked
 *    as that user; it must answer its expected status.
 */
import { OUTPUTS, OIC_NATIVE_OUTPUTS } from "../../contract/outputs";
import { OicApi } from "../cert/oic-native/oic-api";
import type { SmokeDeps } from "./context";
import { FlowRun, fail } from "./flow-run";
import type { SmokeInputs } from "./inputs";
import type { FlowRecord } from "./report";
import { callResource } from "./resource-call";

export interface OicNativeFlowOptions {
  budgetMs: number;
  /** Flow B's user token, when flow B ran and passed. */
  userToken?: string;
}

const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

/** What OIC's test said, as a token endpoint's refusal: the URL it called, the OAuth error and description. */
export function parseTestDetail(detail: string): { tokenUrl?: string; status?: number; error?: string; description: string } {
  const m = /token request to (\S+) failed: (?:HTTP (\d+) )?([a-z_]+)?:? ?(.*)$/s.exec(detail);
  if (!m) return { description: detail };
  return { tokenUrl: m[1], status: m[2] ? Number(m[2]) : undefined, error: m[3] || undefined, description: m[4] ?? detail };
}

export async function runOicNativeAssertion(inputs: SmokeInputs, outputs: Record<string, unknown>, deps: SmokeDeps, o: OicNativeFlowOptions): Promise<FlowRecord> {
  const run = new FlowRun("C", deps);
  const t = inputs.trusted!;
  const connectionId = str(outputs[OIC_NATIVE_OUTPUTS.oicNativeConnectionId]);
  const adminId = str(outputs[OIC_NATIVE_OUTPUTS.oicNativeAdminClientId]);
  const adminSecret = str(outputs[OIC_NATIVE_OUTPUTS.oicNativeAdminClientSecret]);
  const apiUrl = str(outputs[OIC_NATIVE_OUTPUTS.oicNativeApiUrl]);
  const serviceInstance = str(outputs[OIC_NATIVE_OUTPUTS.oicNativeServiceInstance]);
  const fusionDomain = str(outputs[OUTPUTS.fusionIdentityDomainUrl]);

  const tested = await run.step("connection-test", async () => {
    const missing = [
      [OIC_NATIVE_OUTPUTS.oicNativeConnectionId, connectionId],
      [OIC_NATIVE_OUTPUTS.oicNativeAdminClientId, adminId],
      [`${OIC_NATIVE_OUTPUTS.oicNativeAdminClientSecret} (a sensitive outputs file)`, adminSecret],
      [OIC_NATIVE_OUTPUTS.oicNativeApiUrl, apiUrl],
      [OIC_NATIVE_OUTPUTS.oicNativeServiceInstance, serviceInstance],
      [OUTPUTS.oicScope, inputs.oic.scope],
    ].filter(([, v]) => !v).map(([k]) => k);
    if (missing.length) return fail("missing outputs", { step: "inputs", expected: { missing: missing.join(", ") } });
    deps.redactor.add(adminSecret);
    const api = new OicApi({ baseUrl: apiUrl!, serviceInstance: serviceInstance!, tokenUrl: inputs.tokenUrl, clientId: adminId!, clientSecret: adminSecret!, oicScope: inputs.oic.scope!, fetch: deps.fetch });
    const r = await api.testConnection(connectionId!);
    if (r.ok) return { ok: true, detail: `OIC tested connection ${connectionId}: it signed the assertion with its key and ${fusionDomain ? "Fusion's domain" : "the domain"} issued a user token` };
    const d = parseTestDetail(r.detail ?? "");
    return fail(`OIC's test of connection ${connectionId} failed (HTTP ${r.status})`, {
      step: "exchange",
      status: d.status ?? r.status,
      oauthError: d.error ?? "invalid_grant",
      oauthErrorDescription: d.description,
      expected: {
        clientId: t.clientId,
        scope: t.fusionScope,
        certificateAlias: t.certificateAlias,
        trustedDomainUrl: fusionDomain,
        exchangeTokenUrl: d.tokenUrl,
      },
    });
  });
  if (!tested) return run.finish();

  const method = str(outputs[OIC_NATIVE_OUTPUTS.oicNativeCallerMethod]) ?? "GET";
  const path = str(outputs[OIC_NATIVE_OUTPUTS.oicNativeCallerPath]);
  if (!path) return run.finish();
  const expected = Number(outputs[OIC_NATIVE_OUTPUTS.oicNativeCallerExpectedStatus] ?? 200);
  await run.step("caller-integration", async () => {
    if (!o.userToken) return fail("no user token", { step: "inputs", expected: { missing: "flow B's user token (run flow B: a refresh token or the login) to invoke the integration as its caller" } });
    if (!inputs.oic.baseUrl) return fail("no OIC base URL", { step: "inputs", expected: { missing: "oic_base_url output" } });
    const r = await callResource({ what: "invoke", url: `${inputs.oic.baseUrl.replace(/\/$/, "")}${path}`, method, token: o.userToken, expectedStatus: expected, budgetMs: o.budgetMs }, deps);
    if (r.status === expected) return { ok: true, detail: `${method} ${path} -> ${r.status}: OIC called Fusion as the caller` };
    const detail = (() => {
      try {
        return String((JSON.parse(r.bodyText ?? "{}") as { detail?: unknown }).detail ?? "");
      } catch {
        return "";
      }
    })();
    const d = parseTestDetail(detail);
    return fail(`${method} ${path} -> ${r.status ?? r.networkError}`, d.tokenUrl
      ? { step: "exchange", status: d.status, oauthError: d.error ?? "invalid_grant", oauthErrorDescription: d.description, expected: { clientId: t.clientId, certificateAlias: t.certificateAlias, trustedDomainUrl: fusionDomain, exchangeTokenUrl: d.tokenUrl } }
      : { step: "invoke", status: r.status, networkError: r.networkError, expected: { resourceBaseUrl: inputs.oic.baseUrl, integrationPath: path, expectedStatus: expected } }, r.attempts);
  });
  return run.finish();
}

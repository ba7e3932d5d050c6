/** The "invoke" step shared by flows A and B: call the integration, diagnose anything but the expected status. */
import type { SmokeDeps } from "./context";
import { fail, type StepOutcome } from "./flow-run";
import type { SmokeInputs } from "./inputs";
import { callResource } from "./resource-call";

export async function invokeIntegrationStep(
  inputs: SmokeInputs,
  token: string,
  claims: Record<string, unknown>,
  deps: SmokeDeps,
  budgetMs: number,
  clientId: string,
): Promise<StepOutcome> {
  const integration = inputs.integration;
  if (!integration) return fail("no integration to call", { step: "inputs", expected: { missing: "integration path (--integration-path or the integration_path output)" } });
  if (!inputs.oic.baseUrl) return fail("no OIC base URL", { step: "inputs", expected: { missing: "oic_base_url output" } });
  const url = `${inputs.oic.baseUrl.replace(/\/$/, "")}${integration.path}`;
  const r = await callResource(
    { what: "invoke", url, method: integration.method, token, body: integration.body, expectedStatus: integration.expectedStatus, budgetMs },
    deps,
  );
  const label = `${integration.method} ${integration.path}`;
  if (r.status === integration.expectedStatus) return { ok: true, detail: `${label} -> ${r.status}`, attempts: r.attempts };
  return fail(
    `${label} -> ${r.status ?? r.networkError}`,
    {
      step: "invoke",
      status: r.status,
      networkError: r.networkError,
      claims,
      expected: {
        audience: inputs.oic.audience,
        scope: inputs.oic.scope,
        clientId,
        resourceBaseUrl: inputs.oic.baseUrl,
        integrationPath: integration.path,
        expectedStatus: integration.expectedStatus,
      },
    },
    r.attempts,
  );
}

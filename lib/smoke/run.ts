/**
 * One smoke run: resolve inputs, run the requested flows in order, print a
 * verdict, write the JSON report. Exit status 0 only when every requested
 * flow passed.
 */
import { type SmokeDeps } from "./context";
import { diagnose } from "./diagnose";
import { FlowRun } from "./flow-run";
import { availableFlows, readOutputsFile, resolveInputs, type FlowId, type SmokeInputs } from "./inputs";
import { interactiveLogin } from "./login";
import type { SmokeOptions } from "./options";
import { FLOW_NAMES, verdictLines, writeJsonReport, type FlowRecord, type SmokeReport } from "./report";
import { runClientCredentials } from "./flow-client-credentials";
import { runAuthCode } from "./flow-auth-code";
import { defaultAssertionAudience, runAssertion, trustedDomainOf, type TrustedDomain } from "./flow-assertion";
import { DOMAIN_ISSUER } from "./token-endpoint";
import { functionAssertion, localAssertion, type AssertionResult } from "./assertion-source";
import { openInBrowser } from "./browser";

export interface SmokeHooks {
  /** Environment variables for secrets. @default process.env */
  vars?: Record<string, string | undefined>;
  /** @default open a browser when one exists */
  openBrowser?: (url: string) => Promise<unknown>;
  /** Replaces the assertion source (tests). */
  getAssertion?: (userName: string, scope: string) => Promise<AssertionResult>;
  /** Clock for assertions built locally (tests of clock skew). */
  assertionClock?: () => number;
}

export interface SmokeOutcome {
  report: SmokeReport;
  exitCode: number;
}

function missingFlow(flow: FlowId, what: string, deps: SmokeDeps): FlowRecord {
  const run = new FlowRun(flow, deps);
  void run.step("outputs", async () => ({ ok: false, detail: `no ${what} in the outputs`, diagnosis: diagnose({ step: "inputs", expected: { missing: `${what} output (is flow ${flow} declared for this environment?)` } }) }));
  return run.finish();
}

/**
 * `aud` of locally built assertions: the trusted app's domain URL, unless
 * --assertion-audience names another. (options.ts defaults the option to the
 * legacy value, so that value is read as "not given".)
 */
function assertionAudience(o: SmokeOptions, domain: TrustedDomain): string {
  return o.assertionAudience && o.assertionAudience !== DOMAIN_ISSUER ? o.assertionAudience : defaultAssertionAudience(domain);
}

function assertionSource(o: SmokeOptions, inputs: SmokeInputs, hooks: SmokeHooks, domain: TrustedDomain): { label: string; get: (user: string, scope: string) => Promise<AssertionResult> } {
  if (hooks.getAssertion) return { label: "test source", get: hooks.getAssertion };
  const t = inputs.trusted!;
  if (o.assertionKey) {
    const key = o.assertionKey;
    return {
      label: "local key",
      get: (user, scope) => {
        if (!t.certificateAlias) throw new Error("no trusted_certificate_alias output: the assertion's kid must be the certificate alias");
        return localAssertion({ keyPemPath: key, certificateAlias: t.certificateAlias, clientId: t.clientId, userName: user, scope, audience: assertionAudience(o, domain), now: hooks.assertionClock });
      },
    };
  }
  return {
    label: "the assertion Function",
    get: (user, scope) => {
      if (!t.functionId || !t.invokeEndpoint) throw new Error("no assertion_function_id / assertion_function_invoke_endpoint output; deploy the Function or pass --assertion-key <pem>");
      return functionAssertion({ functionId: t.functionId, invokeEndpoint: t.invokeEndpoint, userName: user, scope, auth: o.ociAuth });
    },
  };
}

export async function runSmoke(o: SmokeOptions, baseDeps: SmokeDeps, hooks: SmokeHooks = {}): Promise<SmokeOutcome> {
  const deps: SmokeDeps = { ...baseDeps, connectTo: { ...o.connectTo, ...baseDeps.connectTo } };
  const started = performance.now();
  const startedAt = new Date(deps.now()).toISOString();
  const outputs = readOutputsFile(o.outputsFile, o.env);
  const inputs = resolveInputs(o.env, outputs, hooks.vars ?? process.env, o.integration);
  const budgetMs = o.propagationWaitSeconds * 1000;

  if (o.command === "login") {
    deps.log(`smoke ${o.env}: interactive login for flow B`);
    const run = new FlowRun("B", deps);
    await run.step("login", () => interactiveLogin(inputs, deps, { tokenStorePath: o.tokenStore, openBrowser: hooks.openBrowser ?? openInBrowser }));
    const rec = run.finish();
    const report: SmokeReport = { env: o.env, ok: rec.ok, startedAt, ms: performance.now() - started, flows: [rec] };
    deps.log(rec.ok ? `login ${o.env}: done; later runs use the stored refresh token` : `login ${o.env}: FAIL`);
    if (o.jsonFile) writeJsonReport(o.jsonFile, report, (s) => deps.redactor.redact(s));
    return { report, exitCode: rec.ok ? 0 : 1 };
  }

  const available = availableFlows(inputs);
  const flows = o.flows ?? available;
  deps.log(`smoke ${o.env}: flows ${flows.join(", ") || "(none)"} against ${new URL(inputs.tokenUrl).host}${o.propagationWaitSeconds ? `, waiting up to ${o.propagationWaitSeconds}s for propagation` : ""}`);
  const records: FlowRecord[] = [];
  for (const flow of flows) {
    deps.log(`flow ${flow}: ${FLOW_NAMES[flow]}`);
    if (flow === "A") records.push(inputs.clientCredentials ? await runClientCredentials(inputs, deps, { budgetMs }) : missingFlow("A", "client_credentials_client_id", deps));
    if (flow === "B") records.push(inputs.authCode ? await runAuthCode(inputs, deps, { budgetMs, tokenStorePath: o.tokenStore }) : missingFlow("B", "auth_code_client_id", deps));
    if (flow === "C") {
      if (!inputs.trusted) records.push(missingFlow("C", "trusted_client_id", deps));
      else {
        const trustedDomain = trustedDomainOf(outputs, inputs);
        const source = assertionSource(o, inputs, hooks, trustedDomain);
        records.push(await runAssertion(inputs, deps, { budgetMs, userName: o.user, getAssertion: source.get, sourceLabel: source.label, trustedDomain }));
      }
    }
  }
  const ok = records.length > 0 && records.every((r) => r.ok);
  const report: SmokeReport = { env: o.env, ok, startedAt, ms: performance.now() - started, flows: records };
  for (const line of verdictLines(report)) deps.log(deps.redactor.redact(line));
  if (records.length === 0) deps.log("  no flow to run: the outputs name no client app");
  if (o.jsonFile) writeJsonReport(o.jsonFile, report, (s) => deps.redactor.redact(s));
  return { report, exitCode: ok ? 0 : 1 };
}

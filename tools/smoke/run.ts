/**
 * One smoke run: resolve inputs, run the requested flows in order, print a
 * verdict, write the JSON report. Exit status 0 only when every configured
 * flow passed (and at least one ran).
 *
 * All steps share one wait budget (WaitBudget: a deadline from the start of
 * the run and a request cap). Flows B and C are "not configured" rather than
 * failed when what they need is not given and nobody asked for them by name:
 * B without a refresh token (store or OIC_ACCESS_REFRESH_TOKEN) when no person
 * can log in, C without an assertion user.
 */
import { OUTPUTS } from "../../contract/outputs";
import { routed, routedFetch, type SmokeDeps } from "./context";
import { diagnose } from "./diagnose";
import { FlowRun } from "./flow-run";
import { availableFlows, InputError, readOutputsFile, resolveInputs, type FlowId, type SmokeInputs } from "./inputs";
import { interactiveLogin } from "./login";
import type { SmokeOptions } from "./options";
import { FLOW_NAMES, verdictLines, writeJsonReport, type FlowRecord, type SmokeReport } from "./report";
import { runClientCredentials } from "./flow-client-credentials";
import { runAuthCode } from "./flow-auth-code";
import { runAssertion } from "./flow-assertion";
import { functionAssertion, localAssertion, type AssertionResult } from "./assertion-source";
import { openInBrowser } from "./browser";
import { WaitBudget } from "./retry";
import { runOicNativeAssertion } from "./flow-oic-native";
import { isOicNative } from "../cert/oic-native/hand-over";
import { readRefreshToken, REFRESH_TOKEN_ENV, writeRefreshToken } from "./token-store";
import { CodedError, ERROR_CODES } from "../../contract/errors";

export interface SmokeHooks {
  /** Environment variables for secrets. @default process.env */
  vars?: Record<string, string | undefined>;
  /** @default open a browser when one exists */
  openBrowser?: (url: string) => Promise<unknown>;
  /** Replaces the assertion source (tests). */
  getAssertion?: (userName: string, scope: string) => Promise<AssertionResult>;
  /** Clock for assertions built locally (tests of clock skew). */
  assertionClock?: () => number;
  /**
   * Whether a person is at the terminal (could run the login). Decides what a
   * missing refresh token means for flow B: a failure with the fix (a person
   * can log in) or "not configured" (a pipeline). @default stdin and stdout
   * are terminals and CI is not set
   */
  interactive?: boolean;
}

function writeReport(path: string, report: SmokeReport, deps: SmokeDeps): void {
  try {
    writeJsonReport(path, report, (s) => deps.redactor.redact(s));
  } catch (err) {
    throw new InputError(`--json: cannot write "${path}" (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); choose a writable path`);
  }
}

function defaultInteractive(): boolean {
  return Boolean(process.stdin.isTTY && process.stdout.isTTY) && !process.env.CI;
}

function notConfigured(flow: FlowId, reason: string, deps: SmokeDeps): FlowRecord {
  deps.log(deps.redactor.redact(`  [${flow}] not configured: ${reason}`));
  return { flow, name: FLOW_NAMES[flow], ok: false, status: "not-configured", notConfigured: reason, ms: 0, steps: [] };
}

/**
 * Makes flow B's refresh token available in the token store: the secret in
 * OIC_ACCESS_REFRESH_TOKEN wins (it is written to the store, 0600, so the
 * rotated token is kept the same way). False when there is none.
 */
function provideRefreshToken(path: string, vars: Record<string, string | undefined>, deps: SmokeDeps): boolean {
  const fromEnv = vars[REFRESH_TOKEN_ENV]?.trim();
  if (fromEnv) {
    deps.redactor.add(fromEnv);
    try {
      if (readRefreshToken(path) !== fromEnv) writeRefreshToken(path, fromEnv);
    } catch (err) {
      throw new InputError(`--token-store: cannot write "${path}" (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); pass a writable --token-store <file>`);
    }
    return true;
  }
  return readRefreshToken(path) !== undefined;
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
 * `aud` of locally built assertions: the one the stack deployed
 * (assertion_audience, what the Function puts in them), unless
 * --assertion-audience names another.
 */
function assertionAudience(o: SmokeOptions, t: NonNullable<SmokeInputs["trusted"]>): string {
  const aud = o.assertionAudience ?? t.domain.assertionAudience;
  if (!aud) throw new InputError(`no ${OUTPUTS.assertionAudience} output and no ${OUTPUTS.fusionIdentityDomainUrl} to derive it from: pass --assertion-audience <url>`);
  return aud;
}

function assertionSource(o: SmokeOptions, inputs: SmokeInputs, hooks: SmokeHooks, connectTo: Record<string, string>): { label: string; get: (user: string, scope: string) => Promise<AssertionResult> } {
  if (hooks.getAssertion) return { label: "test source", get: hooks.getAssertion };
  const t = inputs.trusted!;
  if (o.assertionKey) {
    const key = o.assertionKey;
    return {
      label: "local key",
      get: (user, scope) => {
        if (!t.certificateAlias) throw new CodedError(ERROR_CODES.assertionSource, "no trusted_certificate_alias output: the assertion's kid must be the certificate alias");
        return localAssertion({ keyPemPath: key, certificateAlias: t.certificateAlias, clientId: t.clientId, userName: user, scope, audience: assertionAudience(o, t), now: hooks.assertionClock });
      },
    };
  }
  return {
    label: "the assertion Function",
    get: (user, scope) => {
      if (!t.functionId || !t.invokeEndpoint) throw new CodedError(ERROR_CODES.assertionSource, "no assertion_function_id / assertion_function_invoke_endpoint output; deploy the Function or pass --assertion-key <pem>");
      // --connect-to applies to the invoke endpoint too (the sandbox's Functions stand-in).
      return functionAssertion({ functionId: t.functionId, invokeEndpoint: routed(t.invokeEndpoint, connectTo).replace(/\/+$/, ""), userName: user, scope, auth: o.ociAuth });
    },
  };
}

export async function runSmoke(o: SmokeOptions, baseDeps: SmokeDeps, hooks: SmokeHooks = {}): Promise<SmokeOutcome> {
  const budgetMs = o.propagationWaitSeconds * 1000;
  const connectTo = { ...o.connectTo, ...baseDeps.connectTo };
  const deps: SmokeDeps = {
    ...baseDeps,
    connectTo,
    fetch: routedFetch(baseDeps.fetch, connectTo),
    waitBudget: baseDeps.waitBudget ?? new WaitBudget(budgetMs, baseDeps.now()),
  };
  const started = performance.now();
  const startedAt = new Date(deps.now()).toISOString();
  const vars = hooks.vars ?? process.env;
  const outputs = readOutputsFile(o.outputsFile, o.env);
  const inputs = resolveInputs(o.env, outputs, vars, o.integration, `outputs file "${o.outputsFile}"`);

  if (o.command === "login") {
    deps.log(`smoke ${o.env}: interactive login for flow B`);
    const run = new FlowRun("B", deps);
    await run.step("login", () => interactiveLogin(inputs, deps, { tokenStorePath: o.tokenStore, openBrowser: hooks.openBrowser ?? openInBrowser }));
    const rec = run.finish();
    rec.status = rec.ok ? "passed" : "failed";
    const report: SmokeReport = { env: o.env, ok: rec.ok, startedAt, ms: performance.now() - started, flows: [rec] };
    deps.log(rec.ok ? `login ${o.env}: done; later runs use the stored refresh token` : `login ${o.env}: FAIL`);
    if (o.jsonFile) writeReport(o.jsonFile, report, deps);
    return { report, exitCode: rec.ok ? 0 : 1 };
  }

  const available = availableFlows(inputs);
  const flows = o.flows ?? available;
  const asked = new Set(o.flows ?? []);
  const interactive = hooks.interactive ?? defaultInteractive();
  deps.log(`smoke ${o.env}: flows ${flows.join(", ") || "(none)"} against ${new URL(inputs.tokenUrl).host}${o.propagationWaitSeconds ? `, wait budget ${o.propagationWaitSeconds}s for the whole run` : ", no waiting"}`);
  const records: FlowRecord[] = [];
  let userToken: string | undefined;
  for (const flow of flows) {
    deps.log(`flow ${flow}: ${FLOW_NAMES[flow]}`);
    if (flow === "A") records.push(inputs.clientCredentials ? await runClientCredentials(inputs, deps, { budgetMs }) : missingFlow("A", "client_credentials_client_id", deps));
    if (flow === "B") {
      if (!inputs.authCode) records.push(missingFlow("B", "auth_code_client_id", deps));
      else if (!provideRefreshToken(o.tokenStore, vars, deps) && !interactive && !asked.has("B")) {
        records.push(notConfigured("B", `no refresh token: set ${REFRESH_TOKEN_ENV} (a pipeline secret) or run "npm run smoke -- ${o.env} login" once where a browser is at hand`, deps));
      } else records.push(await runAuthCode(inputs, deps, { budgetMs, tokenStorePath: o.tokenStore, onUserToken: (t) => (userToken = t) }));
    }
    if (flow === "C") {
      if (!inputs.trusted) records.push(missingFlow("C", "trusted_client_id", deps));
      // OIC signs: the smoke asks OIC to test the connection (and to call Fusion as flow B's user).
      else if (isOicNative(outputs)) records.push(await runOicNativeAssertion(inputs, outputs, deps, { budgetMs, userToken }));
      else if (!o.user && !asked.has("C")) records.push(notConfigured("C", `no user to assert: pass --user <name> or set smoke.assertionUser in stacks/${o.env}.ts`, deps));
      else {
        const source = assertionSource(o, inputs, hooks, deps.connectTo);
        records.push(await runAssertion(inputs, deps, { budgetMs, userName: o.user, getAssertion: source.get, sourceLabel: source.label }));
      }
    }
  }
  for (const r of records) r.status ??= r.ok ? "passed" : "failed";
  const configured = records.filter((r) => r.status !== "not-configured");
  const ok = configured.length > 0 && configured.every((r) => r.ok);
  const report: SmokeReport = { env: o.env, ok, startedAt, ms: performance.now() - started, flows: records };
  for (const line of verdictLines(report)) deps.log(deps.redactor.redact(line));
  if (records.length === 0) deps.log("  no flow to run: the outputs name no client app");
  else if (configured.length === 0) deps.log("  no flow ran: every flow is not configured (see above for what each needs)");
  if (o.jsonFile) writeReport(o.jsonFile, report, deps);
  return { report, exitCode: ok ? 0 : 1 };
}

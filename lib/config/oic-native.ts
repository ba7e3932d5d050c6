/**
 * Where `assertion.mode: "oic-native"` cannot work, said before anything is
 * built. OIC signs the user assertion itself only on invoke connections
 * whose adapter offers the "OAuth using JWT User Assertion" security policy,
 * and it asserts the user who invoked the integration, so the trigger must
 * carry a caller identity (an OAuth token).
 *
 * Sources (Oracle, Oracle Integration 3):
 * - REST Adapter, "JWT Assertion Support for Outbound Invocations": the
 *   invoke connection's "OAuth using JWT User Assertion" policy, a signing
 *   key uploaded on the Certificates page, JWT header and payload files
 *   https://docs.oracle.com/en/cloud/paas/application-integration/rest-adapter/jwt-assertion-support-outbound-invocations.html
 * - ERP Cloud Adapter, "Configure JWT Assertions for Outbound Use" and
 *   "Configure a Confidential Application to Use the JWT User Assertion
 *   Security Policy"
 *   https://docs.oracle.com/en/cloud/paas/application-integration/erp-adapter/configure-confidential-application-jwt-user-assertion.html
 * - HCM Cloud and CX Sales: the issue (#19) cites the A-Team and the 25.04
 *   "What's New" for these two; no page of their adapter guides was found
 *   by this project's search, so they are listed on that word.
 */
import type { ConfigProblem } from "./config-error";
import { show } from "./config-error";
import type { EnvironmentConfig, OicNativeAssertionConfig } from "./environment";

/** Adapters with the "OAuth using JWT User Assertion" policy (see above). */
export const OIC_NATIVE_ADAPTERS = ["rest", "erp", "hcm", "cx-sales"] as const;

/** Trigger security policies that carry the caller's identity as an OAuth token. */
export const CALLER_IDENTITY_TRIGGERS = ["oauth2", "oauth2-or-basic"] as const;

const CONNECTION_ID = /^[A-Z][A-Z0-9_]{0,63}$/;
const SERVICE_INSTANCE = /^[A-Za-z0-9][A-Za-z0-9-]{0,62}$/;

/** The oic-native assertion block, when the environment uses that mode. */
export function oicNativeAssertion(config: EnvironmentConfig): OicNativeAssertionConfig | undefined {
  return config.assertion?.mode === "oic-native" ? config.assertion : undefined;
}

/** Problems of an oic-native environment (empty for the Function mode). */
export function oicNativeProblems(config: EnvironmentConfig): ConfigProblem[] {
  const a = oicNativeAssertion(config);
  if (!a) return [];
  const problems: ConfigProblem[] = [];
  const add = (field: string, value: unknown, problem: string, fix: string) => problems.push({ env: config.name, field: `assertion.oicNative.${field}`, value: show(value), problem, fix });
  const n = a.oicNative;

  if (!(OIC_NATIVE_ADAPTERS as readonly string[]).includes(n.adapter)) {
    add(
      "adapter",
      n.adapter,
      `OIC signs a user assertion only on connections whose adapter has the "OAuth using JWT User Assertion" policy (${OIC_NATIVE_ADAPTERS.join(", ")}); "${n.adapter}" is not one of them`,
      'call Fusion through a REST, ERP Cloud, HCM Cloud or CX Sales connection, or use assertion.mode "function" (its token suits any adapter that takes a bearer token)',
    );
  }
  if (!(CALLER_IDENTITY_TRIGGERS as readonly string[]).includes(n.triggerSecurity)) {
    add(
      "triggerSecurity",
      n.triggerSecurity,
      "the integrations' trigger is not OAuth-protected: OIC asserts the user who invoked the integration, and such a trigger gives it no caller identity (a scheduled or anonymous call has none)",
      `protect the trigger with "OAuth 2.0" (${CALLER_IDENTITY_TRIGGERS.map((t) => `"${t}"`).join(" or ")}); a machine caller with no user should call Fusion with its own client credentials instead`,
    );
  }
  if (!CONNECTION_ID.test(n.connectionId)) {
    add("connectionId", n.connectionId, "is not an OIC connection identifier (upper-case letters, digits, underscores)", "copy the Identifier field of the connection in OIC, e.g. FUSION_AS_CALLER");
  }
  if (!SERVICE_INSTANCE.test(n.serviceInstanceName)) {
    add("serviceInstanceName", n.serviceInstanceName, "is not an OIC service instance name", 'copy the "Service instance" field of OIC\'s About page (OIC 3\'s REST API takes it as integrationInstance)');
  }
  if (n.apiBaseUrl !== undefined) {
    const url = URL.canParse(n.apiBaseUrl) ? new URL(n.apiBaseUrl) : undefined;
    if (!url || url.protocol !== "https:" || (url.pathname !== "/" && url.pathname !== "")) {
      add("apiBaseUrl", n.apiBaseUrl, "must be an https origin without a path", 'use e.g. "https://design.integration.us-ashburn-1.ocp.oraclecloud.com", or leave it out to use the OIC base URL');
    }
  }
  const admin = (config.clientCredentialsApps ?? []).find((app) => app.name === n.adminApp);
  if (!admin) {
    add("adminApp", n.adminApp, "names no client-credentials app of this environment", "declare the app under clientCredentialsApps with extraRoles: [\"ServiceAdministrator\"] and name it here");
  } else if (!(admin.extraRoles ?? []).includes("ServiceAdministrator")) {
    add("adminApp", n.adminApp, "uploads the signing key to OIC's certificate store, which takes the ServiceAdministrator role", 'add extraRoles: ["ServiceAdministrator"] to that client-credentials app');
  }
  const caller = n.callerIntegration;
  if (caller) {
    if (caller.path === "" || /\s/.test(caller.path) || caller.path.includes("..")) {
      add("callerIntegration.path", caller.path, "is not a path", 'use the part after /ic/api/integration/v1/flows/rest/, e.g. "FUSION_AS_CALLER/1.0/whoami"');
    }
    if (caller.body !== undefined && (caller.method ?? "GET") === "GET") add("callerIntegration.body", "(body)", "a GET request carries no body", 'set method: "POST" or remove the body');
    if (caller.expectedStatus !== undefined && !(Number.isInteger(caller.expectedStatus) && caller.expectedStatus >= 200 && caller.expectedStatus < 400)) {
      add("callerIntegration.expectedStatus", caller.expectedStatus, "must be a success status (200-399)", "use the status the integration returns when it works");
    }
  }
  return problems;
}

/**
 * Why a smoke step failed, as a pure function of what the step saw: the
 * step, the HTTP status, the OAuth error, the decoded token claims and what
 * the outputs say they should be. Each cause names its evidence and the fix,
 * so a failed smoke test reads as a sentence and not as "401".
 */
import { assertionAudience, LEGACY_IDCS_AUDIENCE } from "../../contract/identity-domain";
import { isLoopbackHost } from "../../contract/loopback";
import { explainScopeMismatch, splitScope } from "../../contract/scope";

export type SmokeStep =
  | "inputs"
  | "token" // client credentials token request
  | "login" // interactive authorization code
  | "refresh" // refresh token grant
  | "assertion" // building / fetching the user assertion
  | "exchange" // jwt-bearer token request
  | "token-shape"
  | "invoke" // OIC integration call
  | "fusion"; // Fusion REST call

export type CauseCode =
  | "missing-input"
  | "unreachable"
  | "scope-missing-port"
  | "scope-mismatch"
  | "audience-mismatch"
  | "invalid-client"
  | "app-inactive"
  | "unauthorized-client"
  | "token-rejected"
  | "role-missing"
  | "integration-not-found"
  | "unexpected-status"
  | "refresh-token-invalid"
  | "login-required"
  | "no-refresh-token"
  | "user-not-authorized"
  | "assertion-certificate"
  | "assertion-kid-unknown"
  | "assertion-audience"
  | "assertion-clock-skew"
  | "assertion-user-unknown"
  | "wrong-domain"
  | "assertion-rejected"
  | "not-a-user-token"
  | "throttled"
  | "unknown";

export interface DiagnosisInput {
  step: SmokeStep;
  /** HTTP status of the failing response, if any. */
  status?: number;
  /** OAuth `error` (RFC 6749 5.2) and its description. */
  oauthError?: string;
  oauthErrorDescription?: string;
  /** Network-level failure (ECONNREFUSED, ENOTFOUND, timeout ...). */
  networkError?: string;
  /** Decoded (not verified) claims of the token used in the failing call. */
  claims?: Record<string, unknown>;
  expected: {
    /** Resource audience the token should carry (OIC, or Fusion for flow C). */
    audience?: string;
    /** The FQS the outputs name. */
    scope?: string;
    /** The FQS actually requested (may differ when given by hand). */
    requestedScope?: string;
    clientId?: string;
    /** User for flow C. */
    userName?: string;
    /** Base URL of the resource called (OIC or Fusion). */
    resourceBaseUrl?: string;
    integrationPath?: string;
    expectedStatus?: number;
    certificateAlias?: string;
    /** What is missing, for step "inputs". */
    missing?: string;
    /** Flow C: Fusion's identity domain (holds the trusted app), when the outputs name it. */
    trustedDomainUrl?: string;
    /** Flow C: the token endpoint the assertions were exchanged at. */
    exchangeTokenUrl?: string;
    /** Flow C: the `aud` the stack deployed (assertion_audience). */
    assertionAudience?: string;
    /** Flow C: what the user assertion said. */
    assertion?: AssertionEvidence;
  };
}

/** The user assertion as sent (decoded, not verified), and the local clock. */
export interface AssertionEvidence {
  kid?: string;
  aud: string[];
  sub?: string;
  iat?: number;
  exp?: number;
  /** Seconds since epoch on this host when the assertion was sent. */
  now: number;
}

export interface Diagnosis {
  cause: CauseCode;
  /** One-line statement of the most likely cause. */
  summary: string;
  evidence: string[];
  fix: string;
}

const CONSUMER = "urn:opc:resource:consumer::all";

function audienceList(claims?: Record<string, unknown>): string[] {
  const aud = claims?.aud;
  return Array.isArray(aud) ? aud.map(String) : aud === undefined ? [] : [String(aud)];
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/** Scope problems visible without any server: the FQS the smoke asked for vs. the audience. */
function scopeProblem(i: DiagnosisInput): Diagnosis | undefined {
  const requested = i.expected.requestedScope ?? i.expected.scope;
  const audience = i.expected.audience;
  if (!requested) return undefined;
  const parts = splitScope(requested);
  if (audience) {
    const why = explainScopeMismatch(requested, audience, parts?.scope.startsWith("urn:") ? CONSUMER : undefined);
    if (why) {
      const missingPort = audience.endsWith(":443") && parts?.audience === audience.replace(/:443$/, "");
      return {
        cause: missingPort ? "scope-missing-port" : "scope-mismatch",
        summary: missingPort ? 'The requested scope lacks ":443" in its audience' : "The requested scope is not the resource's fully qualified scope",
        evidence: [`requested scope: ${requested}`, `expected: ${audience}${CONSUMER}`, why],
        fix: "Use the oic_scope output exactly (audience + scope, no separator); never build it by hand.",
      };
    }
  } else if (parts && /^https:\/\/[^/:]+$/.test(parts.audience)) {
    return {
      cause: "scope-missing-port",
      summary: 'The requested scope lacks ":443" in its audience',
      evidence: [`requested scope: ${requested}`, "an OIC or Fusion primary audience is https://<host>:443"],
      fix: "Use the oic_scope output exactly; the audience part includes the port.",
    };
  }
  return undefined;
}

function tokenEndpointDiagnosis(i: DiagnosisInput): Diagnosis | undefined {
  const desc = i.oauthErrorDescription ?? "";
  const ev = [`HTTP ${i.status ?? "?"} ${i.oauthError ?? ""}${desc ? `: ${desc}` : ""}`.trim()];
  const isAssertion = i.step === "exchange";
  switch (i.oauthError) {
    case "invalid_scope":
      return (
        scopeProblem(i) ?? {
          cause: "scope-mismatch",
          summary: "The identity domain refused the scope",
          evidence: [...ev, `requested scope: ${i.expected.requestedScope ?? i.expected.scope ?? "(none)"}`],
          fix: "Ask for exactly the resource's FQS from the outputs, and check the app lists that scope (the construct's scopes).",
        }
      );
    case "invalid_client":
      if (isAssertion) return exchangeDiagnosis(i, ev);
      if (/not active|inactive|deactivated/i.test(desc)) {
        return {
          cause: "app-inactive",
          summary: `The app "${i.expected.clientId ?? "?"}" is not active`,
          evidence: ev,
          fix: "Activate the app in the identity domain (the construct declares it active; someone changed it by hand, or the deploy did not finish).",
        };
      }
      return {
        cause: "invalid-client",
        summary: "The identity domain did not accept the client ID and secret (wrong or regenerated secret, unknown or inactive app)",
        evidence: [...ev, `client id: ${i.expected.clientId ?? "(none)"}`],
        fix: "Take the secret from the current stack outputs (cdktf output --outputs-file ... --outputs-file-include-sensitive-outputs) or the secret env var; check the app is active.",
      };
    case "no_refresh_token":
      return {
        cause: "no-refresh-token",
        summary: "The login returned no refresh token: OIC's resource app most likely does not allow token refresh",
        evidence: [...ev, "the auth-code app requests offline_access and allows the refresh_token grant (the construct declares both)"],
        fix:
          "Allow token refresh on OIC's resource app, the instance's Oracle Cloud Service app in OIC's identity domain: " +
          "Integrated applications > <instance app> > OAuth configuration > Resource server configuration > Allow token refresh " +
          "(Terraform: allow_offline on that app; this project does not manage it). allow_offline on the client app does nothing.",
      };
    case "unauthorized_client":
      return {
        cause: "unauthorized-client",
        summary: `The app "${i.expected.clientId ?? "?"}" is not allowed this grant type`,
        evidence: ev,
        fix: "Allow the grant on the app (allowed_grants in the construct) and deploy; client credentials apps allow only client_credentials.",
      };
    case "invalid_grant":
      if (i.step === "refresh") {
        return {
          cause: "refresh-token-invalid",
          summary: "The stored refresh token is expired, revoked or was already used",
          evidence: ev,
          fix: "Run the interactive login again: npm run smoke -- <env> login",
        };
      }
      if (isAssertion) return exchangeDiagnosis(i, ev);
      return { cause: "unknown", summary: "The identity domain rejected the grant", evidence: ev, fix: "Read the error description above." };
    default:
      return undefined;
  }
}

const SKEW = /clock|expired|exp\b|iat|nbf|not yet valid|future/i;

function origin(url: string | undefined): string | undefined {
  return url && URL.canParse(url) ? new URL(url).origin.toLowerCase() : undefined;
}

function assertionLines(a: AssertionEvidence | undefined): string[] {
  if (!a) return [];
  const t = (s?: number) => (s === undefined ? "?" : new Date(s * 1000).toISOString());
  return [`user assertion: kid ${a.kid ?? "(none)"}, aud ${JSON.stringify(a.aud)}, sub ${a.sub ?? "?"}`, `iat ${t(a.iat)}, exp ${t(a.exp)}, this host's clock ${t(a.now)}`];
}

/**
 * A refused JWT-bearer exchange, told apart by the domain's description and
 * by what the assertions said: wrong domain, aud, unknown kid, clock,
 * unknown user, signature.
 */
function exchangeDiagnosis(i: DiagnosisInput, ev: string[]): Diagnosis {
  const desc = i.oauthErrorDescription ?? "";
  const a = i.expected.assertion;
  const trusted = origin(i.expected.trustedDomainUrl);
  const at = origin(i.expected.exchangeTokenUrl);
  const evidence = [...ev, ...assertionLines(a)];
  if (trusted && at && trusted !== at) {
    return { cause: "wrong-domain", summary: "The assertions were exchanged at another identity domain than the one holding the trusted app", evidence: [...evidence, `exchanged at ${at}`, `trusted app's domain (Fusion's): ${trusted}`], fix: "Exchange at Fusion's identity domain: use the fusion_token_url output (the Function's TOKEN_URL; in oic-native, the connection's access token URL)." };
  }
  const domain = trusted ?? at;
  const deployedAud = i.expected.assertionAudience;
  const audOk = !a || !domain || a.aud.some((x) => origin(x) === domain) || a.aud.includes(LEGACY_IDCS_AUDIENCE) || (deployedAud !== undefined && a.aud.includes(deployedAud));
  if (/\baud\b|audience/i.test(desc) || !audOk) {
    return { cause: "assertion-audience", summary: "The assertions' aud does not name the identity domain that holds the trusted app", evidence: [...evidence, `expected in aud: ${deployedAud ?? (domain ? assertionAudience(domain) : "the domain URL")}`], fix: "Put the trusted app's domain URL in aud (the default; Oracle's Client/User JWT Assertion page); the legacy https://identity.oraclecloud.com/ only where assertion.legacyIdcsAudience is set." };
  }
  if (SKEW.test(desc)) return skew(evidence);
  if (/alias|kid|no certificate|no matching key|no applicable key|key not found/i.test(desc)) {
    return { cause: "assertion-kid-unknown", summary: `The trusted app holds no certificate under the alias "${a?.kid ?? i.expected.certificateAlias ?? "?"}" (the assertions' kid)`, evidence: [...evidence, `trusted_certificate_alias output: ${i.expected.certificateAlias ?? "(none)"}`], fix: "Import the signing key's certificate into the trusted app under that alias (npm run cert, then deploy), or sign with the alias the app holds." };
  }
  if (/user|subject|sub\b/i.test(desc) && /not|unknown|exist|found/i.test(desc)) {
    return { cause: "assertion-user-unknown", summary: `The user "${i.expected.userName ?? "?"}" is not known to ${trusted ? "Fusion's identity domain" : "the identity domain that holds the trusted app"}`, evidence: [...evidence, ...(domain ? [`domain: ${domain}`] : [])], fix: "Federate the user into Fusion's identity domain (the same user name on both sides), or check the name OIC passes as 'Invoked By'." };
  }
  if (/certificate|signature|key/i.test(desc) || i.oauthError === "invalid_client") {
    return { cause: "assertion-certificate", summary: "The assertion's signature does not verify with the trusted app's certificate under that alias", evidence: [...evidence, `certificate alias (kid): ${i.expected.certificateAlias ?? "(unknown)"}`], fix: "The certificate under the alias must be the one over the signing key (npm run cert after a key rotation), and kid = the alias." };
  }
  return { cause: "assertion-rejected", summary: "The identity domain rejected the user assertion", evidence, fix: "Compare the assertion claims with the identity domain's JWT assertion requirements (iss, sub, aud, exp, kid)." };
}

function skew(ev: string[]): Diagnosis {
  return {
    cause: "assertion-clock-skew",
    summary: "The assertion's times (iat/exp) were refused: the signer's clock and the identity domain's disagree",
    evidence: ev,
    fix: "Sync the clock of the host that signs (NTP); keep assertion lifetime short but above the skew.",
  };
}

/** Fusion refused a user token that looks right: Fusion accepts only tokens its own identity domain issued. */
function fusionRefusedDomain(i: DiagnosisInput, ev: string[]): Diagnosis {
  const trusted = origin(i.expected.trustedDomainUrl);
  const at = origin(i.expected.exchangeTokenUrl);
  if (trusted && at && trusted !== at) {
    return { cause: "wrong-domain", summary: "Fusion refused a token issued by another identity domain than its own", evidence: [...ev, `token issued by ${at}`, `Fusion's identity domain: ${trusted}`], fix: "Exchange the assertions at Fusion's identity domain (fusion_token_url), where the trusted app lives." };
  }
  return {
    cause: "token-rejected",
    summary: at ? `Fusion refused a user token issued by ${at}: is that Fusion's own identity domain?` : "Fusion refused a user token whose audience and scope look right",
    evidence: at ? [...ev, `token issued by ${at}`] : ev,
    fix: "Fusion accepts only tokens its own identity domain issued: put the trusted app in Fusion's domain (fusion.identityDomainUrl) and exchange there; federate the users into it.",
  };
}

function resourceDiagnosis(i: DiagnosisInput): Diagnosis {
  const status = i.status ?? 0;
  const claims = i.claims;
  const auds = audienceList(claims);
  const ev = [`HTTP ${status} from ${i.expected.resourceBaseUrl ?? "the resource"}`];
  if (claims) ev.push(`token aud: ${JSON.stringify(auds)}, scope: ${String(claims.scope ?? "")}, sub: ${String(claims.sub ?? "")} (${String(claims.sub_type ?? "?")})`);
  const isFusion = i.step === "fusion";

  if (status === 401) {
    const expectedAud = i.expected.audience;
    if (expectedAud && claims && !auds.includes(expectedAud)) {
      const scope = scopeProblem(i);
      if (scope) return { ...scope, evidence: [...ev, ...scope.evidence] };
      return {
        cause: "audience-mismatch",
        summary: "The token's audience is not this resource's primary audience",
        evidence: [...ev, `expected audience: ${expectedAud}`],
        fix: "Request the FQS of this resource (oic_audience + scope); one client app, one resource.",
      };
    }
    const baseHost = hostOf(i.expected.resourceBaseUrl);
    const audHost = hostOf(expectedAud);
    if (baseHost && audHost && baseHost !== audHost && !isLoopbackHost(baseHost)) {
      return {
        cause: "audience-mismatch",
        summary: "The audience names a different host than the one called",
        evidence: [...ev, `audience host: ${audHost}`, `called host: ${baseHost}`],
        fix: "The OIC app's primary audience must be the instance you call; check oic_audience vs oic_base_url for this environment.",
      };
    }
    if (claims && typeof claims.exp === "number" && claims.exp * 1000 < Date.now()) {
      return { cause: "token-rejected", summary: "The token had expired when it was used", evidence: [...ev, `exp: ${new Date(claims.exp * 1000).toISOString()}`], fix: "Get a fresh token; check the host clock." };
    }
    if (isFusion && claims && claims.sub_type !== "user") {
      return { cause: "not-a-user-token", summary: "Fusion needs a user token; this one represents a client", evidence: ev, fix: "Use flow C (user assertion) to mint a user token for Fusion; never pass an OIC token on." };
    }
    const scope = scopeProblem(i);
    if (scope) return { ...scope, evidence: [...ev, ...scope.evidence] };
    if (isFusion) return fusionRefusedDomain(i, ev);
    return {
      cause: "token-rejected",
      summary: "The resource refused a token whose audience and scope look right (not yet propagated, wrong domain, or signature)",
      evidence: ev,
      fix: "Wait a minute after a deploy (new apps and grants propagate), then check the token comes from the OIC instance's own identity domain.",
    };
  }
  if (status === 403) {
    if (isFusion) {
      return { cause: "user-not-authorized", summary: `Fusion refused the user "${String(claims?.sub ?? "?")}"`, evidence: ev, fix: "Give the user the Fusion role the endpoint needs." };
    }
    const user = claims?.sub_type === "user";
    return {
      cause: "role-missing",
      summary: user ? `The user "${String(claims?.sub)}" lacks the ServiceInvoker role on the OIC app` : `The app "${String(claims?.client_id ?? i.expected.clientId ?? "?")}" lacks the ServiceInvoker role on the OIC app`,
      evidence: ev,
      fix: user ? "Grant ServiceInvoker to the user or one of their groups (the auth-code app's users/groups)." : "Grant ServiceInvoker to the client app (the construct's grant) and deploy; wait for propagation.",
    };
  }
  if (status === 404) {
    return {
      cause: "integration-not-found",
      summary: isFusion ? "The Fusion endpoint does not exist" : "The integration is not found or not activated",
      evidence: [...ev, `path: ${i.expected.integrationPath ?? "?"}`],
      fix: isFusion ? "Check fusion.smokePath." : "Activate the integration in OIC, and check method and path (/ic/api/integration/v1/flows/rest/<CODE>/<version>/<resource>).",
    };
  }
  if (status === 429 || status >= 500) {
    return { cause: "throttled", summary: `The resource stayed unavailable (HTTP ${status}) within the wait budget`, evidence: ev, fix: "Retry later, or raise --propagation-wait." };
  }
  return {
    cause: "unexpected-status",
    summary: `Expected HTTP ${i.expected.expectedStatus ?? 200}, got ${status}`,
    evidence: ev,
    fix: "Check the integration's request (method, body) and its expected status (--expect-status).",
  };
}

/** The most likely cause of a failed step, with evidence and fix. */
export function diagnose(i: DiagnosisInput): Diagnosis {
  if (i.step === "inputs") {
    return { cause: "missing-input", summary: `Missing input: ${i.expected.missing ?? "?"}`, evidence: [], fix: "Pass the outputs file of the deploy (--outputs) and the secrets (env vars or --outputs-file-include-sensitive-outputs)." };
  }
  if (i.networkError) {
    return { cause: "unreachable", summary: "The endpoint could not be reached", evidence: [i.networkError], fix: "Check the URL in the outputs, DNS, proxy and network access from this host." };
  }
  if (i.step === "refresh" && i.oauthError === "login_required") {
    return { cause: "login-required", summary: "No stored refresh token for this environment", evidence: i.oauthErrorDescription ? [i.oauthErrorDescription] : [], fix: "Run the interactive login once: npm run smoke -- <env> login" };
  }
  if (i.step === "login" && i.status === undefined && !i.oauthError) {
    return { cause: "login-required", summary: "The interactive login did not complete", evidence: i.oauthErrorDescription ? [i.oauthErrorDescription] : [], fix: "Run npm run smoke -- <env> login again and finish the sign-in in the browser within the time limit." };
  }
  if (i.step === "token-shape") {
    return (
      scopeProblem(i) ?? {
        cause: "audience-mismatch",
        summary: "The token does not carry the expected audience or scope",
        evidence: [`aud: ${JSON.stringify(audienceList(i.claims))}`, `scope: ${String(i.claims?.scope ?? "")}`, `expected audience: ${i.expected.audience ?? "?"}`],
        fix: "Request exactly the FQS of the resource from the outputs.",
      }
    );
  }
  if (i.step === "token" || i.step === "refresh" || i.step === "exchange" || i.step === "login") {
    if (i.status === 429 || (i.status ?? 0) >= 500) {
      return { cause: "throttled", summary: `The identity domain stayed unavailable (HTTP ${i.status})`, evidence: [`HTTP ${i.status}`], fix: "Retry later." };
    }
    return tokenEndpointDiagnosis(i) ?? { cause: "unknown", summary: "The token request failed", evidence: [`HTTP ${i.status ?? "?"} ${i.oauthError ?? ""} ${i.oauthErrorDescription ?? ""}`.trim()], fix: "Read the error above." };
  }
  if (i.step === "assertion") {
    return { cause: "assertion-rejected", summary: "Could not obtain the user assertion", evidence: [i.oauthErrorDescription ?? ""].filter(Boolean), fix: "Check the assertion Function (or --assertion-key) and its configuration." };
  }
  return resourceDiagnosis(i);
}

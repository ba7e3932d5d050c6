import { X509Certificate } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { CONSUMER_SCOPE, OFFLINE_ACCESS, explainScopeMismatch, fullyQualifiedScope, splitScope } from "../../contract/scope";
import { ConfigError, type ConfigProblem, show } from "./config-error";
import type { EnvironmentConfig, FunctionAssertionConfig } from "./environment";
import { engineProblems } from "./engine";
import { OIC_APP_ROLES, closest } from "../../contract/oic-roles";
import { ASSERTION_ALLOW_RULE, HSM_KEY_RULE, ONE_RESOURCE_RULE, PINNED_IMAGE_RULE, REDIRECT_RULE, type Rule } from "../rules";
import { checkUserName } from "../../contract/user-name";
import { hostRegion, ocidRegion } from "./regions";
import { environmentSchema, shapeProblems } from "./schema";
import { normaliseEnvironment, type ConfigNote } from "./normalise";
import { oicNativeProblems } from "./oic-native";
import { sharedStateBucketProblems } from "./state-buckets";

const OCID = /^ocid1\.([a-z0-9]+)\.oc[0-9]+\.[a-z0-9-]*(\.[a-z0-9-]+)?\.[a-z0-9]{20,}$/;
const ENV_NAME = /^[a-z][a-z0-9-]{0,19}$/;
const REGION = /^[a-z]{2,3}-[a-z]+-[0-9]$/;
const CLIENT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const IMAGE = /^[a-z0-9.-]+\.ocir\.io\/[a-z0-9_-]+\/[a-z0-9._/-]+:[A-Za-z0-9._-]+$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;
const DOMAIN_NAME = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}$/;

/** Collects the problems of one environment; `check` never throws. */
class Checker {
  readonly problems: ConfigProblem[] = [];
  constructor(
    private readonly env: string,
    /** `protect: true`: production rules apply. */
    readonly protect: boolean,
  ) {}

  add(field: string, value: unknown, problem: string, fix: string): void {
    this.problems.push({ env: this.env, field, value: show(value), problem, fix });
  }

  /** A safety rule (lib/rules/, the same the Aspects apply): its error findings, as written there, with its id. */
  rule<S>(field: string, value: unknown, rule: Rule<S>, subject: S): void {
    if (rule.level !== "error" || (rule.protectedOnly && !this.protect)) return;
    for (const f of rule.check(subject)) this.add(field, value, `${f.problem} (${rule.id})`, f.fix);
  }

  ocid(field: string, value: unknown, types: readonly string[]): void {
    const example = `ocid1.${types[0]}.oc1..aaaa...`;
    if (typeof value !== "string" || value.length === 0) {
      this.add(field, value, `an OCID of a ${types.join(" or ")} is required`, `set it to the resource's OCID (${example})`);
      return;
    }
    const m = OCID.exec(value);
    if (!m) {
      this.add(field, value, "is not a well-formed OCID", `copy the OCID from the console; it looks like ${example}`);
    } else if (!types.includes(m[1])) {
      this.add(field, value, `is the OCID of a ${m[1]}, not of a ${types.join(" or ")}`, `use the OCID of the ${types[0]}`);
    }
  }

  /**
   * An https URL, checked as written: the stack carries this exact string,
   * so a form a URL parser would read differently (spaces, upper case,
   * a default port dropped, user info) is refused, not silently accepted.
   */
  httpsUrl(field: string, value: unknown, opts: { port443?: boolean; noPath?: boolean } = {}): URL | undefined {
    if (typeof value !== "string" || value.length === 0) {
      this.add(field, value, "a URL is required", "set it to an https URL");
      return undefined;
    }
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    if (/[\s\u0000-\u001f\u007f]/.test(value)) {
      this.add(field, value, "contains whitespace or a control character, which the stack would carry as written", `write the URL alone, e.g. "${value.replace(/\s+/g, "")}"`);
      return undefined;
    }
    if (!URL.canParse(value)) {
      this.add(field, value, "is not a URL", "write it as https://host[:port]");
      return undefined;
    }
    const url = new URL(value);
    if (url.protocol !== "https:") {
      this.add(field, value, "must use https", `write it as https://${url.host}${url.pathname === "/" ? "" : url.pathname}`);
      return url;
    }
    if (url.username || url.password) {
      this.add(field, value, "carries a user name or password in the URL", `use "${url.origin}"`);
      return url;
    }
    if ((opts.noPath || opts.port443) && (url.search || url.hash)) {
      this.add(field, value, "must not have a query or fragment", `use "${url.origin}${opts.port443 ? ":443" : ""}"`);
      return url;
    }
    if (opts.port443 && !/:443$/.test(value)) {
      this.add(field, value, 'a primary audience includes the port: it must end with ":443"', `use "${value.replace(/\/$/, "")}:443" (copy it from the OIC app's "Primary audience")`);
      return url;
    }
    if (opts.noPath && !opts.port443 && url.pathname !== "/" && url.pathname !== "") {
      this.add(field, value, "must not have a path", `use "${url.origin}"`);
      return url;
    }
    // What the stack writes must be what was checked: the parser's reading, as text.
    const readAs = opts.port443 ? `${url.protocol}//${url.hostname}:443` : `${url.protocol}//${url.host}`;
    const pathless = opts.noPath || (opts.port443 && (url.pathname === "/" || url.pathname === ""));
    if (pathless && value !== readAs && value !== `${url.protocol}//${url.hostname}:443`) {
      this.add(field, value, `a URL parser reads it as "${readAs}", but the stack would carry it as written`, `write "${readAs}"`);
    }
    return url;
  }

  identityDomain(field: string, value: unknown): void {
    const url = this.httpsUrl(field, value, { noPath: true });
    if (url && !url.hostname.endsWith(".identity.oraclecloud.com")) {
      this.add(field, value, "is not an identity domain URL", "use the domain URL from Identity > Domains > (domain) > Domain URL, e.g. https://idcs-0123abcd.identity.oraclecloud.com");
    }
  }

  userName(field: string, value: unknown): string | undefined {
    const checked = checkUserName(value);
    if (checked.ok) return checked.folded;
    this.add(field, value, `is not a user name the Function can assert: it ${checked.reason}`, "use the user's name in Fusion's identity domain exactly, without invisible or look-alike characters");
    return undefined;
  }
}

/** Checks one environment (any value: a JS file may hold anything); returns its problems, empty when it is fine. */
export function checkEnvironment(config: unknown, baseDir: string = process.cwd()): ConfigProblem[] {
  const name = typeof (config as { name?: unknown } | null)?.name === "string" ? (config as { name: string }).name : "(unnamed)";
  const shape = shapeProblems(name, config);
  // Semantic checks assume the shape: with a wrong shape they would only repeat it, or throw.
  if (shape.length > 0) return shape;
  const env = normaliseEnvironment(config as EnvironmentConfig).config;
  const c = new Checker(name, env.protect === true);
  if (!ENV_NAME.test(env.name)) {
    c.add("name", env.name, "must be 1-20 characters: lower-case letters, digits, dashes, starting with a letter", 'use a short name such as "dev" or "prod-eu"');
  }
  if (!REGION.test(env.region)) c.add("region", env.region, "is not an OCI region identifier", 'use the region identifier, e.g. "us-ashburn-1"');
  c.ocid("compartmentId", env.compartmentId, ["compartment", "tenancy"]);
  c.ocid("tenancyId", env.tenancyId, ["tenancy"]);
  c.identityDomain("identityDomainUrl", env.identityDomainUrl);
  if (env.identityDomainName !== undefined && (!DOMAIN_NAME.test(env.identityDomainName) || env.identityDomainName.trim() !== env.identityDomainName)) {
    c.add("identityDomainName", env.identityDomainName, "is not an identity domain name", 'use the name shown in Identity > Domains, e.g. "Default" or "OracleIdentityCloudService"');
  }

  const oicScope = checkOic(c, env);
  const fusionScope = checkFusion(c, env);
  checkApps(c, env, oicScope, fusionScope);
  checkAssertion(c, env, baseDir);
  checkAllowRule(c, env);
  checkSmoke(c, env);
  checkBackend(c, env);
  for (const p of engineProblems(env)) c.add(p.field, p.value, p.problem, p.fix);
  checkRegions(c, env);
  return c.problems;
}

/** Returns the OIC FQS when it is known at synth time. */
function checkOic(c: Checker, config: EnvironmentConfig): string | undefined {
  const oic = config.oic;
  if (!oic || typeof oic !== "object") {
    c.add("oic", oic, "is required", "give either { integrationInstanceId } or { appId, audience }");
    return undefined;
  }
  if ("appId" in oic) {
    if (typeof oic.appId !== "string" || !/^[A-Za-z0-9]{16,64}$/.test(oic.appId)) {
      c.add("oic.appId", oic.appId, "is not an IAM app id", "copy the id of the instance's Oracle Cloud Service app (32 hex characters) from the domain's Integrated applications");
    }
    if (oic.integrationInstanceId !== undefined) c.ocid("oic.integrationInstanceId", oic.integrationInstanceId, ["integrationinstance"]);
    const url = c.httpsUrl("oic.audience", oic.audience, { port443: true });
    if (!url) return undefined;
    if (url.pathname !== "/" && url.pathname !== "") {
      c.add("oic.audience", oic.audience, "an audience is scheme, host and port only", `use "${url.origin}:443"`);
    }
    if (oic.fullyQualifiedScope !== undefined) {
      const why = explainScopeMismatch(oic.fullyQualifiedScope, oic.audience);
      if (why) c.add("oic.fullyQualifiedScope", oic.fullyQualifiedScope, `does not match the audience: ${why}`, "remove it to have it derived, or copy it exactly from the app's resources");
    }
    checkOicBaseUrl(c, config);
    return fullyQualifiedScope(oic.audience);
  }
  c.ocid("oic.integrationInstanceId", oic.integrationInstanceId, ["integrationinstance"]);
  checkOicBaseUrl(c, config);
  return undefined;
}

/** Never derived from the audience: Oracle documents audiences whose host is not the instance's. */
function checkOicBaseUrl(c: Checker, config: EnvironmentConfig): void {
  if (config.oicBaseUrl !== undefined) {
    c.httpsUrl("oicBaseUrl", config.oicBaseUrl, { noPath: true });
  } else if (!config.oic.integrationInstanceId) {
    c.add("oicBaseUrl", undefined, "OIC's runtime URL is needed to call integrations, and without oic.integrationInstanceId it cannot be read from the instance", 'set oicBaseUrl to the instance URL (e.g. "https://oic-dev-....integration.ocp.oraclecloud.com"), or give oic.integrationInstanceId');
  }
}

function checkFusion(c: Checker, config: EnvironmentConfig): string | undefined {
  const f = config.fusion;
  if (!f) return undefined;
  const url = c.httpsUrl("fusion.audience", f.audience, { port443: true });
  c.httpsUrl("fusion.baseUrl", f.baseUrl, { noPath: true });
  if (f.identityDomainUrl !== undefined) c.identityDomain("fusion.identityDomainUrl", f.identityDomainUrl);
  if (f.scope !== undefined && (f.scope === "" || /\s/.test(f.scope) || f.scope.includes("://"))) {
    c.add("fusion.scope", f.scope, "is the scope part alone (the audience is added to it): no spaces, no URL", `leave it out for "${CONSUMER_SCOPE}", or write only the part after the audience`);
  }
  if (f.smokePath !== undefined && (!f.smokePath.startsWith("/") || /\s/.test(f.smokePath) || f.smokePath.includes("://"))) {
    c.add("fusion.smokePath", f.smokePath, 'must be an absolute path starting with "/", without spaces', "use the path of a Fusion REST GET endpoint, e.g. \"/hcmRestApi/resources/11.13.18.05/userAccounts?limit=1\"");
  }
  return url ? fullyQualifiedScope(f.audience, f.scope ?? CONSUMER_SCOPE) : undefined;
}

function checkRoles(c: Checker, field: string, roles: readonly string[] | undefined): void {
  (roles ?? []).forEach((role, i) => {
    if (!(OIC_APP_ROLES as readonly string[]).includes(role)) {
      const near = closest(role);
      c.add(`${field}[${i}]`, role, "is not an app role of the OIC app", near ? `did you mean "${near}"? Known roles: ${OIC_APP_ROLES.join(", ")}` : `use one of ${OIC_APP_ROLES.join(", ")}`);
    }
  });
}

function checkAppScopes(c: Checker, field: string, scopes: readonly string[] | undefined, oicScope: string | undefined, fusionScope: string | undefined, allowOffline: boolean): void {
  (scopes ?? []).forEach((scope, i) => {
    const f = `${field}[${i}]`;
    if (scope === OFFLINE_ACCESS) {
      if (!allowOffline) c.add(f, scope, "offline_access (refresh tokens) is for the authorization-code flow", "remove it: client credentials need no refresh token");
      return;
    }
    if (fusionScope && scope === fusionScope) {
      // The construct adds OIC's scope to every client app; read from the instance, it is known only at apply.
      c.rule(f, scope, ONE_RESOURCE_RULE, { scopes: [oicScope ?? "(OIC's scope, read from the instance)", scope] });
      return;
    }
    if (oicScope) {
      const why = explainScopeMismatch(scope, splitScope(oicScope)!.audience);
      if (why) c.add(f, scope, `is not the OIC scope: ${why}`, "remove it: the OIC scope is added for you, derived from the OIC app's audience");
    } else {
      c.add(f, scope, "custom scopes need a literal OIC audience to be checked against", "remove it: the OIC scope is read from the integration instance at apply time");
    }
  });
}

function checkApps(c: Checker, config: EnvironmentConfig, oicScope: string | undefined, fusionScope: string | undefined): void {
  const names = new Map<string, string>();
  const claim = (field: string, name: unknown) => {
    if (typeof name !== "string" || !CLIENT_NAME.test(name)) {
      c.add(field, name, "a client ID is 1-100 letters, digits, '.', '_' or '-'", `use a name such as "${config.name}-scheduler"`);
      return;
    }
    const prior = names.get(name);
    if (prior) c.add(field, name, `is already the name of ${prior}; client IDs are unique in the domain`, "choose another name");
    else names.set(name, field);
  };

  const displayName = (field: string, value: string | undefined) => {
    if (value !== undefined && (value.trim() === "" || value.trim() !== value || value.length > 255)) {
      c.add(field, value, "a display name is 1-255 characters without surrounding spaces", "leave it out to show the client ID, or write the name the console should show");
    }
  };
  (config.clientCredentialsApps ?? []).forEach((app, i) => {
    const f = `clientCredentialsApps[${i}]`;
    claim(`${f}.name`, app.name);
    displayName(`${f}.displayName`, app.displayName);
    checkRoles(c, `${f}.extraRoles`, app.extraRoles);
    checkAppScopes(c, `${f}.scopes`, app.scopes, oicScope, fusionScope, false);
  });

  (config.authCodeApps ?? []).forEach((app, i) => {
    const f = `authCodeApps[${i}]`;
    claim(`${f}.name`, app.name);
    displayName(`${f}.displayName`, app.displayName);
    checkRoles(c, `${f}.extraRoles`, app.extraRoles);
    checkAppScopes(c, `${f}.scopes`, app.scopes, oicScope, fusionScope, true);
    if (app.caller === "backend" || app.caller === "scheduler") {
      c.add(`${f}.caller`, app.caller, "the authorization-code flow needs a person to log in; a backend or scheduled caller breaks when the refresh token expires", "declare this caller under clientCredentialsApps instead");
    }
    if (!Array.isArray(app.redirectUris) || app.redirectUris.length === 0) {
      c.add(`${f}.redirectUris`, app.redirectUris, "an authorization-code app needs at least one redirect URI", "add the https callback URL of the client application");
    }
    (app.redirectUris ?? []).forEach((uri, j) => checkRedirectUri(c, `${f}.redirectUris[${j}]`, uri, app.allowLoopbackRedirect === true));
    if ((app.users ?? []).length === 0 && (app.groups ?? []).length === 0) {
      c.add(`${f}.users`, app.users, "nobody who logs in holds ServiceInvoker, so OIC will answer 403 to every user token", "list the users or groups who log in (users: [...] or groups: [...])");
    }
    (app.users ?? []).forEach((u, j) => {
      if (typeof u !== "string" || u.trim() === "" || /["\\]/.test(u)) c.add(`${f}.users[${j}]`, u, "is not a user name", "use the user's name in the identity domain (often the e-mail address)");
      else if (u.trim() !== u) c.add(`${f}.users[${j}]`, u, "has surrounding spaces: the grant's user lookup would search for them and find nobody", `use "${u.trim()}"`);
    });
    (app.groups ?? []).forEach((g, j) => {
      if (typeof g !== "string" || g.trim() === "" || /["\\]/.test(g)) c.add(`${f}.groups[${j}]`, g, "is not a group name", "use the group's display name in the identity domain");
      else if (g.trim() !== g) c.add(`${f}.groups[${j}]`, g, "has surrounding spaces: the grant's group lookup would search for them and find nothing", `use "${g.trim()}"`);
    });
  });

  if (config.assertion) claim("assertion.trustedAppName", config.assertion.trustedAppName);
  if (names.size === 0) {
    c.add("clientCredentialsApps", config.clientCredentialsApps, "the environment declares no client app", "add at least one client-credentials app (the default for machine callers)");
  }
}

function checkRedirectUri(c: Checker, field: string, uri: string, allowLoopback: boolean): void {
  if (!URL.canParse(uri)) {
    c.add(field, uri, "is not a URL", "write the full callback URL, e.g. https://app.example.com/callback");
    return;
  }
  const url = new URL(uri);
  // The identity domain compares redirect URIs as strings: what is checked must be what it receives.
  if (url.href !== uri && url.href !== `${uri}/`) {
    c.add(field, uri, `a URL parser reads it as "${url.href}", but the identity domain compares redirect URIs exactly as written`, `write "${url.href}"`);
    return;
  }
  if (url.hash) c.add(field, uri, "a redirect URI must not have a fragment", `remove "${url.hash}"`);
  c.rule(field, uri, REDIRECT_RULE, { uri, allowLoopback, protected: c.protect });
}

function checkAssertion(c: Checker, config: EnvironmentConfig, baseDir: string): void {
  const a = config.assertion;
  if (!a) return;
  if (!config.fusion) {
    c.add("fusion", undefined, "identity propagation needs the Fusion resource (audience and base URL)", "add fusion: { audience, baseUrl }");
  }
  checkCertificate(c, config.name, a, baseDir);
  if (a.mode === "oic-native") {
    c.problems.push(...oicNativeProblems(config));
    return;
  }
  const v = a.vault;
  if (v.existingVaultId !== undefined) {
    c.ocid("assertion.vault.existingVaultId", v.existingVaultId, ["vault"]);
    if (!v.managementEndpoint) c.add("assertion.vault.managementEndpoint", undefined, "an existing vault needs its management endpoint", "copy it from the vault's details page");
    if (!v.cryptoEndpoint) c.add("assertion.vault.cryptoEndpoint", undefined, "an existing vault needs its cryptographic endpoint", "copy it from the vault's details page");
  }
  if (v.managementEndpoint) c.httpsUrl("assertion.vault.managementEndpoint", v.managementEndpoint, { noPath: true });
  if (v.cryptoEndpoint) c.httpsUrl("assertion.vault.cryptoEndpoint", v.cryptoEndpoint, { noPath: true });
  c.rule("assertion.vault.protectionMode", v.protectionMode, HSM_KEY_RULE, { protectionMode: v.protectionMode });
  checkFunction(c, a.function);
  if (!config.oic.integrationInstanceId) {
    c.add("oic.integrationInstanceId", undefined, "the environment deploys the assertion Function, whose invoke policy names this OIC instance and no other", "give the OCID of the OIC instance (oic.integrationInstanceId)");
  }
}

function checkCertificate(c: Checker, env: string, a: NonNullable<EnvironmentConfig["assertion"]>, baseDir: string): void {
  if (a.certificatePem !== undefined && a.certificatePath !== undefined) {
    c.add("assertion.certificatePem", "(PEM)", "give the certificate either as certificatePem or as certificatePath, not both", "remove one of them");
  }
  if (a.certificatePem !== undefined) {
    try {
      new X509Certificate(a.certificatePem);
    } catch {
      c.add("assertion.certificatePem", a.certificatePem.slice(0, 40), "is not a PEM X.509 certificate", "paste the whole -----BEGIN CERTIFICATE----- block, or run npm run cert -- <env>");
    }
    if (/PRIVATE KEY/.test(a.certificatePem)) {
      c.add("assertion.certificatePem", "(PEM with a private key)", "holds a private key; the signing key must never leave the Vault", "remove the private key block; keep only the certificate");
    }
  }
  if (a.certificatePath !== undefined && !a.certificatePath.endsWith(".pem")) {
    c.add("assertion.certificatePath", a.certificatePath, "must name a .pem file", `use "certs/${env}.pem" (written by npm run cert -- ${env})`);
  } else if (a.certificatePath !== undefined && existsSync(resolve(baseDir, a.certificatePath))) {
    try {
      new X509Certificate(readFileSync(resolve(baseDir, a.certificatePath)));
    } catch {
      c.add("assertion.certificatePath", a.certificatePath, "the file is not a PEM X.509 certificate", `write it again with npm run cert -- ${env}`);
    }
  }
  if (a.certificateAlias !== undefined && !/^[A-Za-z0-9._-]{1,64}$/.test(a.certificateAlias)) {
    c.add("assertion.certificateAlias", a.certificateAlias, "an alias is 1-64 letters, digits, '.', '_' or '-'", "leave it out to derive it from the certificate");
  }
}

function checkFunction(c: Checker, fn: FunctionAssertionConfig["function"]): void {
  if (fn.image === "") {
    c.add("assertion.function.image", fn.image, "the assertion Function needs its container image", `push the image built from function/ and set image: "<region-key>.ocir.io/<namespace>/oic-access/assertion:<tag>"`);
  } else if (!IMAGE.test(fn.image)) {
    c.add("assertion.function.image", fn.image, "is not an OCIR image reference with a tag", 'use "<region-key>.ocir.io/<namespace>/<repo>:<tag>", e.g. "iad.ocir.io/mytenancy/oic-access/assertion:1.0.0"');
  }
  if (fn.imageDigest !== undefined && !DIGEST.test(fn.imageDigest)) {
    c.add("assertion.function.imageDigest", fn.imageDigest, 'is not an image digest ("sha256:" and 64 hex characters)', "copy it from the push output or OCIR");
  } else {
    c.rule("assertion.function.imageDigest", fn.imageDigest, PINNED_IMAGE_RULE, { imageDigest: fn.imageDigest });
  }
  if (fn.subnetIds.length === 0) {
    c.add("assertion.function.subnetIds", fn.subnetIds, "a Functions application needs at least one subnet", "give the OCID of a private subnet with a service gateway");
  }
  fn.subnetIds.forEach((s, i) => c.ocid(`assertion.function.subnetIds[${i}]`, s, ["subnet"]));
  if (fn.memoryMb !== undefined && !(Number.isInteger(fn.memoryMb) && fn.memoryMb >= 128 && fn.memoryMb <= 3072)) {
    c.add("assertion.function.memoryMb", fn.memoryMb, "must be a whole number of MB from 128 to 3072", "use 256 (the default)");
  }
  if (fn.timeoutSeconds !== undefined && !(Number.isInteger(fn.timeoutSeconds) && fn.timeoutSeconds >= 5 && fn.timeoutSeconds <= 300)) {
    c.add("assertion.function.timeoutSeconds", fn.timeoutSeconds, "must be from 5 to 300 seconds", "use 30 (the default)");
  }
}

/** Whom the Function may assert: said explicitly, required when protected, every name a safe one. */
function checkAllowRule(c: Checker, config: EnvironmentConfig): void {
  const a = config.assertion;
  if (!a || a.mode === "oic-native") return;
  const allow = a.allow;
  if (!allow) {
    c.rule("assertion.allow", undefined, ASSERTION_ALLOW_RULE, { users: [], groups: [], anyFederatedUser: false });
    return;
  }
  if ("anyFederatedUser" in allow) return;
  const seen = new Map<string, number>();
  (allow.users ?? []).forEach((u, i) => {
    const folded = c.userName(`assertion.allow.users[${i}]`, u);
    if (folded !== undefined && seen.has(folded)) {
      c.add(`assertion.allow.users[${i}]`, u, `is the same user as users[${seen.get(folded)}] (user names compare case-insensitively)`, "remove the duplicate");
    } else if (folded !== undefined) seen.set(folded, i);
  });
  (allow.groups ?? []).forEach((g, i) => {
    // eslint-disable-next-line no-control-regex
    if (g.trim() === "" || g.trim() !== g || /["\\,\u0000-\u001f]/.test(g)) c.add(`assertion.allow.groups[${i}]`, g, "is not a group name", "use the group's display name in Fusion's identity domain");
  });
  if ((allow.users ?? []).length === 0 && (allow.groups ?? []).length === 0) {
    c.add("assertion.allow", allow, "names no user and no group: the Function would assert nobody", "list users or groups, or leave allow out while propagation is not used");
  }
}

function checkSmoke(c: Checker, config: EnvironmentConfig): void {
  const i = config.smoke?.integration;
  if (!i) {
    c.add("smoke.integration", undefined, "the smoke test needs an integration to trigger", 'add smoke: { integration: { path: "HELLO_WORLD/1.0/hello" } }');
    return;
  }
  if (typeof i.path !== "string" || i.path === "" || /\s/.test(i.path) || i.path.includes("..")) {
    c.add("smoke.integration.path", i.path, "is not a path", 'use the part after /ic/api/integration/v1/flows/rest/, e.g. "HELLO_WORLD/1.0/hello"');
  } else if (i.path.includes("://") || i.path.startsWith("/ic/")) {
    c.add("smoke.integration.path", i.path, "is not the endpoint of a REST-triggered integration (/ic/api/integration/v1/flows/rest/...)", 'copy the endpoint URL from the integration\'s Run page, or give the part after /ic/api/integration/v1/flows/rest/, e.g. "HELLO_WORLD/1.0/hello"');
  }
  if (i.expectedStatus !== undefined && !(Number.isInteger(i.expectedStatus) && i.expectedStatus >= 200 && i.expectedStatus < 400)) {
    c.add("smoke.integration.expectedStatus", i.expectedStatus, "must be a success status (200-399)", "use the status the integration returns when it works, e.g. 200");
  }
  if (i.body !== undefined && (i.method ?? "GET") === "GET") {
    c.add("smoke.integration.body", "(body)", "a GET request carries no body", 'set method: "POST" or remove the body');
  }
  checkSmokeUser(c, config);
}

function checkSmokeUser(c: Checker, config: EnvironmentConfig): void {
  const user = config.smoke.assertionUser;
  // Without propagation the smoke has no flow C and never uses it.
  if (user === undefined || !config.assertion) return;
  const folded = c.userName("smoke.assertionUser", user);
  const allow = config.assertion.mode === "oic-native" ? undefined : config.assertion.allow;
  const listed = allow && "users" in allow ? (allow.users ?? []).map((u) => checkUserName(u)) : [];
  const onlyUsers = allow !== undefined && !("anyFederatedUser" in allow) && (allow.groups ?? []).length === 0;
  if (folded !== undefined && onlyUsers && listed.length > 0 && !listed.some((l) => l.ok && l.folded === folded)) {
    c.add("smoke.assertionUser", user, "is not in assertion.allow.users: the Function will refuse the smoke's flow C", "add the user to assertion.allow.users, or pick a listed user");
  }
}

function checkBackend(c: Checker, config: EnvironmentConfig): void {
  const b = config.backend;
  if (!b || b.type === "local") return;
  for (const field of ["namespace", "bucket", "region"] as const) {
    if (b[field] === "") c.add(`backend.${field}`, b[field], "is required for the Object Storage backend", `set backend.${field}`);
  }
  if (b.region && !REGION.test(b.region)) c.add("backend.region", b.region, "is not an OCI region identifier", 'use e.g. "us-ashburn-1"');
  if (b.namespace && !/^[a-z0-9]{1,64}$/.test(b.namespace)) c.add("backend.namespace", b.namespace, "is not an Object Storage namespace (lower-case letters and digits)", "copy it from Tenancy details > Object storage namespace");
  if (b.bucket && !/^[A-Za-z0-9._-]{1,256}$/.test(b.bucket)) c.add("backend.bucket", b.bucket, "is not a bucket name (letters, digits, '.', '_', '-')", "use the bucket's name as the console shows it");
  if (b.key !== undefined && (b.key === "" || /\s/.test(b.key) || b.key.startsWith("/") || b.key.includes("//"))) {
    c.add("backend.key", b.key, "is not an object name: no spaces, no leading or doubled \"/\"", `leave it out for "oic-access/${config.name}/terraform.tfstate"`);
  }
}

/** The region every OCID and host names must be the environment's `region`. */
function checkRegions(c: Checker, config: EnvironmentConfig): void {
  const a = config.assertion?.mode === "oic-native" ? undefined : config.assertion;
  const ocids: [string, string | undefined][] = [
    ["compartmentId", config.compartmentId],
    ["oic.integrationInstanceId", config.oic.integrationInstanceId],
    ["assertion.vault.existingVaultId", a?.vault.existingVaultId],
    ...(a?.function.subnetIds ?? []).map((s, i): [string, string] => [`assertion.function.subnetIds[${i}]`, s]),
  ];
  const hosts: [string, string | undefined][] = [
    ["oic.audience", "audience" in config.oic ? config.oic.audience : undefined],
    ["oicBaseUrl", config.oicBaseUrl],
    ["assertion.function.image", a?.function.image ? `https://${a.function.image.split("/")[0]}` : undefined],
    ["assertion.vault.managementEndpoint", a?.vault.managementEndpoint],
    ["assertion.vault.cryptoEndpoint", a?.vault.cryptoEndpoint],
  ];
  const found = [
    ...ocids.map(([f, v]) => [f, v, v ? ocidRegion(v) : undefined] as const),
    ...hosts.map(([f, v]) => [f, v, v && URL.canParse(v) ? hostRegion(new URL(v).hostname) : undefined] as const),
  ];
  for (const [field, value, region] of found) {
    if (region && REGION.test(config.region) && region !== config.region) {
      c.add(field, value, `names the region ${region}, but the environment's region is ${config.region}`, `set region to "${region}" if that is where the environment lives, or use the ${config.region} resource`);
    }
  }
}

/** `identity domain|client ID` of every app the environment declares, with its field. */
function appsByDomain(config: EnvironmentConfig): [string, string][] {
  const domain = (url: string) => (URL.canParse(url) ? new URL(url).origin.toLowerCase() : url);
  const oicDomain = domain(config.identityDomainUrl);
  const out: [string, string][] = [
    ...(config.clientCredentialsApps ?? []).map((a, i): [string, string] => [`${oicDomain}|${a.name}`, `clientCredentialsApps[${i}].name`]),
    ...(config.authCodeApps ?? []).map((a, i): [string, string] => [`${oicDomain}|${a.name}`, `authCodeApps[${i}].name`]),
  ];
  // The trusted app lives in Fusion's identity domain (OIC's when it is the same domain).
  if (config.assertion) out.push([`${domain(config.fusion?.identityDomainUrl ?? config.identityDomainUrl)}|${config.assertion.trustedAppName}`, "assertion.trustedAppName"]);
  return out;
}

/** Problems between environments: names, and client IDs within one identity domain. */
function crossEnvironmentProblems(configs: readonly EnvironmentConfig[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const names = new Set<string>();
  const clients = new Map<string, string>();
  for (const config of configs) {
    if (names.has(config.name)) {
      problems.push({ env: "(environments)", field: "name", value: show(config.name), problem: "two environments have this name; each needs its own stack and state", fix: "rename one of them" });
      continue; // its client IDs would only repeat the same mistake
    }
    names.add(config.name);
    for (const [key, field] of appsByDomain(config)) {
      const prior = clients.get(key);
      const [domain, clientId] = key.split("|");
      if (prior && !prior.startsWith(`[${config.name}]`)) {
        problems.push({ env: config.name, field, value: show(clientId), problem: `is also the client ID of ${prior} in the same identity domain (${domain}); client IDs are unique in a domain and one environment would take over the other's app`, fix: `prefix client IDs with the environment name, e.g. "${config.name}-..."` });
      } else if (!prior) clients.set(key, `[${config.name}] ${field}`);
    }
  }
  return problems;
}

/** The environments as the stacks will use them (normalised), and a note for every value rewritten. */
export interface ValidatedEnvironments {
  readonly configs: readonly EnvironmentConfig[];
  readonly notes: readonly ConfigNote[];
}

/**
 * Checks every environment and the list itself, in one pass; throws one
 * ConfigError with every problem found. Accepts anything: the environment
 * files may be JavaScript or cast with `as any`. Returns the environments
 * with the unambiguous rewrites of normalise.ts applied (what the stacks must
 * be built from: the checks ran on exactly these values) and their notes.
 */
export function validateEnvironments(configs: readonly unknown[], baseDir?: string): ValidatedEnvironments {
  const problems: ConfigProblem[] = [];
  const wellShaped: EnvironmentConfig[] = [];
  const notes: ConfigNote[] = [];
  for (const config of configs) {
    problems.push(...checkEnvironment(config, baseDir));
    if (environmentSchema.safeParse(config).success) {
      const normalised = normaliseEnvironment(config as EnvironmentConfig);
      wellShaped.push(normalised.config);
      notes.push(...normalised.notes);
    }
  }
  problems.push(...crossEnvironmentProblems(wellShaped), ...sharedStateBucketProblems(wellShaped));
  if (problems.length > 0) throw new ConfigError(problems);
  return { configs: wellShaped, notes };
}

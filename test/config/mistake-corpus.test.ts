/**
 * The mistakes a new user makes in stacks/dev.ts and stacks/prod.ts, field by
 * field of lib/config/environment.ts: each one is refused with the field
 * named and a fix, in the field/value/problem/fix form and never as a stack
 * trace, or, where the intent is unambiguous, accepted and rewritten with a
 * note, and the synthesized stack carries the rewritten value.
 *
 * Most go through validateEnvironments() (what synthesize() runs first: a
 * ConfigError is exit 1 in main.ts); a subset goes through the real synth
 * command (main.ts bundled, in its own process) end to end.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build, type Plugin } from "esbuild";
import { ConfigError } from "../../lib/config/config-error";
import type { EnvironmentConfig } from "../../lib/config/environment";
import { validateEnvironments } from "../../lib/config/validate";
import { synthesize } from "../../lib/synthesize";
import { dev } from "../../stacks/dev";
import { prod } from "../../stacks/prod";
import { native } from "../../stacks/examples/native";
import { FUSION_FQS, OIC_AUDIENCE, OIC_FQS } from "../helpers/config";
import { nonEmpty } from "../helpers/non-empty";
import { lendRsaKey } from "../../sandbox/standins/key-pool";

/** A private key pasted where the certificate goes: made at run time (lent by the stand-ins' pool and kept), never kept in the repository. */
const PASTED_PRIVATE_KEY = lendRsaKey().privateKey.export({ type: "pkcs8", format: "pem" }).toString();

type Env = "dev" | "prod" | "native";
type Edit = (c: any) => void;

/** A mistake that must be refused: the field the message names, and what it says. */
interface Mistake {
  readonly what: string;
  readonly env: Env;
  readonly edit: Edit;
  readonly field: string;
  readonly says: RegExp;
}

/** A mistake whose intent is unambiguous: accepted, rewritten with a note, and the stack carries `used`. */
interface Normalisation {
  readonly what: string;
  readonly env: Env;
  readonly edit: Edit;
  readonly field: string;
  readonly used: string;
  /** Where the stack carries it. */
  readonly inStack: (stack: Record<string, any>) => unknown;
}

const BASES: Readonly<Record<Env, EnvironmentConfig>> = { dev, prod, native };
const configOf = (env: Env, edit: Edit): EnvironmentConfig => {
  const c = structuredClone(BASES[env]) as any;
  edit(c);
  return c as EnvironmentConfig;
};

const DEV_DOMAIN = dev.identityDomainUrl;
const DEV_BASE = dev.oicBaseUrl!;
const RUN_PAGE_URL = `${DEV_BASE}/ic/api/integration/v1/flows/rest/HELLO_WORLD/1.0/hello`;

const MISTAKES: readonly Mistake[] = [
  // name, region, OCIDs
  { what: "capitalised name", env: "dev", edit: (c) => (c.name = "Dev"), field: "name", says: /lower-case letters/ },
  { what: "name with a trailing space", env: "dev", edit: (c) => (c.name = "dev "), field: "name", says: /lower-case letters/ },
  { what: "region without its number", env: "dev", edit: (c) => (c.region = "us-ashburn"), field: "region", says: /not an OCI region/ },
  { what: "region in upper case", env: "prod", edit: (c) => (c.region = "US-ASHBURN-1"), field: "region", says: /not an OCI region/ },
  { what: "truncated compartment OCID", env: "dev", edit: (c) => (c.compartmentId = "ocid1.compartment.oc1..aaaa"), field: "compartmentId", says: /not a well-formed OCID/ },
  { what: "compartment OCID with a pasted newline", env: "prod", edit: (c) => (c.compartmentId = `${prod.compartmentId}\n`), field: "compartmentId", says: /not a well-formed OCID/ },
  { what: "compartment OCID as tenancy", env: "dev", edit: (c) => (c.tenancyId = dev.compartmentId), field: "tenancyId", says: /OCID of a compartment, not of a tenancy/ },
  // identity domain
  { what: "identity domain without https://", env: "dev", edit: (c) => (c.identityDomainUrl = DEV_DOMAIN.replace("https://", "")), field: "identityDomainUrl", says: /not a URL/ },
  { what: "admin console URL as identity domain", env: "dev", edit: (c) => (c.identityDomainUrl = `${DEV_DOMAIN}/ui/v1/adminconsole`), field: "identityDomainUrl", says: /must not have a path/ },
  { what: "identity domain with a query", env: "prod", edit: (c) => (c.identityDomainUrl = `${prod.identityDomainUrl}?tab=apps`), field: "identityDomainUrl", says: /query or fragment/ },
  { what: "identity domain with a space inside", env: "dev", edit: (c) => (c.identityDomainUrl = DEV_DOMAIN.replace("idcs-", "idcs- ")), field: "identityDomainUrl", says: /whitespace/ },
  { what: "identity domain with a user name in it", env: "dev", edit: (c) => (c.identityDomainUrl = `${DEV_DOMAIN.replace("https://", "https://admin@")}`), field: "identityDomainUrl", says: /user name or password/ },
  { what: "identity domain name with a trailing space", env: "prod", edit: (c) => (c.identityDomainName = "Default "), field: "identityDomainName", says: /not an identity domain name/ },
  // oic
  { what: "instance URL as instance OCID", env: "prod", edit: (c) => (c.oic.integrationInstanceId = "https://oic-prod.integration.ocp.oraclecloud.com"), field: "oic.integrationInstanceId", says: /not a well-formed OCID/ },
  { what: "compartment OCID as instance OCID", env: "prod", edit: (c) => (c.oic.integrationInstanceId = prod.compartmentId), field: "oic.integrationInstanceId", says: /OCID of a compartment/ },
  { what: "app display name as app id", env: "dev", edit: (c) => (c.oic.appId = "OIC app"), field: "oic.appId", says: /not an IAM app id/ },
  { what: "audience without :443", env: "dev", edit: (c) => (c.oic.audience = OIC_AUDIENCE.replace(":443", "")), field: "oic.audience", says: /must end with ":443"/ },
  { what: "FQS with a slash between audience and scope", env: "dev", edit: (c) => (c.oic.fullyQualifiedScope = `${OIC_AUDIENCE}/urn:opc:resource:consumer::all`), field: "oic.fullyQualifiedScope", says: /"\/" separates audience and scope/ },
  { what: "misspelt oic field", env: "dev", edit: (c) => (c.oic.instanceId = c.oic.integrationInstanceId), field: "oic", says: /unknown field "instanceId"/ },
  { what: "http OIC base URL", env: "dev", edit: (c) => (c.oicBaseUrl = DEV_BASE.replace("https:", "http:")), field: "oicBaseUrl", says: /must use https/ },
  { what: "OIC home page as base URL", env: "dev", edit: (c) => (c.oicBaseUrl = `${DEV_BASE}/ic/home`), field: "oicBaseUrl", says: /must not have a path/ },
  // client-credentials apps
  { what: "client ID with spaces", env: "dev", edit: (c) => (c.clientCredentialsApps[0].name = "dev oic scheduler"), field: "clientCredentialsApps[0].name", says: /client ID is 1-100/ },
  { what: "empty display name", env: "dev", edit: (c) => (c.clientCredentialsApps[0].displayName = ""), field: "clientCredentialsApps[0].displayName", says: /display name is 1-255/ },
  { what: "misspelt extra role", env: "prod", edit: (c) => (c.clientCredentialsApps[1].extraRoles = ["ServiceUsers"]), field: "clientCredentialsApps[1].extraRoles[0]", says: /not an app role/ },
  { what: "Fusion scope on an OIC client", env: "dev", edit: (c) => (c.clientCredentialsApps[0].scopes = [OIC_FQS, FUSION_FQS]), field: "clientCredentialsApps[0].scopes[1]", says: /both OIC and Fusion scopes/ },
  { what: "caller that is not one", env: "dev", edit: (c) => (c.clientCredentialsApps[0].caller = "cron"), field: "clientCredentialsApps[0].caller", says: /must be one of "backend", "scheduler", "oci-service"/ },
  { what: "caller in the wrong case", env: "prod", edit: (c) => (c.clientCredentialsApps[0].caller = "Scheduler"), field: "clientCredentialsApps[0].caller", says: /must be one of/ },
  { what: "auth-code app named like the scheduler", env: "dev", edit: (c) => (c.authCodeApps[0].name = "dev-oic-scheduler"), field: "authCodeApps[0].name", says: /already the name of clientCredentialsApps\[0\]/ },
  { what: "role given as an unknown field", env: "dev", edit: (c) => (c.clientCredentialsApps[0].role = "ServiceInvoker"), field: "clientCredentialsApps[0]", says: /unknown field "role"/ },
  // authorization-code apps
  { what: "one redirect URI as a string", env: "dev", edit: (c) => (c.authCodeApps[0].redirectUris = "https://vbcs-dev.example.com/cb"), field: "authCodeApps[0].redirectUris", says: /must be an array, not a string/ },
  { what: "redirect URI with an upper-case host", env: "prod", edit: (c) => (c.authCodeApps[0].redirectUris = ["https://VBCS.example.com/ic/builder/rt/app/live/oauth2callback"]), field: "authCodeApps[0].redirectUris[0]", says: /compares redirect URIs exactly as written/ },
  { what: "redirect URI with a trailing space", env: "dev", edit: (c) => (c.authCodeApps[0].redirectUris[0] += " "), field: "authCodeApps[0].redirectUris[0]", says: /exactly as written/ },
  { what: "quoted allowLoopbackRedirect", env: "dev", edit: (c) => (c.authCodeApps[0].allowLoopbackRedirect = "true"), field: "authCodeApps[0].allowLoopbackRedirect", says: /must be a boolean, not the string "true"/ },
  { what: "user with a trailing space", env: "dev", edit: (c) => (c.authCodeApps[0].users = ["integration.tester@example.com "]), field: "authCodeApps[0].users[0]", says: /surrounding spaces/ },
  { what: "group with a leading space", env: "prod", edit: (c) => (c.authCodeApps[0].groups = [" OIC Business Users"]), field: "authCodeApps[0].groups[0]", says: /surrounding spaces/ },
  { what: "OIC scope without :443 on the UI app", env: "dev", edit: (c) => (c.authCodeApps[0].scopes = ["offline_access", OIC_FQS.replace(":443", "")]), field: "authCodeApps[0].scopes[1]", says: /lacks ":443"/ },
  { what: "auth code for a backend", env: "prod", edit: (c) => (c.authCodeApps[0].caller = "backend"), field: "authCodeApps[0].caller", says: /needs a person to log in/ },
  { what: "extra role as a string", env: "dev", edit: (c) => (c.authCodeApps[0].extraRoles = "ServiceUser"), field: "authCodeApps[0].extraRoles", says: /must be an array/ },
  { what: "display name with a leading space", env: "prod", edit: (c) => (c.authCodeApps[0].displayName = " VBCS"), field: "authCodeApps[0].displayName", says: /without surrounding spaces/ },
  // fusion
  { what: "Fusion audience without :443", env: "dev", edit: (c) => (c.fusion.audience = "https://fa-dev-example.fa.ocs.oraclecloud.com"), field: "fusion.audience", says: /must end with ":443"/ },
  { what: "Fusion welcome page as base URL", env: "prod", edit: (c) => (c.fusion.baseUrl = "https://fa-prod-example.fa.ocs.oraclecloud.com/fscmUI/faces/FuseWelcome"), field: "fusion.baseUrl", says: /must not have a path/ },
  { what: "Fusion scope with a trailing space", env: "dev", edit: (c) => (c.fusion.scope = "urn:opc:resource:consumer::all "), field: "fusion.scope", says: /scope part alone/ },
  { what: "Fusion smoke path with a space", env: "dev", edit: (c) => (c.fusion.smokePath = "/hcmRestApi/resources/latest/user Accounts"), field: "fusion.smokePath", says: /without spaces/ },
  { what: "Fusion base URL as Fusion's identity domain", env: "prod", edit: (c) => (c.fusion.identityDomainUrl = prod.fusion!.baseUrl), field: "fusion.identityDomainUrl", says: /not an identity domain URL/ },
  // assertion
  { what: "trusted app named like a client app", env: "dev", edit: (c) => (c.assertion.trustedAppName = "dev-oic-scheduler"), field: "assertion.trustedAppName", says: /already the name of clientCredentialsApps\[0\]/ },
  { what: "certificate path to a .crt", env: "dev", edit: (c) => (c.assertion.certificatePath = "certs/dev.crt"), field: "assertion.certificatePath", says: /must name a \.pem file/ },
  { what: "private key pasted as certificate", env: "dev", edit: (c) => { delete c.assertion.certificatePath; c.assertion.certificatePem = PASTED_PRIVATE_KEY; }, field: "assertion.certificatePem", says: /private key/ },
  { what: "certificate alias with spaces", env: "dev", edit: (c) => (c.assertion.certificateAlias = "dev cert v1"), field: "assertion.certificateAlias", says: /alias is 1-64/ },
  { what: "allowed groups as a string", env: "prod", edit: (c) => (c.assertion.allow = { groups: "OIC Fusion Propagation Users" }), field: "assertion.allow.groups", says: /must be an array/ },
  { what: "anyFederatedUser quoted", env: "dev", edit: (c) => (c.assertion.allow = { anyFederatedUser: "true" }), field: "assertion.allow.anyFederatedUser", says: /takes the boolean true, not the string "true"/ },
  { what: "one allowed user twice, in another case", env: "dev", edit: (c) => (c.assertion.allow.users = ["integration.tester@example.com", "Integration.Tester@example.com"]), field: "assertion.allow.users[1]", says: /same user as users\[0\]/ },
  { what: "legacy audience as yes", env: "dev", edit: (c) => (c.assertion.legacyIdcsAudience = "yes"), field: "assertion.legacyIdcsAudience", says: /must be a boolean, not a string/ },
  // assertion signed by OIC itself (stacks/examples/native.ts)
  { what: "assertion mode with an underscore", env: "native", edit: (c) => (c.assertion.mode = "oic_native"), field: "assertion.mode", says: /must be "function" .* or "oic-native"/ },
  { what: "adapter without the JWT user assertion policy", env: "native", edit: (c) => (c.assertion.oicNative.adapter = "soap"), field: "assertion.oicNative.adapter", says: /"soap" is not one of them/ },
  { what: "basic-auth trigger for OIC-signed assertions", env: "native", edit: (c) => (c.assertion.oicNative.triggerSecurity = "basic"), field: "assertion.oicNative.triggerSecurity", says: /not OAuth-protected/ },
  { what: "connection display name as identifier", env: "native", edit: (c) => (c.assertion.oicNative.connectionId = "fusion as caller"), field: "assertion.oicNative.connectionId", says: /not an OIC connection identifier/ },
  { what: "service instance name with a space", env: "native", edit: (c) => (c.assertion.oicNative.serviceInstanceName = "oic native"), field: "assertion.oicNative.serviceInstanceName", says: /not an OIC service instance name/ },
  { what: "admin app that is not declared", env: "native", edit: (c) => (c.assertion.oicNative.adminApp = "nobody"), field: "assertion.oicNative.adminApp", says: /names no client-credentials app/ },
  { what: "http design-time API URL with a path", env: "native", edit: (c) => (c.assertion.oicNative.apiBaseUrl = "http://design.example.com/ic"), field: "assertion.oicNative.apiBaseUrl", says: /https origin without a path/ },
  { what: "caller integration path with spaces", env: "native", edit: (c) => (c.assertion.oicNative.callerIntegration.path = "FUSION AS CALLER/1.0/whoami"), field: "assertion.oicNative.callerIntegration.path", says: /is not a path/ },
  { what: "vault given to OIC-signed assertions", env: "native", edit: (c) => (c.assertion.vault = { protectionMode: "HSM" }), field: "assertion", says: /"vault" belongs to assertion.mode "function"/ },
  // vault
  { what: "software key in a protected environment", env: "prod", edit: (c) => (c.assertion.vault.protectionMode = "SOFTWARE"), field: "assertion.vault.protectionMode", says: /HSM key/ },
  { what: "protection mode in lower case", env: "dev", edit: (c) => (c.assertion.vault.protectionMode = "hsm"), field: "assertion.vault.protectionMode", says: /must be one of "HSM", "SOFTWARE"/ },
  { what: "key length in bits' bytes of RSA 1024", env: "prod", edit: (c) => (c.assertion.vault.keyLengthBytes = 128), field: "assertion.vault.keyLengthBytes", says: /must be one of 256, 384, 512/ },
  { what: "key length quoted", env: "dev", edit: (c) => (c.assertion.vault.keyLengthBytes = "256"), field: "assertion.vault.keyLengthBytes", says: /takes the number 256, not the string "256"/ },
  { what: "key OCID as vault OCID", env: "dev", edit: (c) => (c.assertion.vault = { existingVaultId: "ocid1.key.oc1.iad.aaaaaaaaexamplekey000000000000000000", managementEndpoint: "https://abc-management.kms.us-ashburn-1.oraclecloud.com", cryptoEndpoint: "https://abc-crypto.kms.us-ashburn-1.oraclecloud.com" }), field: "assertion.vault.existingVaultId", says: /OCID of a key, not of a vault/ },
  { what: "management endpoint with the API path", env: "dev", edit: (c) => (c.assertion.vault = { existingVaultId: "ocid1.vault.oc1.iad.aaaaaaaaexamplevault00000000000000", managementEndpoint: "https://abc-management.kms.us-ashburn-1.oraclecloud.com/20180608", cryptoEndpoint: "https://abc-crypto.kms.us-ashburn-1.oraclecloud.com" }), field: "assertion.vault.managementEndpoint", says: /must not have a path/ },
  { what: "crypto endpoint with a space", env: "dev", edit: (c) => (c.assertion.vault = { existingVaultId: "ocid1.vault.oc1.iad.aaaaaaaaexamplevault00000000000000", managementEndpoint: "https://abc-management.kms.us-ashburn-1.oraclecloud.com", cryptoEndpoint: "https://abc-crypto.kms. us-ashburn-1.oraclecloud.com" }), field: "assertion.vault.cryptoEndpoint", says: /whitespace/ },
  // function
  { what: "image without registry", env: "dev", edit: (c) => (c.assertion.function.image = "assertion:0.1.0"), field: "assertion.function.image", says: /not an OCIR image reference/ },
  { what: "digest without sha256:", env: "prod", edit: (c) => (c.assertion.function.imageDigest = (prod.assertion as any).function.imageDigest.replace("sha256:", "")), field: "assertion.function.imageDigest", says: /not an image digest/ },
  { what: "one subnet as a string", env: "dev", edit: (c) => (c.assertion.function.subnetIds = c.assertion.function.subnetIds[0]), field: "assertion.function.subnetIds", says: /must be an array, not a string/ },
  { what: "no subnet", env: "prod", edit: (c) => (c.assertion.function.subnetIds = []), field: "assertion.function.subnetIds", says: /at least one subnet/ },
  { what: "memory below the minimum", env: "dev", edit: (c) => (c.assertion.function.memoryMb = 100), field: "assertion.function.memoryMb", says: /128 to 3072/ },
  { what: "memory quoted", env: "dev", edit: (c) => (c.assertion.function.memoryMb = "256"), field: "assertion.function.memoryMb", says: /must be a number, not the string "256"/ },
  { what: "timeout in milliseconds", env: "prod", edit: (c) => (c.assertion.function.timeoutSeconds = 30000), field: "assertion.function.timeoutSeconds", says: /5 to 300 seconds/ },
  { what: "mode misspelt", env: "prod", edit: (c) => (c.assertion.function.mode = "tokens"), field: "assertion.function.mode", says: /must be one of "payload", "token"/ },
  // smoke
  { what: "method in lower case", env: "dev", edit: (c) => (c.smoke.integration.method = "get"), field: "smoke.integration.method", says: /must be one of "GET", "POST", "PUT", "PATCH", "DELETE"/ },
  { what: "integration path with a space", env: "dev", edit: (c) => (c.smoke.integration.path = "HELLO WORLD/1.0/hello"), field: "smoke.integration.path", says: /is not a path/ },
  { what: "SOAP endpoint as integration path", env: "dev", edit: (c) => (c.smoke.integration.path = `${DEV_BASE}/ic/ws/integration/v1/flows/soap/HELLO/1.0/`), field: "smoke.integration.path", says: /not the endpoint of a REST-triggered integration/ },
  { what: "expected status quoted", env: "prod", edit: (c) => (c.smoke.integration.expectedStatus = "200"), field: "smoke.integration.expectedStatus", says: /must be a number, not the string "200"/ },
  { what: "body on a GET", env: "dev", edit: (c) => (c.smoke.integration.body = { name: "x" }), field: "smoke.integration.body", says: /GET request carries no body/ },
  { what: "smoke user with a trailing space", env: "prod", edit: (c) => (c.smoke.assertionUser = "oic.smoke@example.com "), field: "smoke.assertionUser", says: /surrounding spaces/ },
  { what: "smoke user not allowed", env: "dev", edit: (c) => (c.smoke.assertionUser = "someone.else@example.com"), field: "smoke.assertionUser", says: /not in assertion.allow.users/ },
  { what: "smoke without integration", env: "dev", edit: (c) => (c.smoke = { path: "HELLO_WORLD/1.0/hello" }), field: "smoke", says: /unknown field "path"/ },
  // backend
  { what: "backend type without its dash", env: "prod", edit: (c) => (c.backend.type = "oci-objectstorage"), field: "backend.type", says: /must be one of "local", "oci-object-storage"/ },
  { what: "backend type s3", env: "prod", edit: (c) => (c.backend.type = "s3"), field: "backend.type", says: /must be one of "local", "oci-object-storage"/ },
  { what: "bucket with spaces", env: "prod", edit: (c) => (c.backend.bucket = "oic access state"), field: "backend.bucket", says: /not a bucket name/ },
  { what: "backend region as a city", env: "prod", edit: (c) => (c.backend.region = "ashburn"), field: "backend.region", says: /not an OCI region/ },
  { what: "state key with a leading slash", env: "prod", edit: (c) => (c.backend.key = "/oic-access/prod/terraform.tfstate"), field: "backend.key", says: /not an object name/ },
  { what: "namespace in upper case", env: "prod", edit: (c) => (c.backend.namespace = "ExampleNS"), field: "backend.namespace", says: /not an Object Storage namespace/ },
  // protect, tags
  { what: "protect quoted", env: "prod", edit: (c) => (c.protect = "true"), field: "protect", says: /must be a boolean, not the string "true"/ },
  { what: "numeric tag value", env: "dev", edit: (c) => (c.tags = { costCenter: 42 }), field: "tags.costCenter", says: /must be a string, not a number/ },
  { what: "tags as a list", env: "dev", edit: (c) => (c.tags = ["team=oic"]), field: "tags", says: /must be (an object|a record), not a list/ },
];

const NORMALISATIONS: readonly Normalisation[] = [
  {
    what: "identity domain URL with trailing spaces",
    env: "dev",
    edit: (c) => (c.identityDomainUrl = `${DEV_DOMAIN}  `),
    field: "identityDomainUrl",
    used: DEV_DOMAIN,
    inStack: (s) => s.output.token_url.value,
  },
  {
    what: "identity domain URL with a trailing slash",
    env: "prod",
    edit: (c) => (c.identityDomainUrl = `${prod.identityDomainUrl}/`),
    field: "identityDomainUrl",
    used: prod.identityDomainUrl,
    inStack: (s) => Object.values(s.resource.oci_identity_domains_app as Record<string, any>).find((a) => a.name === "prod-oic-scheduler").idcs_endpoint,
  },
  {
    what: "identity domain URL in upper case",
    env: "dev",
    edit: (c) => (c.identityDomainUrl = DEV_DOMAIN.replace("https://idcs-", "HTTPS://IDCS-").replace(".identity.oraclecloud.com", ".IDENTITY.ORACLECLOUD.COM")),
    field: "identityDomainUrl",
    used: DEV_DOMAIN,
    inStack: (s) => s.output.identity_domain_url.value,
  },
  {
    what: "full endpoint URL from OIC's Run page as integration path",
    env: "dev",
    edit: (c) => (c.smoke.integration.path = RUN_PAGE_URL),
    field: "smoke.integration.path",
    used: "HELLO_WORLD/1.0/hello",
    inStack: (s) => s.output.integration_path.value.replace("/ic/api/integration/v1/flows/rest/", ""),
  },
  {
    what: "full integration path",
    env: "prod",
    edit: (c) => (c.smoke.integration.path = "/ic/api/integration/v1/flows/rest/HEALTH_CHECK/1.0/ping"),
    field: "smoke.integration.path",
    used: "HEALTH_CHECK/1.0/ping",
    inStack: (s) => s.output.integration_path.value.replace("/ic/api/integration/v1/flows/rest/", ""),
  },
  {
    what: "OIC base URL with a trailing slash",
    env: "dev",
    edit: (c) => (c.oicBaseUrl = `${DEV_BASE}/`),
    field: "oicBaseUrl",
    used: DEV_BASE,
    inStack: (s) => s.output.oic_base_url.value,
  },
  {
    what: "OIC audience with a trailing slash",
    env: "dev",
    edit: (c) => (c.oic.audience = `${OIC_AUDIENCE}/`),
    field: "oic.audience",
    used: OIC_AUDIENCE,
    inStack: (s) => s.output.oic_audience.value,
  },
  {
    what: "Fusion base URL with a trailing space",
    env: "prod",
    edit: (c) => (c.fusion.baseUrl = `${prod.fusion!.baseUrl} `),
    field: "fusion.baseUrl",
    used: prod.fusion!.baseUrl,
    inStack: (s) => s.output.fusion_base_url.value,
  },
  {
    what: "Fusion smoke path without its leading slash",
    env: "dev",
    edit: (c) => (c.fusion.smokePath = "hcmRestApi/resources/latest/workers?limit=1"),
    field: "fusion.smokePath",
    used: "/hcmRestApi/resources/latest/workers?limit=1",
    inStack: (s) => s.output.fusion_smoke_path.value,
  },
  {
    what: "Fusion smoke endpoint as a full URL",
    env: "prod",
    edit: (c) => (c.fusion.smokePath = `${prod.fusion!.baseUrl}/hcmRestApi/resources/latest/workers?limit=1`),
    field: "fusion.smokePath",
    used: "/hcmRestApi/resources/latest/workers?limit=1",
    inStack: (s) => s.output.fusion_smoke_path.value,
  },
  {
    what: "fully qualified Fusion scope where the scope part belongs",
    env: "dev",
    edit: (c) => (c.fusion.scope = FUSION_FQS),
    field: "fusion.scope",
    used: "urn:opc:resource:consumer::all",
    inStack: (s) => s.output.fusion_scope.value.replace(`${dev.fusion!.audience}`, ""),
  },
  {
    what: "Fusion's identity domain with a trailing newline",
    env: "prod",
    edit: (c) => (c.fusion.identityDomainUrl = `${prod.fusion!.identityDomainUrl}\n`),
    field: "fusion.identityDomainUrl",
    used: prod.fusion!.identityDomainUrl!,
    inStack: (s) => Object.values(s.resource.oci_identity_domains_app as Record<string, any>).find((a) => a.client_type === "trusted").idcs_endpoint,
  },
];

/** The leaf fields of lib/config/environment.ts, each of which the corpus must reach. */
const FIELDS = [
  "name", "region", "compartmentId", "tenancyId", "identityDomainUrl", "identityDomainName",
  "oic.integrationInstanceId", "oic.appId", "oic.audience", "oic.fullyQualifiedScope", "oicBaseUrl",
  "clientCredentialsApps.name", "clientCredentialsApps.displayName", "clientCredentialsApps.extraRoles", "clientCredentialsApps.scopes", "clientCredentialsApps.caller",
  "authCodeApps.name", "authCodeApps.displayName", "authCodeApps.redirectUris", "authCodeApps.allowLoopbackRedirect", "authCodeApps.users", "authCodeApps.groups",
  "authCodeApps.extraRoles", "authCodeApps.scopes", "authCodeApps.caller",
  "fusion.audience", "fusion.scope", "fusion.baseUrl", "fusion.smokePath", "fusion.identityDomainUrl",
  "assertion.mode", "assertion.oicNative.connectionId", "assertion.oicNative.adapter", "assertion.oicNative.triggerSecurity", "assertion.oicNative.serviceInstanceName",
  "assertion.oicNative.apiBaseUrl", "assertion.oicNative.adminApp", "assertion.oicNative.callerIntegration.path",
  "assertion.trustedAppName", "assertion.certificatePem", "assertion.certificatePath", "assertion.certificateAlias",
  "assertion.allow.users", "assertion.allow.groups", "assertion.allow.anyFederatedUser", "assertion.legacyIdcsAudience",
  "assertion.vault.existingVaultId", "assertion.vault.managementEndpoint", "assertion.vault.cryptoEndpoint", "assertion.vault.protectionMode", "assertion.vault.keyLengthBytes",
  "assertion.function.image", "assertion.function.imageDigest", "assertion.function.subnetIds", "assertion.function.memoryMb", "assertion.function.timeoutSeconds", "assertion.function.mode",
  "smoke.integration.method", "smoke.integration.path", "smoke.integration.body", "smoke.integration.expectedStatus", "smoke.assertionUser",
  "backend.type", "backend.namespace", "backend.bucket", "backend.region", "backend.key", "protect", "tags",
];

/** `authCodeApps[0].users[1]` -> `authCodeApps.users`; `tags.costCenter` -> `tags`. */
const leafOf = (field: string) => field.replace(/\[\d+\]/g, "").replace(/^tags\..*$/, "tags");

/** The ConfigError a config gets from the one validation pass (fails the test when there is none). */
function refusal(config: EnvironmentConfig): ConfigError {
  try {
    validateEnvironments([config]);
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error("the config was accepted");
}

const NO_STACK_TRACE = /\n\s+at \S+ \(|\.ts:\d+:\d+/;

describe("mistake corpus", () => {
  test("it is large and reaches every field of the environment file", () => {
    expect(MISTAKES.length + NORMALISATIONS.length).toBeGreaterThanOrEqual(50);
    expect(MISTAKES.length).toBeGreaterThan(0);
    expect(NORMALISATIONS.length).toBeGreaterThan(0);
    const reached = new Set([...MISTAKES, ...NORMALISATIONS].map((m) => leafOf(m.field)));
    // a mistake reported on the containing object (an unknown key) reaches the object's fields too
    const missing = FIELDS.filter((f) => !reached.has(f) && ![...reached].some((r) => f.startsWith(`${r}.`)));
    expect(missing).toEqual([]);
    const names = [...MISTAKES, ...NORMALISATIONS].map((m) => m.what);
    expect(new Set(names).size).toBe(names.length);
  });

  test("the base environments are valid (each mistake is the only change)", () => {
    expect(() => validateEnvironments([dev])).not.toThrow();
    expect(() => validateEnvironments([prod])).not.toThrow();
    expect(() => validateEnvironments([native])).not.toThrow();
  });

  test.each(MISTAKES.map((m) => [m.what, m] as const))("refused: %s", (_what, m) => {
    const error = refusal(configOf(m.env, m.edit));
    const env = configOf(m.env, m.edit).name;
    const named = error.problems.filter((p) => p.field === m.field);
    expect(named.map((p) => p.field)).toEqual(expect.arrayContaining([m.field]));
    expect(named.map((p) => p.problem).join(" | ")).toMatch(m.says);
    const config = configOf(m.env, m.edit);
    for (const p of nonEmpty(error.problems, "error.problems")) {
      expect(p.env).toBe(config.name);
      expect(p.fix.length).toBeGreaterThan(10);
    }
    expect(error.message).toContain(`[${env}] ${m.field} = `);
    expect(error.message).toMatch(/\n {6}fix: /);
    expect(error.message).not.toMatch(NO_STACK_TRACE);
  });

  describe("normalised, visibly, and the stack carries the normalised value", () => {
    const outRoot = mkdtempSync(join(tmpdir(), "oic-corpus-"));
    afterAll(() => rmSync(outRoot, { recursive: true, force: true }));

    test.each(NORMALISATIONS.map((n) => [n.what, n] as const))("%s", (what, n) => {
      const config = configOf(n.env, n.edit);
      const written = JSON.stringify(leafValue(config, n.field));
      const outdir = join(outRoot, what.replace(/[^a-z0-9]+/gi, "-"));
      const { notes } = synthesize([config], { outdir });
      expect(notes.map((x) => x.field)).toEqual([n.field]);
      expect(notes[0]!.from).toBe(written);
      expect(notes[0]!.to).toBe(JSON.stringify(n.used));
      expect(notes[0]!.why.length).toBeGreaterThan(10);
      const stack = JSON.parse(readFileSync(join(outdir, "stacks", n.env, "cdk.tf.json"), "utf8"));
      const carried = n.inStack(stack);
      expect(typeof carried).toBe("string");
      expect(String(carried)).toContain(n.used);
      if (!n.used.includes(JSON.parse(written))) expect(String(carried)).not.toContain(JSON.parse(written));
    });
  });
});

function leafValue(config: unknown, field: string): unknown {
  return field.split(".").reduce<any>((v, k) => v?.[k], config);
}

// ---- end to end: the real synth command (main.ts, bundled), in its own process ----

/**
 * main.ts built once, with its `./stacks` import swapped for a module that
 * reads the environments from the JSON file named by CORPUS_ENVIRONMENTS.
 */
async function buildMain(dir: string): Promise<string> {
  const stacksModule = resolve(dir, "stacks.mjs");
  writeFileSync(stacksModule, 'import { readFileSync } from "node:fs";\nexport const ENVIRONMENTS = JSON.parse(readFileSync(process.env.CORPUS_ENVIRONMENTS, "utf8"));\n');
  const swapStacks: Plugin = {
    name: "corpus-stacks",
    setup(b) {
      b.onResolve({ filter: /^\.\/stacks$/ }, (args) => (args.importer.endsWith("main.ts") ? { path: stacksModule } : undefined));
    },
  };
  const outfile = join(dir, "main.mjs");
  await build({ entryPoints: ["main.ts"], outfile, bundle: true, platform: "node", format: "esm", packages: "external", logLevel: "silent", plugins: [swapStacks] });
  return resolve(outfile);
}

describe("mistake corpus through `npm run synth` (main.ts in a process)", () => {
  // Inside the project, so that the bundle's packages resolve from node_modules.
  mkdirSync(".oic-access", { recursive: true });
  const work = mkdtempSync(join(".oic-access", "corpus-"));
  let main = "";
  beforeAll(async () => {
    main = await buildMain(work);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const synthCli = (name: string, environments: readonly EnvironmentConfig[]) => {
    const dir = join(work, name);
    mkdirSync(dir, { recursive: true });
    const file = resolve(dir, "environments.json");
    writeFileSync(file, JSON.stringify(environments));
    const outdir = join(dir, "out");
    const run = spawnSync(process.execPath, [main], { encoding: "utf8", env: { ...process.env, CDKTF_OUTDIR: outdir, CORPUS_ENVIRONMENTS: file }, cwd: process.cwd() });
    return { ...run, outdir };
  };

  // Two processes for the four (each is refused on its own by the corpus above). The shape mistakes go in
  // one run, dev and prod each carrying theirs, and the command names every one of them. The redirect URI
  // goes alone: its check looks at values, and runs only on a configuration whose shape is right.
  const RUNS: readonly (readonly string[])[] = [
    ["key length in bits' bytes of RSA 1024", "backend type without its dash", "anyFederatedUser quoted"],
    ["redirect URI with an upper-case host"],
  ];
  const refused: ReturnType<typeof synthCli>[] = [];
  beforeAll(() => {
    RUNS.forEach((whats, i) => {
      const chosen = whats.map((what) => MISTAKES.find((x) => x.what === what)!);
      const envs = [...new Set(chosen.map((m) => m.env))];
      refused[i] = synthCli(`refused-${i}`, envs.map((env) => configOf(env, (c) => chosen.filter((m) => m.env === env).forEach((m) => m.edit(c)))));
    });
  });
  test.each(RUNS.map((whats, i) => [whats.length, i] as const))("exit 1, and the headline counts the run's %i problem(s)", (count, i) => {
    expect(refused[i]!.status).toBe(1);
    expect(refused[i]!.stderr).toMatch(new RegExp(`^${count} configuration problems?:\n`));
    expect(refused[i]!.stdout).toBe("");
  });
  test.each(RUNS.flatMap((whats, i) => whats.map((what) => [what, i] as const)))("refused, named, never a stack trace: %s", (what, i) => {
    const m = MISTAKES.find((x) => x.what === what)!;
    const run = refused[i]!;
    expect(run.stderr).toContain(`[${m.env}] ${m.field} = `);
    expect(run.stderr).toMatch(m.says);
    expect(run.stderr).not.toMatch(NO_STACK_TRACE);
  });

  test("the two mistakes the issue found accepted silently: rewritten with a note on stdout, and the stack carries the rewrite", async () => {
    const config = configOf("dev", (c) => {
      c.identityDomainUrl = `${DEV_DOMAIN}  `;
      c.smoke.integration.path = RUN_PAGE_URL;
    });
    const run = synthCli("normalised", [config]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`[dev] note: identityDomainUrl = "${DEV_DOMAIN}  " is used as "${DEV_DOMAIN}": surrounding whitespace removed`);
    expect(run.stdout).toContain(`[dev] note: smoke.integration.path = "${RUN_PAGE_URL}" is used as "HELLO_WORLD/1.0/hello"`);
    const text = readFileSync(join(run.outdir, "stacks", "dev", "cdk.tf.json"), "utf8");
    const stack = JSON.parse(text);
    expect(stack.output.token_url.value).toBe(`${DEV_DOMAIN}/oauth2/v1/token`);
    expect(stack.output.integration_path.value).toBe("/ic/api/integration/v1/flows/rest/HELLO_WORLD/1.0/hello");
    expect(text).not.toContain(`${DEV_DOMAIN}  `);
    const endpoints = new Set(Object.values(stack.resource.oci_identity_domains_app as Record<string, any>).map((a) => a.idcs_endpoint));
    expect([...endpoints]).toEqual([DEV_DOMAIN]);
  });
});

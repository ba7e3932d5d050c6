import type { StackModel } from "./stack-model";

const FLOW_LABEL = {
  "client-credentials": "client credentials",
  "authorization-code": "authorization code + refresh",
  "jwt-bearer": "user assertion (JWT bearer)",
  other: "other",
} as const;

/** `${oci_kms_key.key_dev.id}` -> `<kms_key.id>`: references read as what they will be. */
function readable(text: string): string {
  return text.replace(/\$\{(?:data\.)?oci_([a-z0-9_]+)\.[A-Za-z0-9_-]+\.([a-z0-9_.[\]]+)\}/g, "<$1.$2>");
}

/** Which domain holds an app: OIC's (flows A, B) or Fusion's (the trusted app), said only when there are two. */
function domainLabel(m: StackModel, domainUrl: string | undefined): string {
  if (!m.fusionIdentityDomainUrl || m.fusionIdentityDomainUrl === m.identityDomainUrl || !domainUrl) return "";
  if (domainUrl === m.fusionIdentityDomainUrl) return ", in Fusion's domain";
  return domainUrl === m.identityDomainUrl ? ", in OIC's domain" : `, in ${domainUrl}`;
}

/** The domain lines: OIC's, and Fusion's when identity propagation is declared. */
function domainLines(m: StackModel): string[] {
  if (!m.fusionIdentityDomainUrl) return [`  identity domain: ${m.identityDomainUrl}`];
  if (m.fusionIdentityDomainUrl === m.identityDomainUrl) return [`  identity domain (OIC's and Fusion's): ${m.identityDomainUrl}`];
  return [`  OIC's identity domain (client apps, grants): ${m.identityDomainUrl}`, `  Fusion's identity domain (trusted app, certificates, token exchange): ${m.fusionIdentityDomainUrl}`];
}

/** Whom the Function may assert, from its config (ALLOWED_USERS / ALLOWED_GROUPS / ALLOW_ANY_FEDERATED_USER). */
function assertsWhom(config: Readonly<Record<string, string>>): string {
  if (config.ALLOW_ANY_FEDERATED_USER === "true") return "ANY user federated into Fusion's domain (explicit opt-in)";
  const parts = [config.ALLOWED_USERS ? `users ${config.ALLOWED_USERS}` : "", config.ALLOWED_GROUPS ? `members of ${config.ALLOWED_GROUPS}` : ""].filter(Boolean);
  return parts.length ? parts.join("; ") : "nobody (no allow rule)";
}

/** What one environment will provision, as lines for a terminal. */
export function describeStack(m: StackModel): string[] {
  const out: string[] = [];
  const oic = m.oic.audience
    ? `OIC resource: app ${m.oic.appId}, audience ${m.oic.audience}`
    : `OIC resource: read from integration instance ${m.oic.integrationInstanceId} at apply time`;
  out.push(`== ${m.env} ==`, ...domainLines(m), `  ${oic}`);
  if (m.oic.scope) out.push(`  OIC scope (exact): ${m.oic.scope}`);
  out.push(`  client apps (${m.apps.length}):`);
  for (const app of m.apps) {
    const protect = app.preventDestroy ? ", prevent_destroy" : "";
    out.push(`    - ${app.name} [${FLOW_LABEL[app.flow]}, ${app.clientType}${protect}${domainLabel(m, app.identityDomainUrl)}]`);
    out.push(`        grants: ${app.allowedGrants.join(", ")}`);
    for (const s of app.scopes) out.push(`        scope: ${s.includes("${") ? `${readable(s)} (known at apply)` : s}`);
    for (const r of app.redirectUris) out.push(`        redirect: ${r}`);
    for (const c of app.certificateAliases) out.push(`        certificate alias: ${c}`);
    if (app.flow === "jwt-bearer" && app.certificateAliases.length === 0) {
      out.push(`        certificate: none yet (npm run cert -- ${m.env}); assertions are rejected until it is imported`);
    }
  }
  out.push(`  app-role grants (${m.grants.length}):`);
  for (const g of m.grants) {
    const who = g.grantee.type === "App" ? `app ${g.grantee.appName}` : g.grantee.type === "User" ? `user ${g.grantee.userName}` : `group ${g.grantee.groupName}`;
    out.push(`    - ${g.role} -> ${who}${g.preventDestroy ? " (prevent_destroy)" : ""}`);
  }
  if (m.signingKey) {
    const k = m.signingKey;
    out.push(`  signing key: ${k.displayName}, ${k.algorithm} ${k.lengthBytes * 8}-bit, ${k.protectionMode}${k.preventDestroy ? ", prevent_destroy" : ""}`);
  }
  if (m.function) {
    const f = m.function;
    out.push(`  assertion function: ${f.image}${f.imageDigest ? `@${f.imageDigest}` : ""} (mode ${f.config.MODE ?? "payload"})`);
    for (const g of f.dynamicGroups) out.push(`    dynamic group ${readable(g.name)}${g.identityDomainUrl ? ` (in ${g.identityDomainUrl})` : ""}: ${readable(g.matchingRule)}`);
    out.push(`    asserts: ${assertsWhom(f.config)}`);
    for (const p of f.policies) for (const s of p.statements) out.push(`    policy ${p.name}: ${readable(s)}`);
  }
  out.push(`  outputs: ${Object.keys(m.literalOutputs).length} plain, ${m.sensitiveOutputs.length} sensitive (${m.sensitiveOutputs.join(", ") || "none"})`);
  for (const a of m.acknowledgements ?? []) out.push(`  acknowledged ${a.rule} on ${a.address}: ${readable(a.reason)}`);
  return out;
}

/**
 * The trusted assertion app (flow C) and its certificates. It belongs in
 * Fusion's domain: Fusion accepts only tokens its own domain issued, so a
 * trusted app in OIC's domain (when the two differ) cannot be adopted.
 * Our stack keeps at most two certificates on it: the current one and the
 * previous one during a key rotation (certs/<env>.pem, certs/<env>.previous.pem).
 */
import { X509Certificate } from "node:crypto";
import { appAddress, certificateAddress, importId, trustedAppDomainUrl } from "./addresses";
import type { AdoptBuilder } from "./adopt-builder";
import { appPlanNotes } from "./adopt-notes";
import type { AdoptedCertificate } from "./adoption";
import { finding } from "./findings";
import type { LiveApp, LiveCertificate } from "./live";

function pemOf(c: LiveCertificate): string | undefined {
  try {
    const x = new X509Certificate(Buffer.from(c.x509Base64, "base64"));
    return x.toString();
  } catch {
    return undefined;
  }
}

function newestFirst(certs: readonly LiveCertificate[]): LiveCertificate[] {
  return [...certs].sort((a, b) => Date.parse(b.notAfter ?? "0") - Date.parse(a.notAfter ?? "0"));
}

function pickTrusted(b: AdoptBuilder, inOic: LiveApp[], inFusion: LiveApp[]): LiveApp | undefined {
  const candidates = b.estate.separateFusionDomain ? inFusion : inOic;
  if (b.estate.separateFusionDomain) {
    for (const app of inOic) {
      b.out.findings.push(finding("fail", app.name, `a trusted app in OIC's domain (${b.estate.oicDomainUrl}); Fusion accepts only tokens issued by its own domain (${b.estate.fusionDomainUrl})`, "create the trusted app in Fusion's domain (npx cdktf deploy does it from the config), switch the Function over, then delete this one"));
    }
  }
  const wanted = b.config.assertion?.trustedAppName;
  const chosen = candidates.find((a) => a.name === wanted) ?? [...candidates].sort((x, y) => x.name.localeCompare(y.name))[0];
  for (const other of candidates.filter((a) => a !== chosen)) {
    b.out.findings.push(finding("fail", other.name, `a second trusted app holding Fusion's scope; an environment declares one (${chosen!.name} is adopted)`, "leave it unmanaged, or delete it once nothing signs for it"));
  }
  return chosen;
}

function adoptCertificates(b: AdoptBuilder, app: LiveApp, domainUrl: string): string | undefined {
  const certs = newestFirst(b.estate.certificates.get(app.name) ?? []);
  const missing = app.certificateAliases.filter((alias) => !certs.some((c) => c.alias === alias));
  for (const alias of missing) b.out.findings.push(finding("fail", `${app.name} certificate ${alias}`, "the app names a certificate alias that no imported certificate has", "import the certificate again (npm run cert, then deploy) or remove the alias"));
  certs.forEach((cert, i) => {
    const pem = pemOf(cert);
    if (i > 1 || !pem) {
      b.out.findings.push(finding("warn", `${app.name} certificate ${cert.alias}`, pem ? "a third certificate on the app: the config keeps the current and the previous one" : "the certificate cannot be read as X.509", "remove it in the console once nothing signs with it"));
      return;
    }
    const slot: AdoptedCertificate["slot"] = i === 0 ? "current" : "previous";
    b.out.certificates.push({ slot, alias: cert.alias, pem, notBefore: cert.notBefore, notAfter: cert.notAfter });
    b.out.resources.push({ kind: "certificate", address: certificateAddress(cert.alias), importId: importId("certificate", domainUrl, cert.id), domainUrl, live: cert });
  });
  return certs[0]?.alias;
}

export function adoptTrusted(b: AdoptBuilder, inOic: LiveApp[], inFusion: LiveApp[]): void {
  const app = pickTrusted(b, inOic, inFusion);
  if (!app) return;
  const domainUrl = trustedAppDomainUrl(b.config);
  b.out.resources.push({ kind: "app", address: appAddress(app.name), importId: importId("app", domainUrl, app.id), domainUrl, live: app });
  b.out.planNotes.push(...appPlanNotes(app, "trusted"));
  const alias = adoptCertificates(b, app, domainUrl);
  const certificatePath = alias ? `certs/${b.config.name}.pem` : undefined;
  (b.out.entries as { assertion?: unknown }).assertion = { trustedAppName: app.name, ...(certificatePath ? { certificatePath, certificateAlias: alias } : {}) };
  if (alias && alias !== b.options.localCertificateAlias) {
    b.out.planNotes.push(`${app.name}: the adopted certificate was not made by npm run cert over the environment's Vault key, so the assertion Function cannot sign for it; after adoption run npm run cert -- ${b.config.name} (a new alias beside this one), deploy, and drop this one at the end of the rotation`);
  }
  if (!b.config.assertion) b.out.planNotes.push(`the environment has no assertion section yet: adopt proposes its trusted app; add vault and function settings before the first plan`);
}

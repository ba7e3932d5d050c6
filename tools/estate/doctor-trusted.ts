/**
 * doctor's checks of identity propagation: the trusted app sits in Fusion's
 * domain, its certificate alias is the one the Function signs with (derived
 * from the Vault key version: tools/cert/alias.ts), and the certificate is
 * neither expired nor about to be.
 */
import { certificateAlias } from "../cert/alias";
import { scimString } from "../../lib/constructs/identity-domain";
import { CONSUMER_SCOPE, fullyQualifiedScope } from "../../contract/scope";
import { EXPIRY_WARNING_DAYS, findApp, grantTypes, scopeResult, type DoctorContext } from "./doctor-checks";
import { bad, ok, type CheckResult } from "./doctor-report";
import { hostOf } from "./estate";
import type { LiveApp } from "./live";

async function locate(c: DoctorContext, name: string): Promise<{ app?: LiveApp; result: CheckResult }> {
  const app = await findApp(c.fusion, name);
  const where = c.estate.separateFusionDomain ? "Fusion's domain" : "the domain";
  if (app) return { app, result: ok("trusted", `${name} in ${where}`, c.fusion.url) };
  const inOic = c.estate.separateFusionDomain ? await findApp(c.oic, name) : undefined;
  if (inOic) {
    return { result: bad("fail", "trusted", `${name} in Fusion's domain`, `found in OIC's domain ${c.oic.url}`, "Fusion accepts only tokens its own domain issued: assertions exchanged in OIC's domain give tokens Fusion rejects", `npx cdktf deploy ${c.config.name} creates it in Fusion's domain (fusion.identityDomainUrl); then delete the one in OIC's domain`) };
  }
  return { result: bad("fail", "trusted", `${name} exists`, `not in ${where}`, "the trusted app was deleted (by hand?) after the deploy", `npx cdktf deploy ${c.config.name} recreates it, with its certificate`) };
}

/** The alias on the app, in the outputs, in certs/<env>.json, and derived from the Function's key version agree. */
function aliasCheck(c: DoctorContext, app: LiveApp): CheckResult {
  const deployed = c.deployed.trusted?.certificateAlias;
  // The stack hands the Function the key version of certs/<env>.json when there is one, else the key's current version.
  const keyVersion = c.sidecar?.keyVersionId ?? c.deployed.signingKey.keyVersionId;
  const derived = keyVersion ? certificateAlias(app.name, keyVersion) : undefined;
  const alias = deployed ?? c.sidecar?.alias;
  const name = "certificate alias = the Function's key version";
  if (!alias) return bad("warn", "certificate", name, "no alias in the outputs or certs/", "the trusted app has no certificate yet: flow C cannot work", `npm run cert -- ${c.config.name}, then npx cdktf deploy ${c.config.name}`);
  if (!app.certificateAliases.includes(alias)) {
    return bad("fail", "certificate", name, `the app holds [${app.certificateAliases.join(", ")}], the Function signs with kid ${alias}`, "the domain finds no certificate for the assertions' kid and rejects them (invalid_client / invalid_grant)", `npx cdktf deploy ${c.config.name} to put the certificate back on the app`);
  }
  if (deployed && c.sidecar?.alias && c.sidecar.alias !== deployed) {
    return bad("fail", "certificate", name, `certs/${c.config.name}.json says ${c.sidecar.alias}, the deployed alias is ${deployed}`, "a new certificate was written but not deployed: the Function and the app disagree once either changes", `npx cdktf deploy ${c.config.name}`);
  }
  if (derived && derived !== alias) {
    return bad("fail", "certificate", name, `alias ${alias}, but key version ${keyVersion} gives ${derived}`, "the certificate on the app is not over the key version the Function signs with: signatures do not verify", `npm run cert -- ${c.config.name} (certificate for the current key version), then npx cdktf deploy ${c.config.name}`);
  }
  return ok("certificate", name, alias);
}

async function expiryCheck(c: DoctorContext, alias: string): Promise<CheckResult> {
  const cert = (await c.fusion.certificates(`certificateAlias eq ${scimString(alias)}`))[0];
  const name = `certificate ${alias} valid`;
  if (!cert) return bad("fail", "certificate", name, "no imported certificate has this alias", "the app names an alias whose certificate is gone: assertions are rejected", `npx cdktf deploy ${c.config.name} imports it again`);
  const end = Date.parse(cert.notAfter ?? "");
  if (Number.isNaN(end)) return bad("warn", "certificate", name, "no end date", "the domain does not say when the certificate expires", "check it in the console");
  const days = Math.floor((end - c.now.getTime()) / 86_400_000);
  const renew = `npm run cert -- ${c.config.name} --force (a new certificate), npx cdktf deploy ${c.config.name}`;
  if (days < 0) return bad("fail", "certificate", name, `expired ${cert.notAfter}`, "the domain rejects assertions signed for an expired certificate", renew);
  if (days < EXPIRY_WARNING_DAYS) return bad("warn", "certificate", name, `expires ${cert.notAfter} (${days} days)`, `less than ${EXPIRY_WARNING_DAYS} days left`, renew);
  return ok("certificate", name, `until ${cert.notAfter} (${days} days)`);
}

export async function trustedChecks(c: DoctorContext): Promise<CheckResult[]> {
  const name = c.deployed.trusted?.clientId;
  const fusion = c.config.fusion;
  if (!name || !fusion) return [];
  const { app, result } = await locate(c, name);
  if (!app) return [result];
  const fqs = c.deployed.trusted?.fusionScope ?? fullyQualifiedScope(fusion.audience, fusion.scope ?? CONSUMER_SCOPE);
  const out = [result];
  out.push(app.active ? ok("trusted", `${name} active`, "active") : bad("fail", "trusted", `${name} active`, "inactive", "an inactive app cannot exchange assertions", `activate it, or npx cdktf deploy ${c.config.name}`));
  out.push(app.clientType === "trusted" ? ok("trusted", `${name} client type`, "trusted") : bad("fail", "trusted", `${name} client type`, app.clientType ?? "(none)", "only a trusted app may assert users", `npx cdktf deploy ${c.config.name}`));
  out.push({ ...scopeResult(app, fqs, fusion.audience, hostOf(c.estate.oic.audience ?? "")), area: "trusted" });
  out.push({ ...grantTypes(app, "trusted"), area: "trusted" });
  const alias = aliasCheck(c, app);
  out.push(alias);
  const current = c.deployed.trusted?.certificateAlias ?? c.sidecar?.alias;
  for (const a of app.certificateAliases.length ? app.certificateAliases : current ? [current] : []) out.push(await expiryCheck(c, a));
  return out;
}

/**
 * doctor's checks of an oic-native environment: the signing key the trusted
 * app's current alias names is in OIC's certificate store (OIC 3 REST API,
 * Retrieve Certificates), and OIC holds no key that no certificate on the
 * trusted app verifies (a leftover of a rotation, or a connection that will
 * fail). The certificate's expiry is checked by doctor-trusted.ts, as in the
 * Function mode. OIC's API needs the admin app's secret, which doctor takes
 * from the environment (OIC_ACCESS_OIC_ADMIN_CLIENT_SECRET), never from the
 * outputs file.
 */
import { OUTPUTS, OIC_NATIVE_OUTPUTS } from "../../contract/outputs";
import { isOicNative } from "../cert/oic-native/hand-over";
import { OicApi, type OicCertificate } from "../cert/oic-native/oic-api";
import { ADMIN_SECRET_ENV } from "../cert/oic-native/run-cert";
import { findApp, output, type DoctorContext } from "./doctor-checks";
import { bad, ok, type CheckResult } from "./doctor-report";

const AREA = "oic-native";

/** The comparison itself: aliases on the trusted app, the current alias, the signing keys in OIC. */
export function compareSigningKeys(env: string, trustedAliases: readonly string[], current: string | undefined, oicKeys: readonly OicCertificate[]): CheckResult[] {
  const inOic = new Set(oicKeys.map((k) => k.name));
  const out: CheckResult[] = [];
  const name = "signing key in OIC = alias on the trusted app";
  if (!current) {
    out.push(bad("warn", AREA, name, "no current alias in the outputs or certs/", "no key has been handed over: OIC cannot sign", `npm run cert -- ${env}, then npx cdktf deploy ${env}`));
  } else if (!inOic.has(current)) {
    out.push(bad("fail", AREA, name, `OIC's certificate store has no signing key "${current}" (it holds ${[...inOic].join(", ") || "none"})`, "the connection's kid names a key OIC does not hold: OIC cannot sign the assertion", `npm run cert -- ${env} (a new key pair: the private key exists nowhere else), npx cdktf deploy ${env}, then set the new header file on the connection`));
  } else if (!trustedAliases.includes(current)) {
    out.push(bad("fail", AREA, name, `OIC holds "${current}" but the trusted app holds [${trustedAliases.join(", ")}]`, "Fusion's domain finds no certificate for the kid OIC signs with and refuses the assertion", `npx cdktf deploy ${env} (imports the certificate into the trusted app)`));
  } else {
    out.push(ok(AREA, name, current));
  }
  for (const k of oicKeys.filter((k) => !trustedAliases.includes(k.name))) {
    out.push(bad("warn", AREA, `signing key ${k.name} in OIC`, "no certificate with this alias is on the trusted app", "a connection signing with it is refused; after a rotation it is a leftover", `if no connection uses it: npm run cert -- ${env} --retire-previous, or delete it on OIC's Certificates page`));
  }
  return out;
}

export async function oicNativeChecks(c: DoctorContext, o: { vars: Readonly<Record<string, string | undefined>>; fetch?: typeof fetch }): Promise<CheckResult[]> {
  if (!isOicNative(c.deployed.raw)) return [];
  const env = c.config.name;
  const secret = o.vars[ADMIN_SECRET_ENV]?.trim();
  const need = [OIC_NATIVE_OUTPUTS.oicNativeApiUrl, OIC_NATIVE_OUTPUTS.oicNativeServiceInstance, OIC_NATIVE_OUTPUTS.oicNativeAdminClientId, OUTPUTS.tokenUrl, OUTPUTS.oicScope].filter((n) => !output(c, n));
  if (!secret || need.length) {
    return [bad("warn", AREA, "OIC's certificate store", `not read: ${!secret ? `${ADMIN_SECRET_ENV} is not set` : `the outputs lack ${need.join(", ")}`}`, "doctor needs the admin app's token to list OIC's signing keys", `set ${ADMIN_SECRET_ENV} to the secret of ${output(c, OIC_NATIVE_OUTPUTS.oicNativeAdminClientId) ?? "the admin app"} and run doctor again`)];
  }
  const api = new OicApi({ baseUrl: output(c, OIC_NATIVE_OUTPUTS.oicNativeApiUrl)!, serviceInstance: output(c, OIC_NATIVE_OUTPUTS.oicNativeServiceInstance)!, tokenUrl: output(c, OUTPUTS.tokenUrl)!, clientId: output(c, OIC_NATIVE_OUTPUTS.oicNativeAdminClientId)!, clientSecret: secret, oicScope: output(c, OUTPUTS.oicScope)!, fetch: o.fetch });
  let keys: OicCertificate[];
  try {
    keys = await api.signingKeys();
  } catch (err) {
    return [bad("fail", AREA, "OIC's certificate store", (err as Error).message, "OIC's REST API refused or failed", "check the admin app holds ServiceAdministrator and the API URL and service instance in the outputs")];
  }
  const trusted = output(c, OUTPUTS.trustedClientId);
  const app = trusted ? await findApp(c.fusion, trusted) : undefined;
  return compareSigningKeys(env, app?.certificateAliases ?? [], output(c, OUTPUTS.trustedCertificateAlias) ?? c.sidecar?.alias, keys);
}

/**
 * The operator's one manual step of oic-native, played by the rehearsal:
 * after the cert phase, the printed settings go on the propagation
 * connection in OIC (security policy, access token URL, scope, signing key,
 * the JWT header and payload files from `cdktf.out/oic-native/<env>/`).
 * In a real estate a person does this on OIC's Connections page.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { OUTPUTS, OIC_NATIVE_OUTPUTS } from "../../contract/outputs";
import { HEADER_FILE, PAYLOAD_FILE, type JwtHeaderFile, type JwtPayloadFile } from "../../tools/cert/oic-native/connection-files";
import type { OicDesignStore } from "../standins/oic-design";

export function applyConnectionFiles(store: OicDesignStore, dir: string, outputs: Readonly<Record<string, unknown>>, log: (line: string) => void): boolean {
  const headerFile = join(dir, HEADER_FILE);
  const payloadFile = join(dir, PAYLOAD_FILE);
  if (!existsSync(headerFile) || !existsSync(payloadFile)) return false;
  const header = JSON.parse(readFileSync(headerFile, "utf8")) as JwtHeaderFile;
  const payload = JSON.parse(readFileSync(payloadFile, "utf8")) as JwtPayloadFile;
  const id = String(outputs[OIC_NATIVE_OUTPUTS.oicNativeConnectionId]);
  store.configureConnection(id, { signingKeyAlias: header.kid, header, payload, tokenUrl: String(outputs[OUTPUTS.fusionTokenUrl]), scope: String(outputs[OUTPUTS.fusionScope]) });
  log(`[rehearsal] operator: connection ${id} set to "OAuth using JWT User Assertion" with signing key ${header.kid} and the JWT files of ${dir}`);
  return true;
}

/**
 * The JWT header and payload files of the propagation connection ("OAuth
 * using JWT User Assertion"), written to `cdktf.out/oic-native/<env>/`, and
 * the settings printed beside them. Shapes per Oracle's "Configure JWT
 * Assertions for Outbound Use" (ERP Cloud Adapter guide): header `alg`,
 * `typ`, `kid` (the alias of the uploaded signing key); payload `iss` (the
 * trusted app's client ID), `sub`, `aud`, with `iss`, `exp`, `sub` and `aud`
 * mandatory. https://docs.oracle.com/en/cloud/paas/application-integration/erp-adapter/jwt-user-assertions.html
 *
 * `aud` is the value the stack publishes as `assertion_audience`
 * (contract/identity-domain.ts: the trusted app's domain URL). `sub` is the
 * user OIC asserts when the connection is tested; at run time OIC asserts
 * the integration's caller ("Propagate OAuth User Identity Between
 * Services"). How OIC fills `exp` and `iat` at run time is not said on the
 * pages found: the file carries `exp` as the assertion lifetime in seconds
 * (the loopback stand-in reads it so); check it on a real instance.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_ASSERTION_LIFETIME_SECONDS } from "../../../contract/assertions";

export const HEADER_FILE = "jwt-header.json";
export const PAYLOAD_FILE = "jwt-payload.json";
/** Written in `sub` when no test user is known: the operator replaces it. */
export const SUB_PLACEHOLDER = "REPLACE-WITH-A-FEDERATED-TEST-USER";
/** The connection's security policy (console label). */
export const POLICY = "OAuth using JWT User Assertion";

export interface JwtHeaderFile {
  readonly alg: "RS256";
  readonly typ: "JWT";
  readonly kid: string;
}

export interface JwtPayloadFile {
  readonly iss: string;
  readonly sub: string;
  readonly aud: string;
  readonly exp: number;
}

export interface ConnectionSettings {
  readonly alias: string;
  readonly trustedClientId: string;
  readonly audience: string;
  /** The connection's access token URL: Fusion's domain token endpoint (`fusion_token_url`). */
  readonly tokenUrl: string;
  /** Fusion's FQS (`fusion_scope`). */
  readonly scope: string;
  readonly connectionId: string;
  readonly testUser?: string;
}

export function connectionFilesDir(cdktfOut: string, env: string): string {
  return join(cdktfOut, "oic-native", env);
}

export function headerOf(s: ConnectionSettings): JwtHeaderFile {
  return { alg: "RS256", typ: "JWT", kid: s.alias };
}

export function payloadOf(s: ConnectionSettings): JwtPayloadFile {
  return { iss: s.trustedClientId, sub: s.testUser ?? SUB_PLACEHOLDER, aud: s.audience, exp: DEFAULT_ASSERTION_LIFETIME_SECONDS };
}

/** Writes both files (public material only); returns their paths. */
export function writeConnectionFiles(dir: string, s: ConnectionSettings): { header: string; payload: string } {
  mkdirSync(dir, { recursive: true });
  const header = join(dir, HEADER_FILE);
  const payload = join(dir, PAYLOAD_FILE);
  writeFileSync(header, `${JSON.stringify(headerOf(s), null, 2)}\n`);
  writeFileSync(payload, `${JSON.stringify(payloadOf(s), null, 2)}\n`);
  return { header, payload };
}

/** What the operator sets on the connection in OIC (no secret: the key is already in OIC's store). */
export function connectionSettingsLines(s: ConnectionSettings, files: { header: string; payload: string }): string[] {
  return [
    `apply to OIC connection ${s.connectionId} (Connections > ${s.connectionId} > Security):`,
    `  security policy     ${POLICY}`,
    `  access token URL    ${s.tokenUrl}`,
    `  scope               ${s.scope}`,
    `  client ID           ${s.trustedClientId}`,
    `  signing key         ${s.alias} (uploaded to OIC's certificate store)`,
    `  JWT header file     ${files.header} (kid ${s.alias})`,
    `  JWT payload file    ${files.payload} (iss ${s.trustedClientId}, aud ${s.audience}, sub ${s.testUser ?? SUB_PLACEHOLDER})`,
    "then test the connection (npm run smoke -- <env> --flows c asks OIC to).",
  ];
}

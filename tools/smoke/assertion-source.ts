/**
 * Where flow C's token request body comes from: the deployed assertion
 * Function (OCI Functions invoke API, OCI request signing via oci-common:
 * config file profile or instance principal), or built here with the very
 * code the Function runs (contract/assertions.ts) and a local key given
 * by --assertion-key, for the sandbox and local checks.
 */
import { createPrivateKey } from "node:crypto";
import { readFileSync } from "node:fs";
import { buildJwtBearerRequest } from "../../contract/assertions";
import { LocalKeySigner } from "../../contract/local-signer";
import { CodedError, ERROR_CODES } from "../../contract/errors";

export type AssertionResult = { kind: "body"; body: URLSearchParams } | { kind: "token"; accessToken: string };

export interface LocalAssertionOptions {
  keyPemPath: string;
  certificateAlias: string;
  clientId: string;
  userName: string;
  scope: string;
  audience: string;
  now?: () => number;
}

export async function localAssertion(o: LocalAssertionOptions): Promise<AssertionResult> {
  let pem: string;
  try {
    pem = readFileSync(o.keyPemPath, "utf8");
  } catch {
    throw new CodedError(ERROR_CODES.assertionSource, `--assertion-key: cannot read "${o.keyPemPath}"; give the PEM file of the trusted app's private key`);
  }
  let key;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new CodedError(ERROR_CODES.assertionSource, `--assertion-key: "${o.keyPemPath}" is not a PEM private key`);
  }
  const signer = new LocalKeySigner(key, o.certificateAlias);
  const { body } = await buildJwtBearerRequest(signer, {
    clientId: o.clientId,
    userName: o.userName,
    audience: o.audience,
    scope: o.scope,
    now: o.now,
  });
  return { kind: "body", body };
}

export interface FunctionAssertionOptions {
  functionId: string;
  invokeEndpoint: string;
  userName: string;
  scope: string;
  /** OCI config file and profile; `instance-principal` uses the host's identity. */
  auth: { type: "config-file"; file?: string; profile?: string } | { type: "instance-principal" };
}

/** Reads what the Function answered: payload mode `{ payload }` (form body) or token mode `{ access_token }`. */
export function parseFunctionAnswer(text: string): AssertionResult {
  let json: Record<string, unknown> | undefined;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    if (text.includes("grant_type=")) return { kind: "body", body: new URLSearchParams(text.trim()) };
    throw new CodedError(ERROR_CODES.assertionSource, "the Function's answer is neither JSON nor a form body");
  }
  if (typeof json.access_token === "string") return { kind: "token", accessToken: json.access_token };
  if (typeof json.payload === "string") return { kind: "body", body: new URLSearchParams(json.payload) };
  const err = typeof json.error === "string" ? `${json.error}: ${String(json.message ?? "")}` : "no payload or access_token field";
  throw new CodedError(ERROR_CODES.assertionSource, `the Function answered ${err}`);
}

export async function functionAssertion(o: FunctionAssertionOptions): Promise<AssertionResult> {
  const common = await import("oci-common");
  const functions = await import("oci-functions");
  const provider =
    o.auth.type === "instance-principal"
      ? await new common.InstancePrincipalsAuthenticationDetailsProviderBuilder().build()
      : new common.ConfigFileAuthenticationDetailsProvider(o.auth.file, o.auth.profile);
  const client = new functions.FunctionsInvokeClient({ authenticationDetailsProvider: provider });
  client.endpoint = o.invokeEndpoint;
  try {
    const response = await client.invokeFunction({
      functionId: o.functionId,
      invokeFunctionBody: JSON.stringify({ user: o.userName, scope: o.scope }),
      fnIntent: functions.requests.InvokeFunctionRequest.FnIntent.Httprequest,
      fnInvokeType: functions.requests.InvokeFunctionRequest.FnInvokeType.Sync,
    });
    return parseFunctionAnswer(await new Response(response.value as ReadableStream).text());
  } finally {
    client.close?.();
  }
}

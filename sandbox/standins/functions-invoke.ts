/**
 * A loopback stand-in of the OCI Functions invoke endpoint
 * (`POST /20181201/functions/{functionId}/actions/invoke`, the request
 * `FunctionsInvokeClient.invokeFunction` of oci-functions sends) that runs
 * the real, bundled assertion Function (dist/function/func.js) the way the
 * Fn agent does: its own process, FN_FORMAT=http-stream on a unix socket,
 * configured through env vars (the `config` map Terraform applied), signing
 * through a resource principal (v2.2 env with a throwaway key and session
 * token). One warm process per function, as Fn keeps hot containers.
 *
 * Runs the bundle as a process rather than importing function/ code, so
 * lib/ keeps no import edge to the Function.
 * For tests and the sandbox only.
 */
import { spawn, type ChildProcess } from "node:child_process";
import type { KeyObject } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { lendRsaKey } from "./key-pool";
import { request, type IncomingMessage, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listenLocal, readBody, sendJson } from "./http-util";
import { CodedError, ERROR_CODES } from "../../contract/errors";

export interface FunctionsInvokeStandinOptions {
  /** Function OCID -> its `config` (environment variables), as Terraform state holds it. */
  readonly functions: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** The esbuild bundle of the Function (`npm run build:function` writes dist/function/func.js). */
  readonly bundle: string;
  /**
   * Rewrites a config value that is a URL the Function calls (token URL,
   * KMS crypto endpoint, Fusion's domain) to where its stand-in listens:
   * the sandbox's routing of real host names to loopback. Given the config
   * key too, so values the Function only writes into tokens (the
   * assertions' `aud`) stay as deployed. @default identity
   */
  readonly route?: (url: string, key: string) => string;
  /** @default "us-ashburn-1" */
  readonly region?: string;
}

export interface FunctionsInvokeStandin {
  /** Base URL for FunctionsInvokeClient.endpoint (the function's invoke_endpoint). */
  readonly url: string;
  /** Function OCIDs invoked, in order. */
  readonly invocations: readonly string[];
  /** What the Function processes wrote to stderr (JSON log lines). */
  stderr(): string;
  close(): Promise<void>;
}

const INVOKE = /^\/20181201\/functions\/([^/]+)\/actions\/invoke$/;

/** A resource principal v2.2 environment: RPST (a JWT naming tenancy and compartment) plus its private key. */
function resourcePrincipalEnv(dir: string, region: string, privateKey: KeyObject): Record<string, string> {
  const pem = join(dir, "rp.pem");
  writeFileSync(pem, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const now = Math.floor(Date.now() / 1000);
  const claims = { res_tenant: "ocid1.tenancy.oc1..standin", res_compartment: "ocid1.compartment.oc1..standin", iat: now, exp: now + 3600 };
  return {
    OCI_RESOURCE_PRINCIPAL_VERSION: "2.2",
    OCI_RESOURCE_PRINCIPAL_RPST: `${b64({ alg: "RS256", typ: "JWT" })}.${b64(claims)}.c2lnbmF0dXJl`,
    OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM: pem,
    OCI_RESOURCE_PRINCIPAL_REGION: region,
  };
}

function routed(config: Readonly<Record<string, string>>, route: (url: string, key: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(config)) out[k] = /^https?:\/\//.test(v) && URL.canParse(v) ? route(v, k) : v;
  return out;
}

/** POSTs the invoke body to the Function's FDK socket; resolves with its status and body. */
function callFunction(socketPath: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, path: "/call", method: "POST", agent: false, headers: { "content-type": "application/json" } }, (res) => {
      let text = "";
      res.on("data", (c: Buffer) => (text += c));
      res.on("end", () => resolve({ status: Number(res.headers["fn-http-status"] ?? res.statusCode ?? 502), body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

async function waitForSocket(path: string, child: ChildProcess, stderr: () => string): Promise<void> {
  for (let i = 0; i < 500 && !existsSync(path); i++) {
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  if (!existsSync(path)) throw new CodedError(ERROR_CODES.standin, `the assertion Function did not start (exit ${child.exitCode}): ${stderr().slice(-500)}`);
}

export async function startFunctionsInvokeStandin(o: FunctionsInvokeStandinOptions): Promise<FunctionsInvokeStandin> {
  if (!existsSync(o.bundle)) throw new CodedError(ERROR_CODES.standin, `no Function bundle at ${o.bundle}: run npm run build:function first`);
  const dir = mkdtempSync(join(tmpdir(), "oic-access-fn-"));
  const rpKey = lendRsaKey();
  const rpEnv = resourcePrincipalEnv(dir, o.region ?? "us-ashburn-1", rpKey.privateKey);
  const route = o.route ?? ((u: string) => u);
  const running = new Map<string, { child: ChildProcess; socket: string }>();
  const invocations: string[] = [];
  let stderr = "";

  const start = async (functionId: string, config: Readonly<Record<string, string>>) => {
    const socket = join(dir, `fn-${running.size}.sock`);
    const child = spawn(process.execPath, [o.bundle], {
      env: { PATH: process.env.PATH ?? "", FN_FORMAT: "http-stream", FN_LISTENER: `unix:${socket}`, ...rpEnv, ...routed(config, route) },
      stdio: ["ignore", "ignore", "pipe"],
    });
    child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
    await waitForSocket(socket, child, () => stderr);
    const fn = { child, socket };
    running.set(functionId, fn);
    return fn;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? "/", "http://standin").pathname;
    const m = INVOKE.exec(path);
    const body = await readBody(req);
    if (req.method !== "POST" || !m) return sendJson(res, 404, { code: "NotFound", message: `No such operation: ${req.method} ${path}` });
    if (!/^Signature .*keyId="[^"]+"/.test(req.headers.authorization ?? "")) {
      return sendJson(res, 401, { code: "NotAuthenticated", message: "The required OCI request signature is missing" });
    }
    const functionId = decodeURIComponent(m[1]);
    const config = o.functions[functionId];
    if (!config) return sendJson(res, 404, { code: "NotAuthorizedOrNotFound", message: `Function ${functionId} not found or not authorized` });
    invocations.push(functionId);
    let answer: { status: number; body: string };
    try {
      const fn = running.get(functionId) ?? (await start(functionId, config));
      answer = await callFunction(fn.socket, body);
    } catch (error) {
      // OCI answers a function that cannot start or answer with 502, in its error shape.
      return sendJson(res, 502, { code: "FunctionInvokeFailed", message: (error as Error).message });
    }
    res.writeHead(answer.status, { "content-type": "application/json", "opc-request-id": `standin-${invocations.length}` });
    res.end(answer.body);
  };

  const server = await listenLocal(handle);
  return {
    url: server.url,
    invocations,
    stderr: () => stderr,
    async close() {
      for (const { child } of running.values()) child.kill();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
      rpKey.release();
    },
  };
}

/**
 * A local stand-in for an OIC instance's REST trigger endpoint. It checks
 * bearer tokens as OIC does: signature (domain JWKS), audience = the
 * instance's primary audience, scope, then the `ServiceInvoker` app role of
 * the calling app (client tokens) or user (user tokens). Bad token: 401;
 * valid token without the role: 403; unknown or not activated integration:
 * 404 with a body shaped like OIC's error responses.
 */
import type { IncomingMessage } from "node:http";
import { bearerChecker } from "./bearer-check";
import { SERVICE_INVOKER, type DomainState } from "./domain-state";
import { listenLocal, readBody, sendJson, takeFault, type Fault } from "./http-util";
import { assertThroughConnection, oicDesignHandler, type OicDesignOptions } from "./oic-design";

import { INTEGRATION_PREFIX } from "../../contract/integration-path";

export interface StandinIntegration {
  method: string;
  /** Path under `/ic/api/integration/v1/flows/rest/`, e.g. `HELLO_WORLD/1.0/hello`. */
  path: string;
  /** Status of a successful call. @default 200 */
  status?: number;
  activated?: boolean;
  /**
   * oic-native: the integration calls Fusion as its caller through this
   * connection (needs `design`): it asserts the caller, exchanges, and GETs
   * `fusionUrl` with the user token; 200 with Fusion's answer, else 502.
   */
  propagates?: { connectionId: string; fusionUrl: string };
}

export interface OicStandinOptions {
  state: DomainState;
  jwksUrl: string;
  /** Primary audience, e.g. `https://oic.example.com:443`. */
  audience: string;
  /** @default urn:opc:resource:consumer::all */
  scope?: string;
  integrations: StandinIntegration[];
  /** oic-native: the design-time API (certificates, connection test) over a store that outlives this server. */
  design?: OicDesignOptions;
}

export interface OicStandin {
  readonly url: string;
  readonly integrations: StandinIntegration[];
  /** Answers the next requests with these statuses before behaving again. */
  readonly faults: Fault[];
  /** Calls seen, by status. */
  readonly calls: { status: number; path: string }[];
  deactivateIntegration(path: string): void;
  close(): Promise<void>;
}

function notFound(path: string): Record<string, string> {
  // Shaped like OIC's REST error body (RFC 7807 problem details with o:errorCode).
  return {
    type: "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.5",
    title: "Not Found",
    detail: `Integration at ${path} is not found or not activated`,
    "o:errorCode": "404",
  };
}

export async function startOic(o: OicStandinOptions): Promise<OicStandin> {
  const check = bearerChecker({ jwksUrl: o.jwksUrl, audience: o.audience, scope: o.scope ?? "urn:opc:resource:consumer::all" });
  const faults: Fault[] = [];
  const calls: { status: number; path: string }[] = [];

  async function handle(req: IncomingMessage): Promise<{ status: number; body: unknown; headers?: Record<string, string> }> {
    const fault = takeFault(faults);
    if (fault) {
      return { status: fault.status, body: { title: "scripted fault" }, headers: fault.retryAfterSeconds !== undefined ? { "retry-after": String(fault.retryAfterSeconds) } : {} };
    }
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const token = await check(req);
    const caller = token.ok ? (token.claims.sub_type === "user" ? { type: "User" as const, name: String(token.claims.sub) } : { type: "App" as const, name: String(token.claims.client_id) }) : undefined;
    const design = o.design ? await oicDesignHandler(o.design)(req, path, caller) : undefined;
    if (design) return design;
    if (!token.ok) return { status: 401, body: { title: "Unauthorized" }, headers: { "www-authenticate": 'Bearer realm="oic"' } };
    const subject = caller!;
    if (!o.state.hasRole(subject, SERVICE_INVOKER)) return { status: 403, body: { title: "Forbidden", detail: "The caller is not authorized to invoke this integration" } };
    if (!path.startsWith(INTEGRATION_PREFIX)) return { status: 404, body: notFound(path) };
    const rel = path.slice(INTEGRATION_PREFIX.length);
    const flow = o.integrations.find((i) => i.path === rel && i.method.toUpperCase() === req.method);
    if (!flow || flow.activated === false) return { status: 404, body: notFound(path) };
    await readBody(req);
    if (flow.propagates && o.design) return propagate(o.design, flow.propagates, subject);
    return { status: flow.status ?? 200, body: { message: "Hello from the OIC stand-in", invokedBy: subject.name } };
  }

  const server = await listenLocal(async (req, res) => {
    const r = await handle(req);
    calls.push({ status: r.status, path: req.url ?? "" });
    if (r.status === 204) res.writeHead(204).end();
    else sendJson(res, r.status, r.body, r.headers);
  });
  return {
    url: server.url,
    integrations: o.integrations,
    faults,
    calls,
    deactivateIntegration(path: string) {
      for (const i of o.integrations) if (i.path === path) i.activated = false;
    },
    close: server.close,
  };
}

/** An integration that calls Fusion as its caller: OIC asserts the caller through the connection. */
async function propagate(design: OicDesignOptions, p: { connectionId: string; fusionUrl: string }, subject: { type: "App" | "User"; name: string }): Promise<{ status: number; body: unknown }> {
  if (subject.type !== "User") return { status: 502, body: { title: "Bad Gateway", detail: "no caller identity to propagate: the integration was invoked with a client token" } };
  const conn = design.store.connections.get(p.connectionId);
  if (!conn) return { status: 502, body: { title: "Bad Gateway", detail: `connection ${p.connectionId} does not exist` } };
  const token = await assertThroughConnection(design, conn, subject.name);
  if (!token.ok) return { status: 502, body: { title: "Bad Gateway", detail: token.detail } };
  const fusion = await fetch(design.route(p.fusionUrl), { headers: { authorization: `Bearer ${token.accessToken}` } });
  const body = (await fusion.json().catch(() => ({}))) as unknown;
  return fusion.status === 200 ? { status: 200, body: { invokedBy: subject.name, fusion: body } } : { status: 502, body: { title: "Bad Gateway", detail: `Fusion answered ${fusion.status}` } };
}

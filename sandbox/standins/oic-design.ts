/**
 * A loopback stand-in of OIC's design-time REST API for oic-native: the
 * certificate store (upload, list, delete signing keys) and the connection
 * test of an "OAuth using JWT User Assertion" connection. On a test it does
 * what OIC does: builds the client and user assertions from the
 * connection's JWT header and payload files, signs them with the private key
 * uploaded under the connection's signing-key alias, and exchanges them at
 * the connection's access token URL (in the sandbox: the identity-domain
 * stand-in of Fusion's domain, which verifies them with the certificate
 * imported into the trusted app). So a wrong kid, aud or domain fails the
 * test as it would in OIC. Paths and status codes follow OIC 3's REST API
 * (tools/cert/oic-native/oic-api.ts); the failure body's shape is the stand-in's
 * own (Oracle documents only "500 Server error").
 */
import { createPrivateKey, type KeyObject } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { buildJwtBearerRequest } from "../../contract/assertions";
import { LocalKeySigner } from "../../contract/local-signer";
import { OIC_API, SIGNING_KEY } from "../../tools/cert/oic-native/oic-api";
import type { JwtHeaderFile, JwtPayloadFile } from "../../tools/cert/oic-native/connection-files";
import type { DomainState } from "./domain-state";
import { readBody } from "./http-util";

/** What the operator configured on the connection (Connections page). */
export interface StandinConnection {
  readonly id: string;
  /** Alias of the private key in the certificate store OIC signs with. */
  signingKeyAlias?: string;
  header?: JwtHeaderFile;
  payload?: JwtPayloadFile;
  /** Access token URL. */
  tokenUrl?: string;
  scope?: string;
}

interface StoredKey {
  readonly id: string;
  readonly key: KeyObject;
  /** The uploaded file as received (tests search the disk for it). */
  readonly pem: string;
}

/** OIC's certificate store and connections: outlives one stand-in server (the cert phase and the smoke share it). */
export class OicDesignStore {
  readonly keys = new Map<string, StoredKey>();
  readonly connections = new Map<string, StandinConnection>();
  private next = 1;

  /** The operator's step on the Connections page. */
  configureConnection(id: string, settings: Omit<StandinConnection, "id">): StandinConnection {
    const c = { ...(this.connections.get(id) ?? { id }), ...settings, id };
    this.connections.set(id, c);
    return c;
  }

  addKey(alias: string, pem: string): void {
    this.keys.set(alias, { id: `SIGNKEY_${this.next++}`, key: createPrivateKey(pem), pem });
  }
}

export interface OicDesignOptions {
  readonly store: OicDesignStore;
  /** OIC's identity domain: who may call (ServiceAdministrator). */
  readonly state: DomainState;
  /** Where the stand-in's own outbound calls go (the sandbox routes real hosts to loopback). */
  readonly route: (url: string) => string;
}

type Answer = { status: number; body: unknown };
type Caller = { type: "App" | "User"; name: string };

function form(body: string, contentType: string): Promise<FormData> {
  return new Response(body, { headers: { "content-type": contentType } }).formData();
}

/** Exchanges an assertion built the way OIC builds it for `user`; the token or the refusal. */
export async function assertThroughConnection(o: OicDesignOptions, conn: StandinConnection, user: string): Promise<{ ok: true; accessToken: string } | { ok: false; status: number; detail: string }> {
  if (!conn.header || !conn.payload || !conn.tokenUrl || !conn.signingKeyAlias || !conn.scope) {
    return { ok: false, status: 409, detail: `connection ${conn.id} is not configured (security policy, signing key, JWT header and payload files, access token URL, scope)` };
  }
  const stored = o.store.keys.get(conn.signingKeyAlias);
  if (!stored) return { ok: false, status: 500, detail: `the signing key "${conn.signingKeyAlias}" is not in the certificate store` };
  const signer = new LocalKeySigner(stored.key, conn.header.kid);
  const sub = conn.payload.sub;
  const { body } = await buildJwtBearerRequest(signer, {
    clientId: conn.payload.iss,
    userName: user || sub,
    audience: conn.payload.aud,
    scope: conn.scope,
    lifetimeSeconds: Number.isInteger(conn.payload.exp) && conn.payload.exp > 0 && conn.payload.exp <= 3600 ? conn.payload.exp : undefined,
  });
  let res: Response;
  try {
    res = await fetch(o.route(conn.tokenUrl), { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body });
  } catch (err) {
    return { ok: false, status: 500, detail: `token request to ${conn.tokenUrl} failed: ${(err as Error).message}` };
  }
  const json = (await res.json().catch(() => ({}))) as { access_token?: string; error?: string; error_description?: string };
  if (res.ok && json.access_token) return { ok: true, accessToken: json.access_token };
  return { ok: false, status: 500, detail: `token request to ${conn.tokenUrl} failed: HTTP ${res.status} ${json.error ?? ""}: ${json.error_description ?? ""}` };
}

/** Answers the certificate and connection-test calls; undefined for any other path. */
export function oicDesignHandler(o: OicDesignOptions): (req: IncomingMessage, path: string, caller: Caller | undefined) => Promise<Answer | undefined> {
  return async (req, path, caller) => {
    const isCerts = path === OIC_API.certificates || path.startsWith(`${OIC_API.certificates}/`);
    const test = /^\/ic\/api\/integration\/v1\/connections\/([^/]+)\/test$/.exec(path);
    if (!isCerts && !test) return undefined;
    if (!caller) return { status: 401, body: { title: "Unauthorized" } };
    if (!o.state.hasRole(caller, "ServiceAdministrator")) return { status: 403, body: { title: "Forbidden", detail: "ServiceAdministrator is required" } };
    if (!new URL(req.url ?? "/", "http://x").searchParams.get("integrationInstance")) return { status: 400, body: { title: "Bad Request", detail: "integrationInstance is required" } };
    if (test && req.method === "POST") {
      const conn = o.store.connections.get(decodeURIComponent(test[1]!));
      if (!conn) return { status: 404, body: { title: "Not Found", detail: "Connection not found" } };
      const r = await assertThroughConnection(o, conn, caller.type === "User" ? caller.name : "");
      return r.ok ? { status: 200, body: { status: "CONFIGURED" } } : { status: r.status, body: { title: r.status === 409 ? "Conflict" : "Server error", detail: r.detail } };
    }
    if (path === OIC_API.certificates && req.method === "POST") {
      const f = await form(await readBody(req), req.headers["content-type"] ?? "");
      const name = String(f.get("name") ?? "");
      const file = f.get("file");
      if (!name || f.get("type") !== SIGNING_KEY.type || f.get("category") !== SIGNING_KEY.category || !(file instanceof Blob)) {
        return { status: 400, body: { title: "Bad Request", detail: "name, type SIGNKEY, category PRIVATE and file are required" } };
      }
      if (o.store.keys.has(name)) return { status: 409, body: { title: "Conflict", detail: "Certificate already exists" } };
      try {
        o.store.addKey(name, await file.text());
      } catch {
        return { status: 400, body: { title: "Bad Request", detail: "the file is not a private key" } };
      }
      return { status: 204, body: "" };
    }
    if (path === OIC_API.certificates && req.method === "GET") {
      return { status: 200, body: { items: [...o.store.keys].map(([name, k]) => ({ id: k.id, name, type: SIGNING_KEY.type, category: SIGNING_KEY.category, status: "CONFIGURED" })) } };
    }
    const del = /^\/ic\/api\/integration\/v1\/certificates\/([^/]+)$/.exec(path);
    if (del && req.method === "DELETE") {
      const id = decodeURIComponent(del[1]!);
      for (const [alias, k] of o.store.keys) if (k.id === id) o.store.keys.delete(alias);
      return { status: 204, body: "" };
    }
    return { status: 405, body: { title: "Method Not Allowed" } };
  };
}

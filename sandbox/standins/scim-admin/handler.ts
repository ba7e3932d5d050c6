/**
 * The SCIM admin API subset of an identity domain that `adopt` and `doctor`
 * read, as a node:http handler: `GET /admin/v1/{Apps|Grants|AppRoles|Users|
 * Groups|OAuthClientCertificates}` with `filter`, `startIndex`, `count`,
 * `GET /admin/v1/{type}/{id}`, and `POST /admin/v1/{type}/.search`.
 * Lists answer in SCIM's ListResponse shape (`totalResults`, `Resources`,
 * `startIndex`, `itemsPerPage`; RFC 7644, 3.4.2), 1-based paging, at most
 * 1000 per page as the domain documents.
 *
 * Read-only on purpose: the commands that use it must never write.
 * Requests need an `Authorization` header (an OCI request signature from the
 * SDK, or a bearer token); its signature is not verified.
 *
 * Mount it in another server: `if (await handler(req, res)) return;` before
 * that server's own routing (it answers only `/admin/v1/<one of the six>`).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { listenLocal, readBody, sendJson, type Listening } from "../http-util";
import { SCIM_RESOURCE_TYPES, type ScimDirectory, type ScimResource, type ScimResourceType } from "./directory";
import { parseScimFilter, ScimFilterError } from "./filter";

const SCIM_LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
const SCIM_ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
const DEFAULT_COUNT = 50;
const MAX_COUNT = 1000;

export type ScimAdminHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

export interface ScimAdminOptions {
  /** Called with every request that reached a resource (tests count pages). */
  onRequest?: (entry: { method: string; type: ScimResourceType; query: URLSearchParams }) => void;
}

function scimError(res: ServerResponse, status: number, detail: string): void {
  // `code`/`message` as well, which the OCI SDK turns into OciError fields.
  sendJson(res, status, { schemas: [SCIM_ERROR], status: String(status), detail, code: status === 404 ? "NotFound" : status === 401 ? "NotAuthenticated" : "InvalidParameter", message: detail });
}

function pageOf(all: ScimResource[], startRaw: string | null, countRaw: string | null): Record<string, unknown> {
  const startIndex = Math.max(1, Number.parseInt(startRaw ?? "1", 10) || 1);
  const count = Math.min(MAX_COUNT, Math.max(0, Number.parseInt(countRaw ?? String(DEFAULT_COUNT), 10) || DEFAULT_COUNT));
  const resources = all.slice(startIndex - 1, startIndex - 1 + count);
  return { schemas: [SCIM_LIST_RESPONSE], totalResults: all.length, Resources: resources, startIndex, itemsPerPage: resources.length };
}

function route(url: URL): { type: ScimResourceType; rest: string | undefined } | undefined {
  const m = /^\/admin\/v1\/([A-Za-z]+)(?:\/([^/]+))?\/?$/.exec(url.pathname);
  const type = SCIM_RESOURCE_TYPES.find((t) => t === m?.[1]);
  return type ? { type, rest: m?.[2] ? decodeURIComponent(m[2]) : undefined } : undefined;
}

async function searchParams(req: IncomingMessage, url: URL, isSearch: boolean): Promise<URLSearchParams> {
  if (!isSearch) return url.searchParams;
  const body = JSON.parse((await readBody(req)) || "{}") as Record<string, unknown>;
  const q = new URLSearchParams();
  for (const key of ["filter", "startIndex", "count"]) if (body[key] !== undefined) q.set(key, String(body[key]));
  return q;
}

export function scimAdminHandler(dir: ScimDirectory, options: ScimAdminOptions = {}): ScimAdminHandler {
  return async (req, res) => {
    const url = new URL(req.url ?? "/", "http://standin.invalid");
    const target = route(url);
    if (!target) return false;
    if (!/^(Signature|Bearer) /i.test(req.headers.authorization ?? "")) {
      scimError(res, 401, "the request is not authenticated (no Authorization header)");
      return true;
    }
    const isSearch = req.method === "POST" && target.rest === ".search";
    if (req.method !== "GET" && !isSearch) {
      scimError(res, 405, "the stand-in is read-only: GET and POST .search only");
      return true;
    }
    const query = await searchParams(req, url, isSearch);
    options.onRequest?.({ method: req.method ?? "GET", type: target.type, query });
    if (target.rest && !isSearch) {
      const found = dir.get(target.type, target.rest);
      if (found) sendJson(res, 200, found);
      else scimError(res, 404, `no ${target.type} resource with id ${target.rest}`);
      return true;
    }
    try {
      const predicate = parseScimFilter(query.get("filter") ?? undefined);
      sendJson(res, 200, pageOf(dir.list(target.type).filter(predicate), query.get("startIndex"), query.get("count")));
    } catch (err) {
      if (!(err instanceof ScimFilterError)) throw err;
      scimError(res, 400, err.message);
    }
    return true;
  };
}

/** The handler alone on a loopback port (tests, and a second domain beside the OAuth stand-in). */
export async function startScimAdmin(dir: ScimDirectory, options: ScimAdminOptions = {}): Promise<Listening> {
  const handle = scimAdminHandler(dir, options);
  return listenLocal(async (req, res) => {
    if (!(await handle(req, res))) scimError(res, 404, `no such endpoint: ${req.method} ${req.url}`);
  });
}

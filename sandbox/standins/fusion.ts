/**
 * A local stand-in for Fusion Applications REST: it accepts only a user
 * token (sub_type user) minted for the Fusion audience, i.e. what flow C
 * produces; an OIC token or a client token is refused with 401.
 */
import { bearerChecker } from "./bearer-check";
import type { DomainState } from "./domain-state";
import { listenLocal, sendJson, takeFault, type Fault } from "./http-util";

export interface FusionStandinOptions {
  state: DomainState;
  jwksUrl: string;
  audience: string;
  /** @default urn:opc:resource:consumer::all */
  scope?: string;
  /** The GET endpoint the smoke test calls. */
  smokePath: string;
}

export interface FusionStandin {
  readonly url: string;
  readonly faults: Fault[];
  close(): Promise<void>;
}

export async function startFusion(o: FusionStandinOptions): Promise<FusionStandin> {
  const check = bearerChecker({ jwksUrl: o.jwksUrl, audience: o.audience, scope: o.scope ?? "urn:opc:resource:consumer::all" });
  const faults: Fault[] = [];
  const smokePath = new URL(o.smokePath, "http://x").pathname;
  const server = await listenLocal(async (req, res) => {
    const fault = takeFault(faults);
    if (fault) return sendJson(res, fault.status, { title: "scripted fault" }, fault.retryAfterSeconds !== undefined ? { "retry-after": String(fault.retryAfterSeconds) } : {});
    const token = await check(req);
    if (!token.ok) return sendJson(res, 401, { title: "Unauthorized" }, { "www-authenticate": 'Bearer error="invalid_token"' });
    if (token.claims.sub_type !== "user") return sendJson(res, 401, { title: "Unauthorized", detail: "a user token is required" }, { "www-authenticate": 'Bearer error="invalid_token"' });
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (req.method !== "GET" || path !== smokePath) return sendJson(res, 404, { title: "Not Found" });
    return sendJson(res, 200, { items: [{ Username: token.claims.sub }], count: 1, hasMore: false });
  });
  return { url: server.url, faults, close: server.close };
}

/**
 * A tiny identity-domain token endpoint for the assertion Function's tests and
 * benchmark: accepts only the JWT-bearer grant, verifies both assertions
 * against the trusted app's certificate, refuses a replayed jti.
 * (The full oidc-provider stand-in lives in sandbox/standins; this one has no
 * dependency on it on purpose.)
 */
import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { importX509, jwtVerify } from "jose";
import { CLIENT_ASSERTION_TYPE, JWT_BEARER_GRANT_TYPE } from "../../contract/assertions";
import { DOMAIN_ENDPOINT_PATHS, tokenUrl } from "../../contract/identity-domain";

export interface TokenEndpointStandin {
  url: string;
  /** Requests received, valid or not. */
  calls: number;
  /** Users a token was issued for, in order. */
  issuedFor: string[];
  /** The next N requests get `400 invalid_grant`. */
  failNext: number;
  /** Delay before answering (to let concurrent callers pile up). */
  delayMs: number;
  expiresIn: number;
  close(): Promise<void>;
}

export async function startTokenEndpoint(options: {
  certificatePem: string;
  clientId: string;
  audience: string;
  expiresIn?: number;
}): Promise<TokenEndpointStandin> {
  const key = await importX509(options.certificatePem, "RS256");
  const seenJti = new Set<string>();

  const state: TokenEndpointStandin = {
    url: "",
    calls: 0,
    issuedFor: [],
    failNext: 0,
    delayMs: 0,
    expiresIn: options.expiresIn ?? 3600,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  const refuse = (error: string, description: string) => ({ status: 400, body: { error, error_description: description } });

  const answer = async (form: URLSearchParams): Promise<{ status: number; body: Record<string, unknown> }> => {
    if (state.failNext > 0) {
      state.failNext--;
      return refuse("invalid_grant", "stand-in told to fail");
    }
    if (form.get("grant_type") !== JWT_BEARER_GRANT_TYPE) return refuse("unsupported_grant_type", "jwt-bearer only");
    if (form.get("client_assertion_type") !== CLIENT_ASSERTION_TYPE) return refuse("invalid_client", "client_assertion_type");
    if (form.get("client_id") !== options.clientId) return refuse("invalid_client", "unknown client_id");
    const scope = form.get("scope");
    if (!scope) return refuse("invalid_scope", "scope missing");
    const common = { algorithms: ["RS256"], audience: options.audience, issuer: options.clientId, requiredClaims: ["iat", "exp", "jti"] };
    let userName: string;
    try {
      const client = await jwtVerify(form.get("client_assertion") ?? "", key, { ...common, subject: options.clientId });
      const user = await jwtVerify(form.get("assertion") ?? "", key, common);
      for (const jti of [client.payload.jti!, user.payload.jti!]) {
        if (seenJti.has(jti)) return refuse("invalid_grant", "jti replayed");
        seenJti.add(jti);
      }
      userName = user.payload.sub!;
    } catch (error) {
      return refuse("invalid_grant", `assertion rejected: ${(error as Error).message}`);
    }
    state.issuedFor.push(userName);
    return {
      status: 200,
      body: { access_token: randomBytes(24).toString("base64url"), token_type: "Bearer", expires_in: state.expiresIn, scope },
    };
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      state.calls++;
      const form = new URLSearchParams(Buffer.concat(chunks).toString());
      const reply = () =>
        answer(form).then(({ status, body }) => {
          res.writeHead(status, { "content-type": "application/json" });
          res.end(JSON.stringify(body));
        });
      if (req.method !== "POST" || req.url !== DOMAIN_ENDPOINT_PATHS.token || !/^application\/x-www-form-urlencoded/.test(req.headers["content-type"] ?? "")) {
        res.writeHead(404).end();
        return;
      }
      if (state.delayMs > 0) setTimeout(() => void reply(), state.delayMs);
      else void reply();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.url = tokenUrl(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  return state;
}

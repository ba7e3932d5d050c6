/**
 * The calls oic-native makes to OIC 3's REST API (Developer API for Oracle
 * Integration 3), each with the `integrationInstance` query parameter the
 * API requires (the "Service instance" field of OIC's About page):
 *
 * - Upload a Certificate: `POST /ic/api/integration/v1/certificates`,
 *   multipart/form-data with `name` (the alias), `type`, `category`, `file`;
 *   204 on success, 409 when the alias exists. Type `SIGNKEY` with category
 *   `PRIVATE` is the console's "Signing key" / "Private".
 *   https://docs.oracle.com/en/cloud/paas/application-integration/rest-api/op-ic-api-integration-v1-certificates-post.html
 * - Retrieve Certificates: `GET /ic/api/integration/v1/certificates`
 *   (filter `q={type:'SIGNKEY'}`).
 *   https://docs.oracle.com/en/cloud/paas/application-integration/rest-api/op-ic-api-integration-v1-certificates-get.html
 *   The fields of its items are not shown on the pages found; this client
 *   reads `id`, `name` and an expiry (`expiryDate` or `expiry`), and the
 *   loopback stand-in (sandbox/standins/oic-design.ts) answers in that shape.
 * - Delete a certificate: `DELETE /ic/api/integration/v1/certificates/{id}`
 *   (listed beside the two above; its page was not found by our search).
 * - Test a Connection: `POST /ic/api/integration/v1/connections/{id}/test`;
 *   200 when the connection works ("the connection is CONFIGURED"), 404 not
 *   found, 409 not configured, 412 locked, 500 server error.
 *   https://docs.oracle.com/en/cloud/paas/application-integration/rest-api/op-ic-api-integration-v1-connections-id-test-post.html
 *
 * Calls are authorized with a bearer token of a client-credentials app that
 * holds ServiceAdministrator on OIC's IAM app (the OIC scope).
 */
import { OicAccessError } from "../../../contract/errors";
import { GRANT_TYPES } from "../../../contract/identity-domain";

export const OIC_API = {
  certificates: "/ic/api/integration/v1/certificates",
  connectionTest: (id: string) => `/ic/api/integration/v1/connections/${encodeURIComponent(id)}/test`,
  connection: (id: string) => `/ic/api/integration/v1/connections/${encodeURIComponent(id)}`,
} as const;

/** Certificate type and category of a private signing key (the console's "Signing key", "Private"). */
export const SIGNING_KEY = { type: "SIGNKEY", category: "PRIVATE" } as const;

export class OicApiError extends OicAccessError {
  readonly code = "OIC_API";
  constructor(
    message: string,
    readonly status?: number,
    readonly detail?: string,
  ) {
    super(message);
  }
}

export interface OicApiOptions {
  /** Base URL of OIC's REST API. */
  readonly baseUrl: string;
  /** `integrationInstance` query parameter. */
  readonly serviceInstance: string;
  /** OIC's identity domain token endpoint, the admin app and OIC's scope: the bearer token. */
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly oicScope: string;
  /** @default globalThis.fetch */
  readonly fetch?: typeof fetch;
}

export interface OicCertificate {
  readonly id: string;
  readonly name: string;
  readonly type?: string;
  /** ISO time, when the API says. */
  readonly expiry?: string;
}

export interface ConnectionTestResult {
  readonly ok: boolean;
  readonly status: number;
  /** What OIC said (its detail, message or error), when the test failed. */
  readonly detail?: string;
}

function detailOf(body: unknown): string | undefined {
  if (!body || typeof body !== "object") return typeof body === "string" && body ? body.slice(0, 2000) : undefined;
  const b = body as Record<string, unknown>;
  const text = [b.detail, b.message, b.error_description, b.error, b.title].find((v) => typeof v === "string" && v !== "");
  return text as string | undefined;
}

async function bodyOf(res: Response): Promise<unknown> {
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A small client of the four calls above. */
export class OicApi {
  private token?: string;
  private readonly fetch: typeof fetch;

  constructor(private readonly o: OicApiOptions) {
    this.fetch = o.fetch ?? globalThis.fetch;
  }

  private url(path: string, query: Record<string, string> = {}): string {
    const u = new URL(path, this.o.baseUrl.replace(/\/+$/, "") + "/");
    u.searchParams.set("integrationInstance", this.o.serviceInstance);
    for (const [k, v] of Object.entries(query)) u.searchParams.set(k, v);
    return u.toString();
  }

  private async bearer(): Promise<string> {
    if (this.token) return this.token;
    const res = await this.fetch(this.o.tokenUrl, {
      method: "POST",
      headers: { authorization: `Basic ${Buffer.from(`${encodeURIComponent(this.o.clientId)}:${encodeURIComponent(this.o.clientSecret)}`).toString("base64")}`, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: GRANT_TYPES.clientCredentials, scope: this.o.oicScope }),
    });
    const body = (await bodyOf(res)) as { access_token?: string };
    if (!res.ok || typeof body?.access_token !== "string") {
      throw new OicApiError(`the token for OIC's REST API (client ${this.o.clientId}) was refused: HTTP ${res.status} ${detailOf(body) ?? ""}`.trim(), res.status, detailOf(body));
    }
    this.token = body.access_token;
    return this.token;
  }

  private async call(method: string, path: string, init: { query?: Record<string, string>; body?: RequestInit["body"] } = {}): Promise<{ status: number; body: unknown }> {
    const res = await this.fetch(this.url(path, init.query), { method, headers: { authorization: `Bearer ${await this.bearer()}`, accept: "application/json" }, body: init.body });
    return { status: res.status, body: await bodyOf(res) };
  }

  /**
   * Uploads a private signing key under `alias`. `keyPem` is used for this
   * request only; the caller wipes its buffer afterwards.
   */
  async uploadSigningKey(alias: string, keyPem: Uint8Array): Promise<void> {
    const form = new FormData();
    form.set("name", alias);
    form.set("type", SIGNING_KEY.type);
    form.set("category", SIGNING_KEY.category);
    form.set("file", new Blob([keyPem], { type: "application/x-pem-file" }), `${alias}.pem`);
    const r = await this.call("POST", OIC_API.certificates, { body: form });
    if (r.status === 409) throw new OicApiError(`OIC's certificate store already holds "${alias}"; a new key needs a new alias`, 409, detailOf(r.body));
    if (r.status !== 204 && r.status !== 200 && r.status !== 201) throw new OicApiError(`uploading the signing key "${alias}" to OIC failed: HTTP ${r.status} ${detailOf(r.body) ?? ""}`.trim(), r.status, detailOf(r.body));
  }

  /** The signing keys in OIC's certificate store. */
  async signingKeys(): Promise<OicCertificate[]> {
    const r = await this.call("GET", OIC_API.certificates, { query: { q: `{type:'${SIGNING_KEY.type}'}`, limit: "1000" } });
    if (r.status !== 200) throw new OicApiError(`listing OIC's certificates failed: HTTP ${r.status} ${detailOf(r.body) ?? ""}`.trim(), r.status, detailOf(r.body));
    const items = (r.body as { items?: unknown[] } | undefined)?.items ?? [];
    return items.flatMap((i) => {
      const x = i as Record<string, unknown>;
      const name = typeof x.name === "string" ? x.name : typeof x.alias === "string" ? x.alias : undefined;
      if (!name) return [];
      const expiry = [x.expiryDate, x.expiry].find((v) => typeof v === "string") as string | undefined;
      return [{ id: typeof x.id === "string" ? x.id : name, name, type: typeof x.type === "string" ? x.type : undefined, expiry }];
    });
  }

  async deleteCertificate(id: string): Promise<void> {
    const r = await this.call("DELETE", `${OIC_API.certificates}/${encodeURIComponent(id)}`);
    if (r.status !== 200 && r.status !== 204 && r.status !== 404) throw new OicApiError(`deleting OIC certificate "${id}" failed: HTTP ${r.status}`, r.status, detailOf(r.body));
  }

  /** OIC's own test of a connection (for "OAuth using JWT User Assertion": sign, exchange, get a token). */
  async testConnection(id: string): Promise<ConnectionTestResult> {
    const r = await this.call("POST", OIC_API.connectionTest(id));
    const status = (r.body as { status?: unknown } | undefined)?.status;
    const ok = r.status === 200 && (status === undefined || status === "CONFIGURED");
    return { ok, status: r.status, detail: ok ? undefined : detailOf(r.body) ?? `HTTP ${r.status}` };
  }
}

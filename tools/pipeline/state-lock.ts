/**
 * A deploy lock beside the state object, taken by `npm run pipeline -- deploy`
 * (and `apply`, `cert`) wherever it runs: the pipeline or a laptop.
 *
 * Why not Terraform's own lock: the S3 backend's `use_lockfile` writes
 * `<key>.tflock` with a conditional PUT (`If-None-Match: *`); Oracle does not
 * document conditional writes for Object Storage's Amazon S3 Compatibility
 * API, Terraform 1.11.2 was reported failing to take that lock on an OCI
 * bucket (hashicorp/terraform#36742), and the request to support it is open
 * (oracle/terraform-provider-oci#2323). Object Storage's *native* PutObject
 * does document `if-none-match: *` ("fail if the resource already exists"),
 * so this lock uses the native API: an object created only when absent,
 * removed with `if-match` on its ETag. See docs/pipeline.md, "State locking".
 *
 * The lock body names the holder (who, where, when): no secret.
 */
import { hostname, userInfo } from "node:os";
import * as common from "oci-common";
import { CodedError, ERROR_CODES, OicAccessError } from "../../contract/errors";

export interface LockStore {
  /** Creates the object only when absent. False when it already exists. */
  create(name: string, body: string): Promise<boolean>;
  /** The object and its ETag, or undefined. */
  read(name: string): Promise<{ body: string; etag?: string } | undefined>;
  /** Deletes the object (only while its ETag still matches, when given). */
  remove(name: string, etag?: string): Promise<void>;
}

export interface LockHolder {
  readonly who: string;
  readonly where: string;
  readonly since: string;
}

export class LockHeldError extends OicAccessError {
  readonly code = ERROR_CODES.lockHeld;
  constructor(
    readonly lockName: string,
    readonly holder: LockHolder | undefined,
  ) {
    super(
      `the state is locked by ${holder ? `${holder.who} (${holder.where}) since ${holder.since}` : "an unreadable lock"} (object ${lockName}); ` +
        "wait for that deploy to finish. If it died, delete the lock object after checking nobody is deploying.",
    );
  }
}

export function currentHolder(env: Record<string, string | undefined>, now: Date): LockHolder {
  const run = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  let user = "unknown";
  try {
    user = userInfo().username;
  } catch {
    /* no passwd entry (container) */
  }
  return { who: env.GITHUB_ACTOR ? `${env.GITHUB_ACTOR} (GitHub Actions)` : `${user}@${hostname()}`, where: run ?? "laptop or another runner", since: now.toISOString() };
}

/** Takes the lock, runs `body`, releases the lock (also when `body` fails). */
export async function withLock<T>(store: LockStore, name: string, holder: LockHolder, body: () => Promise<T>): Promise<T> {
  if (!(await store.create(name, JSON.stringify(holder)))) {
    const existing = await store.read(name).catch(() => undefined);
    let parsed: LockHolder | undefined;
    try {
      parsed = existing ? (JSON.parse(existing.body) as LockHolder) : undefined;
    } catch {
      parsed = undefined;
    }
    throw new LockHeldError(name, parsed);
  }
  try {
    return await body();
  } finally {
    const mine = await store.read(name).catch(() => undefined);
    if (mine && mine.body === JSON.stringify(holder)) await store.remove(name, mine.etag);
  }
}

/** Where the lock lives for an s3 backend block pointing at Object Storage's compatibility endpoint. */
export function lockLocation(backend: unknown): { namespace: string; region: string; bucket: string; name: string } | undefined {
  const s3 = (backend as { s3?: { bucket?: unknown; key?: unknown; endpoints?: { s3?: unknown } } } | undefined)?.s3;
  const endpoint = typeof s3?.endpoints?.s3 === "string" ? s3.endpoints.s3 : "";
  const m = endpoint.match(/^https:\/\/([a-z0-9-]+)\.compat\.objectstorage\.([a-z0-9-]+)\.oraclecloud\.com\/?$/);
  if (!m || typeof s3?.bucket !== "string" || typeof s3.key !== "string") return undefined;
  return { namespace: m[1]!, region: m[2]!, bucket: s3.bucket, name: `${s3.key}.pipeline-lock` };
}

/**
 * LockStore over Object Storage's native API (requests signed with the OCI
 * API key of ~/.oci/config). Written against Oracle's PutObject/DeleteObject
 * reference; not exercised against OCI from this repository (no account).
 */
export function ociObjectStorageLockStore(o: { namespace: string; region: string; bucket: string; auth: common.AuthenticationDetailsProvider }): LockStore {
  const signer = new common.DefaultRequestSigner(o.auth);
  const url = (name: string) => `https://objectstorage.${o.region}.oraclecloud.com/n/${encodeURIComponent(o.namespace)}/b/${encodeURIComponent(o.bucket)}/o/${encodeURIComponent(name)}`;
  const send = async (method: "GET" | "PUT" | "DELETE", name: string, headers: Record<string, string>, body?: string) => {
    const request = { method, uri: url(name), headers: new Headers(headers), body };
    // Object Storage PUT bodies are not part of the signature (Oracle's "Special Instructions for Object Storage PUT").
    await signer.signHttpRequest(request as unknown as common.HttpRequest, method === "PUT");
    return fetch(request.uri, { method, headers: request.headers, body });
  };
  return {
    async create(name, body) {
      const r = await send("PUT", name, { "if-none-match": "*", "content-type": "application/json" }, body);
      if (r.ok) return true;
      if (r.status === 409 || r.status === 412) return false;
      throw new CodedError(ERROR_CODES.pipeline, `Object Storage answered ${r.status} creating the lock ${name} (the deploy user needs to manage objects in bucket ${o.bucket})`);
    },
    async read(name) {
      const r = await send("GET", name, {});
      if (r.status === 404) return undefined;
      if (!r.ok) throw new CodedError(ERROR_CODES.pipeline, `Object Storage answered ${r.status} reading the lock ${name}`);
      return { body: await r.text(), etag: r.headers.get("etag") ?? undefined };
    },
    async remove(name, etag) {
      const r = await send("DELETE", name, etag ? { "if-match": etag } : {});
      if (!r.ok && r.status !== 404) throw new CodedError(ERROR_CODES.pipeline, `Object Storage answered ${r.status} removing the lock ${name}`);
    },
  };
}

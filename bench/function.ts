// The assertion Function: payload-mode latency and throughput with the local
// signer (in process, and through the real FDK unix socket), and token mode
// with the cache against no cache, on a loopback identity-domain token endpoint.
import { generateKeyPairSync } from "node:crypto";
import { performance } from "node:perf_hooks";
import { loadFunctionConfig } from "../function/src/config";
import { toFdkFunction } from "../function/src/fdk-adapter";
import { createAssertionHandler, type AssertionHandler } from "../function/src/handler";
import { createLocalCertificate, LocalKeySigner } from "../contract/local-signer";
import { TokenCache } from "../function/src/token-cache";
import type { AccessToken } from "../function/src/token-client";
import { startTokenEndpoint } from "../sandbox/standins/jwt-bearer-token-endpoint";
import { startFdkSocket } from "../test/function/fdk-socket";

const CLIENT_ID = "bench-trusted";
const AUD = "https://identity.oraclecloud.com/";
const SCOPE = "https://fa-bench.fa.ocs.oraclecloud.com:443urn:opc:resource:consumer::all";
const USERS = 50;
const enc = new TextEncoder();

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

interface Row {
  case: string;
  n: number;
  p50: number;
  p99: number;
  perSecond: number;
  note?: string;
}

/** n sequential calls (latency), then n calls with `concurrency` in flight (throughput). */
async function measure(name: string, n: number, call: (i: number) => Promise<void>, concurrency = 1): Promise<Row> {
  for (let i = 0; i < Math.min(50, n); i++) await call(i); // warm-up
  const times: number[] = [];
  let start = performance.now();
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await call(i);
    times.push(performance.now() - t);
  }
  let elapsed = performance.now() - start;
  if (concurrency > 1) {
    let next = 0;
    start = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < n) await call(next++);
      }),
    );
    elapsed = performance.now() - start;
  }
  times.sort((a, b) => a - b);
  return { case: name, n, p50: quantile(times, 0.5), p99: quantile(times, 0.99), perSecond: (n * 1000) / elapsed };
}

function expectOk(status: number, what: string): void {
  if (status !== 200) throw new Error(`${what} answered ${status}`);
}

const signer = new LocalKeySigner(generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey, `${CLIENT_ID}-bench`);
const cert = await createLocalCertificate(signer);
const baseEnv = { TRUSTED_CLIENT_ID: CLIENT_ID, CERT_ALIAS: signer.keyId, ASSERTION_AUDIENCE: AUD, DEFAULT_SCOPE: SCOPE, ALLOW_ANY_FEDERATED_USER: "true" };
const body = (i: number) => enc.encode(JSON.stringify({ user: `user${i % USERS}@example.com` }));
const rows: Row[] = [];

// payload mode, in process
const payload = createAssertionHandler({ config: loadFunctionConfig({ ...baseEnv, MODE: "payload" }, { requireKms: false }), signer });
rows.push(
  await measure("payload, in process (16 in flight for throughput)", 2000, async (i) => {
    expectOk((await payload({ body: body(i), contentType: "application/json" })).status, "payload");
  }, 16),
);

// payload mode, through the FDK socket
const fdk = await startFdkSocket(toFdkFunction(payload));
const headers = { "Content-Type": "application/json" };
rows.push(
  await measure("payload, through the FDK socket (8 in flight)", 1000, async (i) => {
    expectOk((await fdk.call(Buffer.from(body(i)), headers)).status, "FDK payload");
  }, 8),
);
fdk.close();

// token mode: cache vs none, same request mix (50 users, round robin)
const idcs = await startTokenEndpoint({ certificatePem: cert.pem, clientId: CLIENT_ID, audience: AUD });
const tokenConfig = loadFunctionConfig({ ...baseEnv, MODE: "token", TOKEN_URL: idcs.url }, { requireKms: false });
async function tokenRun(name: string, cache: TokenCache<AccessToken>): Promise<{ row: Row; calls: number }> {
  const handler: AssertionHandler = createAssertionHandler({ config: tokenConfig, signer, cache });
  const before = idcs.calls;
  const row = await measure(name, 2000, async (i) => {
    expectOk((await handler({ body: body(i), contentType: "application/json" })).status, "token");
  });
  return { row, calls: idcs.calls - before };
}
const cached = await tokenRun("token, warm cache", new TokenCache<AccessToken>());
// A margin of infinity makes every token "about to expire": nothing is ever served from the cache.
const uncached = await tokenRun("token, no cache", new TokenCache<AccessToken>({ refreshMarginMs: Number.POSITIVE_INFINITY }));
await idcs.close();
const requests = 2000 + 50; // measured calls + warm-up
cached.row.note = `${cached.calls} identity-domain calls for ${requests} requests`;
uncached.row.note = `${uncached.calls} identity-domain calls for ${requests} requests`;
rows.push(cached.row, uncached.row);

console.log("Assertion Function (local RSA-2048 signer, loopback token endpoint)");
console.log("| case | n | p50 ms | p99 ms | req/s | note |");
console.log("|---|---:|---:|---:|---:|---|");
for (const r of rows) console.log(`| ${r.case} | ${r.n} | ${r.p50.toFixed(3)} | ${r.p99.toFixed(3)} | ${r.perSecond.toFixed(0)} | ${r.note ?? ""} |`);
const avoided = 1 - cached.calls / uncached.calls;
console.log(
  `token mode: the cache avoided ${(avoided * 100).toFixed(1)}% of identity-domain calls; ` +
    `p50 no cache / warm cache = ${(uncached.row.p50 / cached.row.p50).toFixed(1)}x, p99 = ${(uncached.row.p99 / cached.row.p99).toFixed(1)}x`,
);

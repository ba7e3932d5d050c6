/**
 * The image's entry point as it runs in OCI Functions: the esbuild bundle
 * (dist/function/func.js) in its own process, started by "the Fn agent"
 * (FN_FORMAT / FN_LISTENER), configured through env vars, signing with the
 * Vault through a resource principal (RP v2.2 env with a made-up session
 * token) — here the KMS stand-in — and exchanging at a token endpoint
 * stand-in that verifies the assertions with the certificate.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSelfSignedCertificate } from "../../contract/certificate";
import { createKmsCryptoClient, KmsSigner } from "../../contract/kms-signer";
import { startTokenEndpoint, type TokenEndpointStandin } from "../../sandbox/standins/jwt-bearer-token-endpoint";
import { startKmsStandin, type KmsStandin } from "../../sandbox/standins/kms";
import { lendRsaKey, type LentKey } from "../../sandbox/standins/key-pool";
import { throwawayOciAuth } from "../cert/oci-test-auth";
import { ensureFunctionBundle } from "../../sandbox/rehearsal/function-bundle";

const CLIENT_ID = "oic-access-dev-trusted";
const ALIAS = "oic-access-dev-trusted-0123456789";
const AUD = "https://identity.oraclecloud.com/";
const SCOPE = "https://fa-xyz.fa.ocs.oraclecloud.com:443urn:opc:resource:consumer::all";

function post(socketPath: string, body: string): Promise<{ status: number; json: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, path: "/call", method: "POST", agent: false, headers: { "content-type": "application/json" } }, (res) => {
      let text = "";
      res.on("data", (c: Buffer) => (text += c));
      res.on("end", () => resolve({ status: Number(res.headers["fn-http-status"] ?? res.statusCode), json: JSON.parse(text) }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("the bundled Function, started like the Fn agent does", () => {
  let kms: KmsStandin;
  let idcs: TokenEndpointStandin;
  let dir: string;
  let child: ChildProcess;
  let stderr = "";
  let socketPath: string;
  let rpKey: LentKey | undefined;

  beforeAll(async () => {
    // Built by function/build.mjs unless the bundle is newer than every source (another test file may have built it).
    ensureFunctionBundle(process.cwd(), () => undefined);

    kms = await startKmsStandin();
    // The certificate the trusted app would hold, signed by the Vault key itself.
    const spki = kms.publicKey().export({ type: "spki", format: "der" });
    const client = createKmsCryptoClient(throwawayOciAuth(), kms.cryptoEndpoint);
    const cert = await createSelfSignedCertificate({
      signer: new KmsSigner({ client, keyId: kms.keyId, keyVersionId: kms.keyVersionId, kid: ALIAS }),
      publicKeySpki: new Uint8Array(spki),
      commonName: CLIENT_ID,
    });
    client.close();
    idcs = await startTokenEndpoint({ certificatePem: cert.pem, clientId: CLIENT_ID, audience: AUD });

    dir = mkdtempSync(join(tmpdir(), "fn-bundle-"));
    // The resource principal's key: any RSA key does (the KMS stand-in checks the session token's form), so the pool's.
    rpKey = lendRsaKey();
    const { privateKey } = rpKey;
    writeFileSync(join(dir, "rp.pem"), privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const now = Math.floor(Date.now() / 1000);
    const rpst = `${b64({ alg: "RS256", typ: "JWT" })}.${b64({ res_tenant: "ocid1.tenancy.oc1..t", res_compartment: "ocid1.compartment.oc1..c", iat: now, exp: now + 3600 })}.c2ln`;
    socketPath = join(dir, "lsnr.sock");
    child = spawn(process.execPath, ["dist/function/func.js"], {
      env: {
        PATH: process.env.PATH,
        FN_FORMAT: "http-stream",
        FN_LISTENER: `unix:${socketPath}`,
        OCI_RESOURCE_PRINCIPAL_VERSION: "2.2",
        OCI_RESOURCE_PRINCIPAL_RPST: rpst,
        OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM: join(dir, "rp.pem"),
        OCI_RESOURCE_PRINCIPAL_REGION: "us-ashburn-1",
        TRUSTED_CLIENT_ID: CLIENT_ID,
        CERT_ALIAS: ALIAS,
        TOKEN_URL: idcs.url,
        ASSERTION_AUDIENCE: AUD,
        DEFAULT_SCOPE: SCOPE,
        ALLOWED_SCOPES: SCOPE,
        ALLOWED_USERS: "Jane.Doe@example.com",
        KMS_KEY_ID: kms.keyId,
        KMS_KEY_VERSION_ID: kms.keyVersionId,
        KMS_CRYPTO_ENDPOINT: kms.cryptoEndpoint,
        MODE: "token",
      },
      stdio: ["ignore", "ignore", "pipe"],
    });
    child.stderr!.on("data", (c: Buffer) => (stderr += c));
    for (let i = 0; i < 250 && !existsSync(socketPath); i++) await new Promise((r) => setTimeout(r, 20));
    if (!existsSync(socketPath)) throw new Error(`function did not start: ${stderr}`);
  });

  afterAll(async () => {
    child?.kill();
    await idcs?.close();
    await kms?.close();
    rpKey?.release();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("signs through the Vault with its resource principal and returns a token, then serves it from the cache", async () => {
    const first = await post(socketPath, JSON.stringify({ user: "jane.doe@example.com" }));
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ token_type: "Bearer", cached: false, scope: SCOPE });
    expect(idcs.issuedFor).toEqual(["jane.doe@example.com"]);
    expect(kms.signCount).toBe(2 + 1); // two assertions + the certificate
    expect(kms.requests.filter((r) => r.path.endsWith("/sign")).at(-1)!.authKeyId).toMatch(/^ST\$/);

    const second = await post(socketPath, JSON.stringify({ user: "jane.doe@example.com" }));
    expect(second.json).toMatchObject({ access_token: first.json.access_token, cached: true });
    expect(kms.signCount).toBe(3);
  });

  it("answers bad input with its status and logs JSON lines without secrets", async () => {
    const res = await post(socketPath, JSON.stringify({ user: "jane", scope: "urn:other" }));
    expect(res.status).toBe(403);
    expect(res.json.error).toBe("scope_not_allowed");
    // The child writes its log line after answering: wait for it (bounded).
    for (let i = 0; i < 100 && !stderr.includes('"scope_not_allowed"'); i++) await new Promise((r) => setTimeout(r, 20));
    const lines = stderr.trim().split("\n").filter((l) => l.startsWith("{"));
    expect(lines.map((l) => JSON.parse(l).event)).toEqual(expect.arrayContaining(["cold_start", "minted", "scope_not_allowed"]));
    expect(stderr).not.toMatch(/eyJ|jane|access_token|PRIVATE KEY/);
  });

  it("allows the listed user in any case, and no prefix, suffix or look-alike of it", async () => {
    const asked = ["JANE.DOE@EXAMPLE.COM", "jane.doe@example.com.evil", "jane.doe@example.co", "xjane.doe@example.com", "j\u0430ne.doe@example.com", "\uFF4Aane.doe@example.com"];
    const answers = [];
    for (const user of asked) answers.push(`${user} ${(await post(socketPath, JSON.stringify({ user }))).status}`);
    expect(answers).toEqual([`${asked[0]} 200`, `${asked[1]} 403`, `${asked[2]} 403`, `${asked[3]} 403`, `${asked[4]} 403`, `${asked[5]} 400`]);
  });
});

/**
 * A loopback stand-in for an OCI Vault's KMS endpoints, speaking the REST
 * shapes the OCI TypeScript SDK (oci-keymanagement) sends and reads:
 *
 * - crypto endpoint: `POST /20180608/sign`, `POST /20180608/verify`
 * - management endpoint: `GET /20180608/keys/{keyId}`,
 *   `GET /20180608/keys/{keyId}/keyVersions/{keyVersionId}` (with `publicKey` PEM)
 *
 * One RSA key, generated when the stand-in starts; `rotate()` adds a key
 * version and makes it current. Requests must carry an OCI-style
 * `Authorization: Signature ... keyId="..."` header (its signature is not
 * checked: this proves the SDK authenticated, not who it is).
 * For tests and the sandbox only; the private keys never leave this process.
 */
import { constants, createHash, createPublicKey, generateKeyPairSync, privateEncrypt, publicDecrypt, randomBytes, type KeyObject } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { CodedError, ERROR_CODES, OicAccessError } from "../../contract/errors";
import { lendRsaKey, type LentKey } from "./key-pool";

export interface KmsStandinOptions {
  /** RSA modulus in bits. @default 2048 */
  modulusLength?: number;
  /** @default "127.0.0.1" */
  host?: string;
  /** @default 0 (any free port) */
  port?: number;
  /**
   * The key's OCID and its first version's, when the key already "exists"
   * (the sandbox seeds them from what Terraform applied). @default made up
   */
  keyId?: string;
  keyVersionId?: string;
}

interface KmsStandinRequest {
  method: string;
  path: string;
  /** keyId named in the Authorization header. */
  authKeyId: string;
}

export interface KmsStandin {
  /** Base URL for KmsCryptoClient.endpoint. */
  readonly cryptoEndpoint: string;
  /** Base URL for KmsManagementClient.endpoint. */
  readonly managementEndpoint: string;
  readonly keyId: string;
  readonly vaultId: string;
  readonly compartmentId: string;
  /** The current key version OCID. */
  readonly keyVersionId: string;
  /** Every request that passed the Authorization check. */
  readonly requests: readonly KmsStandinRequest[];
  /** Number of successful Sign calls. */
  readonly signCount: number;
  publicKey(keyVersionId?: string): KeyObject;
  /** Adds a key version, makes it current, returns its OCID. */
  rotate(): string;
  close(): Promise<void>;
}

/** DER DigestInfo prefix for SHA-256 (RFC 8017, 9.2 note 1): what PKCS#1 v1.5 signs. */
const SHA256_DIGEST_INFO = Buffer.from("3031300d060960864801650304020105000420", "hex");
const API = "/20180608";

function ocid(kind: string): string {
  return `ocid1.${kind}.oc1.iad.standin${randomBytes(12).toString("hex")}`;
}

/** A request the KMS stand-in refuses; `ociCode` is what OCI would answer in `code`. */
class HttpProblem extends OicAccessError {
  readonly code = ERROR_CODES.standin;
  constructor(
    readonly status: number,
    readonly ociCode: string,
    message: string,
  ) {
    super(message);
  }
}

function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("error", reject);
    req.on("end", () => {
      try {
        const value: unknown = JSON.parse(Buffer.concat(chunks).toString() || "{}");
        if (!value || typeof value !== "object") throw new CodedError(ERROR_CODES.standin, "not an object");
        resolve(value as Record<string, unknown>);
      } catch {
        reject(new HttpProblem(400, "InvalidParameter", "Request body is not a JSON object"));
      }
    });
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json", "opc-request-id": randomBytes(8).toString("hex") });
  res.end(JSON.stringify(body));
}

export async function startKmsStandin(options: KmsStandinOptions = {}): Promise<KmsStandin> {
  const modulusLength = options.modulusLength ?? 2048;
  const keyId = options.keyId ?? ocid("key");
  const vaultId = ocid("vault");
  const compartmentId = ocid("compartment");
  const versions = new Map<string, { privateKey: KeyObject; timeCreated: Date }>();
  const requests: KmsStandinRequest[] = [];
  let current = "";
  let signCount = 0;

  const lent: LentKey[] = [];
  // A 2048-bit version borrows a pooled key (key-pool.ts); other sizes are made here.
  const newKey = (): KeyObject => {
    if (modulusLength !== 2048) return generateKeyPairSync("rsa", { modulusLength }).privateKey;
    const key = lendRsaKey();
    lent.push(key);
    return key.privateKey;
  };
  const addVersion = (given?: string): string => {
    const id = given ?? ocid("keyversion");
    versions.set(id, { privateKey: newKey(), timeCreated: new Date() });
    current = id;
    return id;
  };
  addVersion(options.keyVersionId);

  const versionFor = (keyIdAsked: unknown, versionAsked: unknown) => {
    if (keyIdAsked !== keyId) throw new HttpProblem(404, "NotAuthorizedOrNotFound", "Key not found or not authorized");
    const id = typeof versionAsked === "string" && versionAsked ? versionAsked : current;
    const version = versions.get(id);
    if (!version) throw new HttpProblem(404, "NotAuthorizedOrNotFound", "Key version not found or not authorized");
    return { id, ...version };
  };

  /** The SHA-256 digest the request asks to sign or verify. */
  const digestOf = (body: Record<string, unknown>): Buffer => {
    if (body.signingAlgorithm !== "SHA_256_RSA_PKCS1_V1_5") {
      throw new HttpProblem(400, "InvalidParameter", "This stand-in supports only SHA_256_RSA_PKCS1_V1_5");
    }
    if (typeof body.message !== "string") throw new HttpProblem(400, "InvalidParameter", "message is required");
    const message = Buffer.from(body.message, "base64");
    const type = body.messageType ?? "RAW";
    if (type === "RAW") return createHash("sha256").update(message).digest();
    if (type === "DIGEST" && message.length === 32) return message;
    throw new HttpProblem(400, "InvalidParameter", "messageType DIGEST needs a 32-byte SHA-256 digest");
  };

  const route = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    if (req.method === "POST" && path === `${API}/sign`) {
      const body = await readJson(req);
      const version = versionFor(body.keyId, body.keyVersionId);
      const signature = privateEncrypt(
        { key: version.privateKey, padding: constants.RSA_PKCS1_PADDING },
        Buffer.concat([SHA256_DIGEST_INFO, digestOf(body)]),
      );
      signCount++;
      send(res, 200, { keyId, keyVersionId: version.id, signature: signature.toString("base64"), signingAlgorithm: body.signingAlgorithm });
      return;
    }
    if (req.method === "POST" && path === `${API}/verify`) {
      const body = await readJson(req);
      const version = versionFor(body.keyId, body.keyVersionId);
      const digest = digestOf(body);
      const signature = Buffer.from(String(body.signature ?? ""), "base64");
      // PKCS#1 v1.5 verification: recover the signed DigestInfo and compare it.
      let isSignatureValid = false;
      try {
        const recovered = publicDecrypt({ key: createPublicKey(version.privateKey), padding: constants.RSA_PKCS1_PADDING }, signature);
        isSignatureValid = recovered.equals(Buffer.concat([SHA256_DIGEST_INFO, digest]));
      } catch {
        isSignatureValid = false;
      }
      send(res, 200, { isSignatureValid });
      return;
    }
    const versionMatch = new RegExp(`^${API}/keys/([^/]+)/keyVersions/([^/]+)$`).exec(path);
    if (req.method === "GET" && versionMatch) {
      const version = versionFor(decodeURIComponent(versionMatch[1]), decodeURIComponent(versionMatch[2]));
      send(res, 200, {
        compartmentId,
        id: version.id,
        keyId,
        vaultId,
        publicKey: createPublicKey(version.privateKey).export({ type: "spki", format: "pem" }),
        lifecycleState: "ENABLED",
        origin: "INTERNAL",
        timeCreated: version.timeCreated.toISOString(),
      });
      return;
    }
    const keyMatch = new RegExp(`^${API}/keys/([^/]+)$`).exec(path);
    if (req.method === "GET" && keyMatch) {
      versionFor(decodeURIComponent(keyMatch[1]), current);
      send(res, 200, {
        compartmentId,
        id: keyId,
        vaultId,
        currentKeyVersion: current,
        displayName: "oic-access-standin-signing-key",
        keyShape: { algorithm: "RSA", length: modulusLength / 8 },
        protectionMode: "HSM",
        lifecycleState: "ENABLED",
        timeCreated: versions.values().next().value!.timeCreated.toISOString(),
      });
      return;
    }
    throw new HttpProblem(404, "NotFound", `No such operation: ${req.method} ${path}`);
  };

  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://standin").pathname;
    const auth = req.headers.authorization ?? "";
    const named = /keyId="([^"]+)"/.exec(auth);
    if (!auth.startsWith("Signature ") || !named) {
      req.resume();
      send(res, 401, { code: "NotAuthenticated", message: "The required Authorization header (OCI request signature naming a keyId) is missing" });
      return;
    }
    requests.push({ method: req.method ?? "", path, authKeyId: named[1] });
    route(req, res, path).catch((error: unknown) => {
      if (error instanceof HttpProblem) send(res, error.status, { code: error.ociCode, message: error.message });
      else send(res, 500, { code: "InternalServerError", message: "stand-in failure" });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  const base = `http://${address}:${port}`;

  return {
    cryptoEndpoint: base,
    managementEndpoint: base,
    keyId,
    vaultId,
    compartmentId,
    get keyVersionId() {
      return current;
    },
    requests,
    get signCount() {
      return signCount;
    },
    publicKey: (versionId) => createPublicKey(versionFor(keyId, versionId ?? current).privateKey),
    rotate: () => addVersion(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }).finally(() => lent.forEach((k) => k.release())),
  };
}

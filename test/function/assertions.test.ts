import { X509Certificate } from "node:crypto";
import { decodeProtectedHeader, importX509, jwtVerify } from "jose";
import {
  buildJwtBearerRequest,
  CLIENT_ASSERTION_TYPE,
  CLOCK_SKEW_SECONDS,
  JWT_BEARER_GRANT_TYPE,
} from "../../contract/assertions";
import { createLocalCertificate, selfSignedCertificatePem } from "../../contract/local-signer";
import { freshSigner } from "../helpers/throwaway-signer";

const AUD = "https://identity.oraclecloud.com/";
const SCOPE = "https://fa-xyz.fa.ocs.oraclecloud.com:443urn:opc:resource:consumer::all";

describe("buildJwtBearerRequest", () => {
  const signer = freshSigner("trusted-app-v1");
  let certPem: string;
  beforeAll(async () => {
    certPem = await selfSignedCertificatePem(signer);
  });

  it("builds the form body with two RS256 assertions that verify against the certificate", async () => {
    const now = Date.parse("2030-01-01T00:00:00Z");
    const { body, expiresAt } = await buildJwtBearerRequest(signer, {
      clientId: "trusted-app",
      userName: "jane.doe@example.com",
      audience: AUD,
      scope: SCOPE,
      now: () => now,
    });
    expect([...body.keys()]).toEqual([
      "grant_type",
      "assertion",
      "client_id",
      "client_assertion_type",
      "client_assertion",
      "scope",
    ]);
    expect(body.get("grant_type")).toBe(JWT_BEARER_GRANT_TYPE);
    expect(body.get("client_assertion_type")).toBe(CLIENT_ASSERTION_TYPE);
    expect(body.get("client_id")).toBe("trusted-app");
    expect(body.get("scope")).toBe(SCOPE);
    expect(expiresAt).toBe(now + 300_000);

    const key = await importX509(certPem, "RS256");
    const opts = { algorithms: ["RS256"], audience: AUD, issuer: "trusted-app", currentDate: new Date(now) };
    const user = await jwtVerify(body.get("assertion")!, key, opts);
    const client = await jwtVerify(body.get("client_assertion")!, key, opts);
    expect(user.protectedHeader).toEqual({ alg: "RS256", typ: "JWT", kid: "trusted-app-v1" });
    expect(decodeProtectedHeader(body.get("client_assertion")!)).toEqual(user.protectedHeader);
    expect(user.payload.sub).toBe("jane.doe@example.com");
    expect(client.payload.sub).toBe("trusted-app");
    for (const p of [user.payload, client.payload]) {
      expect(p.iat).toBe(now / 1000 - CLOCK_SKEW_SECONDS);
      expect(p.exp).toBe(now / 1000 + 300);
      expect(typeof p.jti).toBe("string");
    }
    expect(user.payload.jti).not.toBe(client.payload.jti);
  });

  it("gives every assertion a unique jti", async () => {
    const jtis = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const { body } = await buildJwtBearerRequest(signer, { clientId: "c", userName: "u", audience: AUD, scope: SCOPE });
      for (const f of ["assertion", "client_assertion"]) {
        const [, payload] = body.get(f)!.split(".");
        jtis.add(JSON.parse(Buffer.from(payload, "base64url").toString()).jti);
      }
    }
    expect(jtis.size).toBe(40);
  });

  it("honours a custom lifetime and refuses a silly one", async () => {
    const now = 1_900_000_000_000;
    const { expiresAt } = await buildJwtBearerRequest(signer, {
      clientId: "c", userName: "u", audience: AUD, scope: SCOPE, lifetimeSeconds: 60, now: () => now,
    });
    expect(expiresAt).toBe(now + 60_000);
    await expect(
      buildJwtBearerRequest(signer, { clientId: "c", userName: "u", audience: AUD, scope: SCOPE, lifetimeSeconds: 0 }),
    ).rejects.toThrow(/lifetimeSeconds/);
  });

  it("refuses empty fields, naming them", async () => {
    await expect(buildJwtBearerRequest(signer, { clientId: "c", userName: " ", audience: AUD, scope: SCOPE })).rejects.toThrow(
      /userName/,
    );
    await expect(buildJwtBearerRequest(signer, { clientId: "", userName: "u", audience: AUD, scope: SCOPE })).rejects.toThrow(
      /clientId/,
    );
  });
});

describe("LocalKeySigner certificate", () => {
  it("is a valid self-signed certificate over the signer's public key", async () => {
    const signer = freshSigner("alias-1");
    const cert = await createLocalCertificate(signer);
    const x = new X509Certificate(cert.pem);
    expect(x.subject).toBe("CN=alias-1");
    expect(x.checkIssued(x)).toBe(true);
    expect(x.verify(x.publicKey)).toBe(true);
    expect(x.publicKey.equals(signer.publicKey)).toBe(true);
    expect(x.ca).toBe(false);
    expect(Buffer.from(cert.x5t, "base64url")).toEqual(Buffer.from(x.fingerprint.replace(/:/g, ""), "hex"));
    expect(new Date(x.validFrom).getTime()).toBe(cert.notBefore.getTime());
    expect(new Date(x.validTo).getTime()).toBe(cert.notAfter.getTime());
  });

  it("never shows the private key when serialized", () => {
    const signer = freshSigner("k");
    expect(JSON.stringify(signer)).toBe('{"keyId":"k"}');
  });
});

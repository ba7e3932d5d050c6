import { X509Certificate } from "node:crypto";
import { importX509, jwtVerify } from "jose";
import { KmsCryptoClient } from "oci-keymanagement";
import { buildJwtBearerRequest } from "../../contract/assertions";
import { createSelfSignedCertificate } from "../../contract/certificate";
import { createKmsCryptoClient, KmsSigner } from "../../contract/kms-signer";
import { startKmsStandin, type KmsStandin } from "../../sandbox/standins/kms";
import { throwawayOciAuth } from "./oci-test-auth";

describe("KmsSigner against the KMS stand-in (real OCI SDK client)", () => {
  let kms: KmsStandin;
  let client: KmsCryptoClient;
  beforeAll(async () => {
    kms = await startKmsStandin();
    client = createKmsCryptoClient(throwawayOciAuth(), kms.cryptoEndpoint);
  });
  afterAll(async () => {
    client.close();
    await kms.close();
  });

  it("signs assertions that verify against a certificate over the Vault public key", async () => {
    const signer = new KmsSigner({ client, keyId: kms.keyId, keyVersionId: kms.keyVersionId, kid: "trusted-kms" });
    const spki = kms.publicKey().export({ type: "spki", format: "der" });
    const cert = await createSelfSignedCertificate({ signer, publicKeySpki: new Uint8Array(spki), commonName: "trusted" });
    const x = new X509Certificate(cert.pem);
    expect(x.verify(kms.publicKey())).toBe(true);
    expect(x.checkIssued(x)).toBe(true);

    const { body } = await buildJwtBearerRequest(signer, {
      clientId: "trusted",
      userName: "jane",
      audience: "https://identity.oraclecloud.com/",
      scope: "https://fa:443urn:opc:resource:consumer::all",
    });
    const key = await importX509(cert.pem, "RS256");
    const user = await jwtVerify(body.get("assertion")!, key, { issuer: "trusted", subject: "jane" });
    expect(user.protectedHeader.kid).toBe("trusted-kms");
    await jwtVerify(body.get("client_assertion")!, key, { issuer: "trusted", subject: "trusted" });

    expect(kms.signCount).toBe(3);
    expect(kms.requests.every((r) => r.authKeyId === "ocid1.tenancy.oc1..testtenancy/ocid1.user.oc1..testuser/00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff")).toBe(true);
  });

  it("fails clearly for an unknown key version", async () => {
    const signer = new KmsSigner({ client, keyId: kms.keyId, keyVersionId: "ocid1.keyversion.oc1..nope", kid: "x" });
    await expect(signer.sign(new Uint8Array([1, 2, 3]))).rejects.toThrow(/not found/i);
  });

  it("is refused by the stand-in without an OCI signature", async () => {
    const res = await fetch(`${kms.cryptoEndpoint}/20180608/sign`, { method: "POST", body: "{}" });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: "NotAuthenticated" });
  });
});

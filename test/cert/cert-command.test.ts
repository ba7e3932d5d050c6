import { execFileSync } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importX509, jwtVerify } from "jose";
import { buildJwtBearerRequest } from "../../contract/assertions";
import { createKmsCryptoClient, KmsSigner } from "../../contract/kms-signer";
import { certificateAlias } from "../../tools/cert/alias";
import { CertInputError } from "../../tools/cert/cert-inputs";
import { UsageError } from "../../lib/errors";
import { describeCertFailure, runCert } from "../../tools/cert/run-cert";
import { startKmsStandin, type KmsStandin } from "../../sandbox/standins/kms";
import { throwawayOciAuth } from "./oci-test-auth";
import { lendRsaKey } from "../../sandbox/standins/key-pool";

const CLIENT_ID = "oic-access-dev-trusted";

/** `openssl verify`, an independent check of the certificate: a missing openssl fails the test, never skips the check. */
function opensslVerify(file: string): string {
  try {
    return execFileSync("openssl", ["verify", "-CAfile", file, file], { encoding: "utf8" });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") throw new Error("openssl is not on PATH: this test verifies the certificate with it (install openssl, e.g. apt-get install openssl)");
    throw err;
  }
}

describe("npm run cert -- <env>", () => {
  let kms: KmsStandin;
  let dir: string;
  let ociConfig: string;
  const lines: string[] = [];
  const out = (l: string) => lines.push(l);

  const writeOutputs = () =>
    writeFileSync(
      join(dir, "cdktf.out", "outputs-dev.json"),
      JSON.stringify({
        dev: {
          signing_key_id: kms.keyId,
          signing_key_version_id: kms.keyVersionId,
          signing_key_crypto_endpoint: kms.cryptoEndpoint,
          signing_key_management_endpoint: kms.managementEndpoint,
          trusted_client_id: CLIENT_ID,
          client_credentials_client_secret: "not-read-by-this-command",
        },
      }),
    );

  beforeAll(async () => {
    kms = await startKmsStandin();
    dir = mkdtempSync(join(tmpdir(), "cert-cmd-"));
    for (const d of ["cdktf.out", "oci"]) mkdirSync(join(dir, d), { recursive: true });
    // A real OCI config file with a throwaway API key: exercises --auth config-file as an operator runs it.
    // (lent by the stand-ins' pool and kept for the file: the stand-in checks only that the request was signed)
    const { privateKey } = lendRsaKey();
    writeFileSync(join(dir, "oci", "key.pem"), privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
    ociConfig = join(dir, "oci", "config");
    writeFileSync(
      ociConfig,
      [
        "[ci]",
        "user=ocid1.user.oc1..certtest",
        "fingerprint=aa:bb:cc:dd:ee:ff:00:11:22:33:44:55:66:77:88:99",
        "tenancy=ocid1.tenancy.oc1..certtest",
        "region=us-ashburn-1",
        `key_file=${join(dir, "oci", "key.pem")}`,
        "",
      ].join("\n"),
      { mode: 0o600 },
    );
    writeOutputs();
  });
  afterAll(async () => {
    await kms.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes certs/<env>.pem and the sidecar, signed by the Vault key", async () => {
    const code = await runCert(["dev", "--config-file", ociConfig, "--profile", "ci", "--days", "90"], { cwd: dir, out });
    expect(code).toBe(0);
    const pem = readFileSync(join(dir, "certs", "dev.pem"), "utf8");
    const sidecar = JSON.parse(readFileSync(join(dir, "certs", "dev.json"), "utf8"));
    expect(Object.keys(sidecar).sort()).toEqual(["alias", "keyId", "keyVersionId", "notAfter", "notBefore", "x5t"]);
    expect(sidecar).toMatchObject({ alias: certificateAlias(CLIENT_ID, kms.keyVersionId), keyId: kms.keyId, keyVersionId: kms.keyVersionId });
    expect(sidecar.alias).toMatch(/^oic-access-dev-trusted-[0-9a-f]{10}$/);

    const x = new X509Certificate(pem);
    expect(x.publicKey.equals(kms.publicKey())).toBe(true);
    expect(x.verify(x.publicKey)).toBe(true);
    expect(x.checkIssued(x)).toBe(true);
    expect(x.subject).toBe(`CN=${CLIENT_ID}`);
    expect(Buffer.from(sidecar.x5t, "base64url").toString("hex")).toBe(x.fingerprint.replace(/:/g, "").toLowerCase());
    expect(new Date(x.validFrom).toISOString()).toBe(sidecar.notBefore);
    expect(new Date(x.validTo).toISOString()).toBe(sidecar.notAfter);
    expect(Date.parse(sidecar.notAfter) - Date.parse(sidecar.notBefore)).toBe(90 * 86_400_000);
    // Every KMS call carried the config file's identity.
    expect(new Set(kms.requests.map((r) => r.authKeyId))).toEqual(
      new Set(["ocid1.tenancy.oc1..certtest/ocid1.user.oc1..certtest/aa:bb:cc:dd:ee:ff:00:11:22:33:44:55:66:77:88:99"]),
    );
    expect(kms.requests.map((r) => r.method)).toEqual(["GET", "POST"]);
    expect(lines.join("\n")).not.toMatch(/not-read-by-this-command|PRIVATE KEY/);

    expect(opensslVerify(join(dir, "certs", "dev.pem"))).toMatch(/OK/);
  });

  it("assertions the Function signs with that key version verify against the certificate", async () => {
    const sidecar = JSON.parse(readFileSync(join(dir, "certs", "dev.json"), "utf8"));
    const client = createKmsCryptoClient(throwawayOciAuth(), kms.cryptoEndpoint);
    try {
      const signer = new KmsSigner({ client, keyId: sidecar.keyId, keyVersionId: sidecar.keyVersionId, kid: sidecar.alias });
      const { body } = await buildJwtBearerRequest(signer, { clientId: CLIENT_ID, userName: "jane", audience: "https://identity.oraclecloud.com/", scope: "s" });
      const key = await importX509(readFileSync(join(dir, "certs", "dev.pem"), "utf8"), "RS256");
      const { protectedHeader } = await jwtVerify(body.get("assertion")!, key, { issuer: CLIENT_ID, subject: "jane" });
      expect(protectedHeader.kid).toBe(sidecar.alias);
    } finally {
      client.close();
    }
  });

  it("does nothing when the certificate is current for the key version", async () => {
    lines.length = 0;
    const before = readFileSync(join(dir, "certs", "dev.pem"), "utf8");
    await runCert(["dev", "--config-file", ociConfig, "--profile", "ci"], { cwd: dir, out });
    expect(lines.join("\n")).toMatch(/nothing to do/);
    expect(readFileSync(join(dir, "certs", "dev.pem"), "utf8")).toBe(before);
  });

  it("after a key rotation writes a certificate with a new alias and keeps the previous one", async () => {
    const old = JSON.parse(readFileSync(join(dir, "certs", "dev.json"), "utf8"));
    kms.rotate();
    writeOutputs();
    lines.length = 0;
    await runCert(["dev", "--config-file", ociConfig, "--profile", "ci"], { cwd: dir, out });
    const now = JSON.parse(readFileSync(join(dir, "certs", "dev.json"), "utf8"));
    expect(now.keyVersionId).toBe(kms.keyVersionId);
    expect(now.alias).not.toBe(old.alias);
    expect(JSON.parse(readFileSync(join(dir, "certs", "dev.previous.json"), "utf8")).alias).toBe(old.alias);
    expect(new X509Certificate(readFileSync(join(dir, "certs", "dev.previous.pem"))).publicKey.equals(kms.publicKey(old.keyVersionId))).toBe(true);
    expect(new X509Certificate(readFileSync(join(dir, "certs", "dev.pem"))).publicKey.equals(kms.publicKey())).toBe(true);
    expect(lines.join("\n")).toMatch(/kept the previous certificate/);
  });

  it("takes everything from options when there is no outputs file", async () => {
    const code = await runCert(
      [
        "sandbox",
        "--outputs", "nowhere.json",
        "--key-id", kms.keyId,
        "--key-version-id", kms.keyVersionId,
        "--crypto-endpoint", kms.cryptoEndpoint,
        "--management-endpoint", kms.managementEndpoint,
        "--trusted-client-id", "sandbox-trusted",
        "--out-dir", "out",
      ],
      { cwd: dir, out, auth: async () => throwawayOciAuth() },
    );
    expect(code).toBe(0);
    expect(existsSync(join(dir, "out", "sandbox.pem"))).toBe(true);
  });

  it("explains what is missing and how to get it", async () => {
    const err = await runCert(["test", "--config-file", ociConfig], { cwd: dir, out }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CertInputError);
    expect(describeCertFailure(err)).toMatch(/missing signing_key_id \(or --key-id\).*outputs-test\.json does not exist.*cdktf output test/s);
  });

  it("refuses bad usage with a sentence", async () => {
    await expect(runCert([], { cwd: dir, out })).rejects.toBeInstanceOf(UsageError);
    await expect(runCert(["Dev"], { cwd: dir, out })).rejects.toThrow(/environment name/);
    await expect(runCert(["dev", "--auth", "password"], { cwd: dir, out })).rejects.toThrow(/--auth must be one of/);
    await expect(runCert(["dev", "--days", "0"], { cwd: dir, out })).rejects.toThrow(/--days/);
    await expect(runCert(["dev", "--bogus"], { cwd: dir, out })).rejects.toThrow(/^unknown option --bogus$/);
  });

  it("reports a wrong key version as an OCI 404 with a hint", async () => {
    const err = await runCert(["dev", "--config-file", ociConfig, "--profile", "ci", "--key-version-id", "ocid1.keyversion.oc1..gone", "--force"], {
      cwd: dir,
      out,
    }).catch((e: unknown) => e);
    expect(describeCertFailure(err)).toMatch(/404.*policy allows 'use keys'/);
  });
});

/**
 * go-plugin's AutoMTLS, plugin side: Terraform passes its client
 * certificate in PLUGIN_CLIENT_CERT (PEM), the plugin makes a fresh
 * self-signed server certificate, requires and verifies Terraform's, and
 * announces its own in the handshake line (base64 DER, no padding). The
 * certificate mirrors the one go-plugin generates for itself: CN and SAN DNS
 * "localhost" (the name Terraform verifies), CA, server+client auth.
 */
// @peculiar/x509 uses tsyringe, which needs the Reflect metadata polyfill loaded first.
import "reflect-metadata";
import { webcrypto } from "node:crypto";
import * as x509 from "@peculiar/x509";

export interface ServerTls {
  /** Server certificate, PEM (for the TLS server). */
  readonly certPem: string;
  /** Server private key, PKCS#8 PEM. */
  readonly keyPem: string;
  /** Server certificate DER, base64 without padding (for the handshake line). */
  readonly certForHandshake: string;
}

const ALGORITHM = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" } as const;

export async function generateServerTls(now = new Date()): Promise<ServerTls> {
  x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);
  const keys = (await webcrypto.subtle.generateKey(ALGORITHM, true, ["sign", "verify"])) as webcrypto.CryptoKeyPair;
  const usages = x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment | x509.KeyUsageFlags.keyAgreement | x509.KeyUsageFlags.keyCertSign;
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerial(),
    name: "CN=localhost, O=oic-access offline OCI provider",
    // A little slack for clock skew; short-lived: it exists for one plugin process.
    notBefore: new Date(now.getTime() - 60_000),
    notAfter: new Date(now.getTime() + 24 * 3600_000),
    signingAlgorithm: ALGORITHM,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(usages, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth]),
      new x509.SubjectAlternativeNameExtension([{ type: "dns", value: "localhost" }]),
    ],
  });
  const pkcs8 = await webcrypto.subtle.exportKey("pkcs8", keys.privateKey);
  return {
    certPem: cert.toString("pem"),
    keyPem: toPem("PRIVATE KEY", Buffer.from(pkcs8)),
    certForHandshake: Buffer.from(cert.rawData).toString("base64").replace(/=+$/, ""),
  };
}

function randomSerial(): string {
  const bytes = webcrypto.getRandomValues(new Uint8Array(16));
  bytes[0] &= 0x7f; // positive
  return Buffer.from(bytes).toString("hex");
}

function toPem(label: string, der: Buffer): string {
  const lines = der.toString("base64").match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
}

/**
 * go-plugin's AutoMTLS, plugin side: Terraform passes its client
 * certificate in PLUGIN_CLIENT_CERT (PEM), the plugin makes a fresh
 * self-signed server certificate, requires and verifies Terraform's, and
 * announces its own in the handshake line (base64 DER, no padding). The
 * certificate mirrors the one go-plugin generates for itself: CN and SAN DNS
 * "localhost" (the name Terraform verifies), CA, server+client auth.
 *
 * Built with node:crypto and a few lines of DER instead of @peculiar/x509:
 * loading that library (and its ASN.1 stack) took ~0.3 s of the plugin's
 * start-up, and Terraform starts the plugin several times per command.
 */
import { generateKeyPairSync, randomBytes, sign } from "node:crypto";

export interface ServerTls {
  /** Server certificate, PEM (for the TLS server). */
  readonly certPem: string;
  /** Server private key, PKCS#8 PEM. */
  readonly keyPem: string;
  /** Server certificate DER, base64 without padding (for the handshake line). */
  readonly certForHandshake: string;
}

// --- DER, the handful of types a certificate needs ---
function tlv(tag: number, body: Buffer): Buffer {
  const n = body.length;
  const len = n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), len, body]);
}
const seq = (...items: Buffer[]): Buffer => tlv(0x30, Buffer.concat(items));
const set = (...items: Buffer[]): Buffer => tlv(0x31, Buffer.concat(items));
const explicit = (n: number, inner: Buffer): Buffer => tlv(0xa0 + n, inner);
const octets = (b: Buffer): Buffer => tlv(0x04, b);
const bits = (b: Buffer, unused = 0): Buffer => tlv(0x03, Buffer.concat([Buffer.from([unused]), b]));
const utf8 = (s: string): Buffer => tlv(0x0c, Buffer.from(s, "utf8"));
const TRUE = tlv(0x01, Buffer.from([0xff]));

function oid(dotted: string): Buffer {
  const [a, b, ...rest] = dotted.split(".").map(Number);
  const bytes = [40 * a + b];
  for (const n of rest) {
    const base128 = [n & 0x7f];
    for (let v = n >> 7; v > 0; v >>= 7) base128.unshift((v & 0x7f) | 0x80);
    bytes.push(...base128);
  }
  return tlv(0x06, Buffer.from(bytes));
}

function utcTime(d: Date): Buffer {
  const iso = d.toISOString(); // 2025-01-01T00:00:00.000Z -> 250101000000Z
  return tlv(0x17, Buffer.from(`${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`));
}

const extension = (id: string, critical: boolean, value: Buffer): Buffer => seq(oid(id), ...(critical ? [TRUE] : []), octets(value));

const ECDSA_SHA256 = seq(oid("1.2.840.10045.4.3.2"));
const NAME = seq(set(seq(oid("2.5.4.3"), utf8("localhost"))), set(seq(oid("2.5.4.10"), utf8("oic-access offline OCI provider"))));
// keyUsage: digitalSignature, keyEncipherment, keyAgreement, keyCertSign (bits 0, 2, 4, 5), as go-plugin sets them.
const EXTENSIONS = seq(
  extension("2.5.29.19", true, seq(TRUE)),
  extension("2.5.29.15", true, bits(Buffer.from([0xac]), 2)),
  extension("2.5.29.37", false, seq(oid("1.3.6.1.5.5.7.3.1"), oid("1.3.6.1.5.5.7.3.2"))),
  extension("2.5.29.17", false, seq(tlv(0x82, Buffer.from("localhost")))),
);

function serialNumber(): Buffer {
  const b = randomBytes(16);
  b[0] = (b[0] & 0x7f) | 0x40; // positive, and minimal (no leading zero byte)
  return tlv(0x02, b);
}

export function generateServerTls(now = new Date()): ServerTls {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  // A little slack for clock skew; short-lived: it exists for one plugin process.
  const validity = seq(utcTime(new Date(now.getTime() - 60_000)), utcTime(new Date(now.getTime() + 24 * 3600_000)));
  const spki = publicKey.export({ type: "spki", format: "der" });
  const tbs = seq(explicit(0, tlv(0x02, Buffer.from([2]))), serialNumber(), ECDSA_SHA256, NAME, validity, NAME, spki, explicit(3, EXTENSIONS));
  const der = seq(tbs, ECDSA_SHA256, bits(sign("sha256", tbs, privateKey)));
  return {
    certPem: toPem("CERTIFICATE", der),
    keyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    certForHandshake: der.toString("base64").replace(/=+$/, ""),
  };
}

function toPem(label: string, der: Buffer): string {
  const lines = der.toString("base64").match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
}

/**
 * Computed attributes the service derives from what was written (facts/
 * read-back.ts `from-certificate`): an imported OAuth client certificate's
 * validity and thumbprints come from the X.509 certificate itself. Only
 * values still unknown in the plan are filled; a certificate that does not
 * parse leaves them to the synthetic values.
 */
import { X509Certificate, createHash } from "node:crypto";
import { type ObjectValue, isUnknown } from "./cty";
import { derivedFromCertificate } from "./facts/read-back";

export function serverDerived(typeName: string, planned: ObjectValue): ObjectValue {
  const attrs = derivedFromCertificate(typeName);
  const b64 = planned.x509base64certificate;
  if (attrs.length === 0 || typeof b64 !== "string") return planned;
  const facts = certificateFacts(b64);
  if (!facts) return planned;
  const out = { ...planned };
  for (const a of attrs) if (isUnknown(out[a] ?? null) && facts[a] !== undefined) out[a] = facts[a];
  return out;
}

export function certificateFacts(base64Der: string): Record<string, string> | undefined {
  try {
    const der = Buffer.from(base64Der, "base64");
    const cert = new X509Certificate(der);
    return {
      cert_start_date: new Date(cert.validFrom).toISOString(),
      cert_end_date: new Date(cert.validTo).toISOString(),
      sha1thumbprint: createHash("sha1").update(der).digest("hex"),
      sha256thumbprint: createHash("sha256").update(der).digest("hex"),
    };
  } catch {
    return undefined;
  }
}

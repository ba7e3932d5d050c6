/**
 * User names as the identity domain compares them, and the checks that keep
 * a look-alike from passing an allow-list.
 *
 * The domain's rule: `userName` is "caseExact: false, uniqueness: global"
 * (SCIM++ properties of the User resource, Oracle's Identity Domains API
 * reference; the same text is in oci-identitydomains' model/user.d.ts), so
 * names compare case-insensitively. A fold wider than the domain's would be
 * unsafe: two names the domain tells apart would meet one allow-list entry.
 * So names holding characters that a case mapping or a normalisation turns
 * into other letters (the Kelvin sign U+212A -> "k", long s -> "s", fullwidth
 * letters, ligatures) are refused outright, and the remaining names are
 * folded with toLowerCase(), which then maps no non-ASCII letter onto ASCII.
 */

/** Longest name accepted; the domain's own limit is not documented, 256 is ample. */
export const MAX_USER_NAME_LENGTH = 256;

// Control (Cc), format (Cf: zero-width, bidi embeddings/overrides/isolates),
// line and paragraph separators (Zl, Zp), lone surrogates (Cs), private use
// (Co) and unassigned (Cn) code points: none belongs in a user name, and Cc/Cf
// let a caller forge log lines or make one name read as another.
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}\p{Cn}\p{Bidi_Control}]/u;

export type UserNameCheck = { ok: true; name: string; folded: string } | { ok: false; reason: string };

/** A code point that normalisation or case mapping turns into something else than itself. */
function lookAlike(ch: string): boolean {
  // Singleton canonical decompositions (Kelvin, Ohm, Angstrom signs): NFC silently replaces them.
  const nfd = ch.normalize("NFD");
  if (nfd !== ch && [...nfd].length === 1) return true;
  // Compatibility characters (fullwidth letters, ligatures, long s, superscripts).
  if (ch.normalize("NFKC") !== ch.normalize("NFC")) return true;
  // Case mappings that leave the non-ASCII range (e.g. U+212A -> "k").
  const code = ch.codePointAt(0)!;
  return code > 0x7f && [ch.toLowerCase(), ch.toUpperCase()].some((m) => /^[\x20-\x7e]+$/.test(m));
}

/**
 * Normalises (NFC) and checks one user name. `name` is what is asserted
 * (`sub`), `folded` what is compared against an allow-list.
 */
export function checkUserName(raw: unknown): UserNameCheck {
  if (typeof raw !== "string" || raw === "") return { ok: false, reason: "is not a non-empty string" };
  if (raw.trim() !== raw) return { ok: false, reason: "has surrounding spaces" };
  if (raw.length > MAX_USER_NAME_LENGTH) return { ok: false, reason: `is longer than ${MAX_USER_NAME_LENGTH} characters` };
  const bad = FORBIDDEN.exec(raw);
  if (bad) return { ok: false, reason: `holds the invisible or control character U+${hex(bad[0])}` };
  for (const ch of raw) {
    if (lookAlike(ch)) return { ok: false, reason: `holds U+${hex(ch)}, a character that normalisation or case folding turns into another letter` };
  }
  const name = raw.normalize("NFC");
  return { ok: true, name, folded: foldUserName(name) };
}

/** The comparison key of a checked (NFC, look-alike free) name. */
export function foldUserName(name: string): string {
  return name.toLowerCase();
}

function hex(ch: string): string {
  return ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
}

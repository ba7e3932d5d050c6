/**
 * Redaction of secret-bearing values before anything from a plan is shown.
 *
 * Two independent guards, because one mistake here publishes a client
 * secret in a pull request:
 * 1. values are masked structurally (attribute name on our deny list, or
 *    marked in before_sensitive / after_sensitive / sensitive_values);
 * 2. every secret value found in the plan is collected, and the finished
 *    text is scrubbed of any occurrence of it.
 */

export const REDACTED = "[redacted]";

/**
 * Attribute names that carry secrets in the OCI resources we use, whether or
 * not the provider marks them sensitive (`client_secret` is not marked).
 */
export const SECRET_ATTRIBUTES: ReadonlySet<string> = new Set([
  "client_secret",
  "hashed_client_secret",
  "key_store_password",
  "idcs_at",
  "access_token",
  "refresh_token",
  "secret_key",
  "client_app_secret",
  "private_key",
  "private_key_password",
  "pass_phrase",
  "password",
]);

/** Secrets never worth keeping for the scrub: too short to be a secret, and would mangle the text. */
const MIN_SCRUB_LENGTH = 6;

const PRIVATE_KEY_PEM = /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g;
const HAS_PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

/**
 * A copy of `value` with secrets replaced by {@link REDACTED}: `mask` is the
 * matching before_sensitive / after_sensitive / sensitive_values tree
 * (`true` where the value is sensitive).
 */
export function redactValue(value: unknown, mask?: unknown): unknown {
  if (mask === true) return isEmpty(value) ? value : REDACTED;
  if (Array.isArray(value)) {
    const masks = Array.isArray(mask) ? mask : [];
    return value.map((item, i) => redactValue(item, masks[i]));
  }
  if (isRecord(value)) {
    const masks = isRecord(mask) ? mask : {};
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      out[key] = SECRET_ATTRIBUTES.has(key) && !isEmpty(item) ? REDACTED : redactValue(item, masks[key]);
    }
    return out;
  }
  if (typeof value === "string" && HAS_PRIVATE_KEY.test(value)) return REDACTED;
  return value;
}

/** Every secret value in `value` (by attribute name or mask), as strings, added to `into`. */
export function collectSecrets(value: unknown, mask: unknown, into: Set<string>, underSecret = false): void {
  if (underSecret || mask === true) {
    collectLeaves(value, into);
    return;
  }
  if (Array.isArray(value)) {
    const masks = Array.isArray(mask) ? mask : [];
    value.forEach((item, i) => collectSecrets(item, masks[i], into));
    return;
  }
  if (isRecord(value)) {
    const masks = isRecord(mask) ? mask : {};
    for (const [key, item] of Object.entries(value)) {
      collectSecrets(item, masks[key], into, SECRET_ATTRIBUTES.has(key));
    }
  }
}

function collectLeaves(value: unknown, into: Set<string>): void {
  if (typeof value === "string" || typeof value === "number") {
    const s = String(value);
    if (s.length >= MIN_SCRUB_LENGTH) into.add(s);
  } else if (Array.isArray(value)) {
    value.forEach((v) => collectLeaves(v, into));
  } else if (isRecord(value)) {
    Object.values(value).forEach((v) => collectLeaves(v, into));
  }
}

/**
 * Where a secret-bearing attribute holds a value that is NOT marked
 * sensitive (so `terraform plan` prints it): the attribute paths, e.g.
 * `client_secret`.
 */
export function findClearSecrets(value: unknown, mask: unknown, path = ""): string[] {
  if (mask === true) return [];
  const found: string[] = [];
  if (Array.isArray(value)) {
    const masks = Array.isArray(mask) ? mask : [];
    value.forEach((item, i) => found.push(...findClearSecrets(item, masks[i], `${path}[${i}]`)));
  } else if (isRecord(value)) {
    const masks = isRecord(mask) ? mask : {};
    for (const [key, item] of Object.entries(value)) {
      const here = path ? `${path}.${key}` : key;
      if (SECRET_ATTRIBUTES.has(key) && !isEmpty(item) && masks[key] !== true) found.push(here);
      else found.push(...findClearSecrets(item, masks[key], here));
    }
  }
  return found;
}

/** The text with every known secret value and any PEM private key replaced. */
export function scrubText(text: string, secrets: Iterable<string>): string {
  let out = text.replace(PRIVATE_KEY_PEM, REDACTED);
  // Longest first, so a secret that contains another is removed whole.
  const sorted = [...secrets].sort((a, b) => b.length - a.length);
  for (const secret of sorted) out = out.split(secret).join(REDACTED);
  return out;
}

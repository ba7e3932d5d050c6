/** Short, non-reversible names for secrets and tokens, so output can refer to them safely. */
import { createHash } from "node:crypto";

export function fingerprint(value: string): string {
  return `sha256:${createHash("sha256").update(value).digest("hex").slice(0, 8)}`;
}

/**
 * Remembers every sensitive value the run has handled and replaces any of
 * them in a text by its fingerprint: a last guard for lines built from
 * server messages, which might echo what we sent.
 */
export class Redactor {
  readonly #values = new Set<string>();

  add(value: string | undefined): void {
    if (value && value.length >= 8) this.#values.add(value);
  }

  redact(text: string): string {
    let out = text;
    for (const v of this.#values) if (out.includes(v)) out = out.split(v).join(`[${fingerprint(v)}]`);
    return out;
  }
}

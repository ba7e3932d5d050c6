/**
 * A Resource Manager job's log is Terraform's console output, and Terraform
 * prints `client_secret` in clear (the provider does not mark it sensitive).
 * Every line passes two guards before it reaches our log, as the review's
 * text does (tools/review/redact.ts): every secret value known from the state
 * and the plan is scrubbed wherever it appears, and anything after a
 * secret-bearing attribute name is cut.
 */
import { collectSecrets, REDACTED, SECRET_ATTRIBUTES, SecretScrubber } from "../../review/redact";

const NAMES = [...SECRET_ATTRIBUTES].sort((a, b) => b.length - a.length).join("|");
/** `client_secret = "..."`, `"client_secret": "..."`, `client_secret: ...`: the name stays, the rest of the line goes. */
const AFTER_SECRET_NAME = new RegExp(`(\\b(?:${NAMES})\\b"?\\s*(?:=|:|->)).*$`, "i");

export class JobLogRedactor {
  private readonly secrets = new Set<string>();
  private scrubber = new SecretScrubber([]);

  /** Adds the secret values of a raw state, a `show -json` state or a plan JSON. */
  learn(document: unknown): void {
    const before = this.secrets.size;
    const d = document as { resources?: { instances?: { attributes?: unknown; sensitive_attributes?: unknown }[] }[]; outputs?: Record<string, { value?: unknown; sensitive?: boolean }> } | undefined;
    // Raw state: attributes per instance; sensitive outputs.
    for (const r of d?.resources ?? []) for (const i of r.instances ?? []) collectSecrets(i.attributes, undefined, this.secrets);
    for (const o of Object.values(d?.outputs ?? {})) if (o?.sensitive) collectSecrets(o.value, true, this.secrets);
    // Plan JSON / show -json: walk it whole, by attribute name (values under secret names are collected).
    if (!d?.resources) collectSecrets(document, undefined, this.secrets);
    if (this.secrets.size !== before) this.scrubber = new SecretScrubber(this.secrets);
  }

  line(text: string): string {
    return this.scrubber.text(text).replace(AFTER_SECRET_NAME, `$1 ${REDACTED}`);
  }
}

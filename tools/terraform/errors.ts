/**
 * The one error a Terraform command raises, for the pipeline, the sandbox
 * and the tests alike. Terraform's output can hold secrets (`plan` and
 * `apply` show `client_secret` in clear: the provider does not mark it
 * sensitive), so the error carries only the redacted `Error:` headlines,
 * never the output itself.
 */
import { OicAccessError } from "../../contract/errors";

/** A terraform command exited with a code its caller does not accept. */
export const TERRAFORM_FAILED = "TERRAFORM_FAILED";
/** terraform could not be started (not on the PATH). */
export const TERRAFORM_NOT_FOUND = "TERRAFORM_NOT_FOUND";
/** terraform printed something other than the JSON its caller asked for. */
export const TERRAFORM_BAD_OUTPUT = "TERRAFORM_BAD_OUTPUT";

export type TerraformErrorCode = typeof TERRAFORM_FAILED | typeof TERRAFORM_NOT_FOUND | typeof TERRAFORM_BAD_OUTPUT;

export const TERRAFORM_MISSING =
  "terraform is not on PATH: install Terraform 1.11 (https://developer.hashicorp.com/terraform/install); the offline-provider tests fail rather than skip without it";

export class TerraformError extends OicAccessError {
  readonly code: TerraformErrorCode;
  /** Terraform's exit code, when it ran. */
  readonly exitCode?: number;

  constructor(
    /** The subcommand, e.g. `plan`. */
    readonly command: string,
    /** Terraform's `Error:` lines, redacted (errorHeadlines). */
    readonly headlines: readonly string[],
    options: { readonly code?: TerraformErrorCode; readonly exitCode?: number; readonly message?: string } = {},
  ) {
    const why = headlines.length ? `: ${headlines.join(" | ")}` : " (no error headline; run it locally for details)";
    super(options.message ?? `terraform ${command} failed${options.exitCode === undefined ? "" : ` (exit ${options.exitCode})`}${why}`);
    this.code = options.code ?? TERRAFORM_FAILED;
    this.exitCode = options.exitCode;
  }
}

const SECRET_WORDS = /(client_secret|hashed_client_secret|key_store_password|password|secret_key|private_key|access_token|refresh_token|idcs_at|secret)\b.*/gi;

/**
 * The `Error:` headlines of Terraform's output, with anything after a
 * secret-ish word and every known secret value cut out. At most `max` lines.
 */
export function errorHeadlines(text: string, knownSecrets: readonly string[] = [], max = 10): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const m = raw.match(/^\s*(?:│\s*)?(Error: .*)$/);
    if (!m) continue;
    let line = m[1]!.replace(SECRET_WORDS, (w) => `${w.split(/\W/)[0]} [redacted]`);
    for (const s of knownSecrets) if (s.length >= 4) line = line.split(s).join("[redacted]");
    out.push(line.slice(0, 300));
    if (out.length >= max) break;
  }
  return out;
}

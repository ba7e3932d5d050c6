/**
 * An error the Function answers with a status and a JSON body instead of
 * letting the FDK turn it into an opaque 502 (and log its stack).
 */
import { ERROR_CODES, OicAccessError } from "../../contract/errors";

export class HttpError extends OicAccessError {
  readonly code = ERROR_CODES.functionRequest;
  constructor(
    readonly status: number,
    /** Short machine-readable code for the caller, e.g. `invalid_user` (the body's `error`). */
    readonly error: string,
    /** Sentence for the caller: what was wrong and what to do. Never secret. */
    message: string,
    /** Extra fields for the JSON body (no secrets). */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }

  toBody(): Record<string, unknown> {
    return { error: this.error, message: this.message, ...this.details };
  }
}

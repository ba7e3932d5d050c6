/**
 * An error the Function answers with a status and a JSON body instead of
 * letting the FDK turn it into an opaque 502 (and log its stack).
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    /** Short machine-readable code, e.g. `invalid_user`. */
    readonly code: string,
    /** Sentence for the caller: what was wrong and what to do. Never secret. */
    message: string,
    /** Extra fields for the JSON body (no secrets). */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = "HttpError";
  }

  toBody(): Record<string, unknown> {
    return { error: this.code, message: this.message, ...this.details };
  }
}

/**
 * The one error family of this project's tools: every error a command
 * reports to a person carries a stable `code`, so callers tell errors apart
 * by class or code, never by message text.
 */
export abstract class OicAccessError extends Error {
  /** Stable, upper-case identifier, e.g. `CONFIG`, `VALIDATION`, `USAGE`. */
  abstract readonly code: string;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}


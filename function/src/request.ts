/**
 * What a caller (an OIC integration) sends: `{"user": "<Invoked By>",
 * "scope": "<optional, from ALLOWED_SCOPES>"}` as application/json.
 * Everything wrong with it becomes an HttpError saying which field and why.
 */
import type { FunctionConfig } from "./config";
import { HttpError } from "./http-error";
import { checkUserName, MAX_USER_NAME_LENGTH } from "../../contract/user-name";

export const MAX_BODY_BYTES = 4096;
export { MAX_USER_NAME_LENGTH };

export interface AssertionRequest {
  /** The user name, NFC: what the assertion's `sub` carries. */
  user: string;
  /** The same name folded as the identity domain compares names (see user-name.ts). */
  folded: string;
  scope: string;
}

/** The request body as the caller writes it. */
export interface AssertionRequestBody {
  /** The user name the assertion is for: OIC's "Invoked By". */
  user: string;
  /** Fully qualified downstream scope; DEFAULT_SCOPE when left out. */
  scope?: string;
}

export function parseAssertionRequest(
  raw: Uint8Array,
  contentType: string | null | undefined,
  config: Pick<FunctionConfig, "defaultScope" | "allowedScopes">,
): AssertionRequest {
  if (raw.byteLength > MAX_BODY_BYTES) {
    throw new HttpError(413, "body_too_large", `The request body is ${raw.byteLength} bytes; send at most ${MAX_BODY_BYTES} bytes of JSON.`);
  }
  const mediaType = (contentType ?? "").split(";")[0].trim().toLowerCase();
  if (mediaType !== "application/json") {
    throw new HttpError(
      415,
      "unsupported_media_type",
      `Content-Type must be application/json (got "${mediaType || "none"}"); send {"user": "<Invoked By>"}.`,
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(raw));
  } catch {
    throw new HttpError(400, "invalid_json", 'The body is not valid UTF-8 JSON; send {"user": "<Invoked By>"}.');
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new HttpError(400, "invalid_body", 'The body must be a JSON object: {"user": "<Invoked By>", "scope": "<optional>"}.');
  }
  const { user, scope } = body as Record<string, unknown>;
  if (user === undefined || user === null || user === "") {
    throw new HttpError(400, "missing_user", 'Field "user" is missing; map OIC\'s "Invoked By" to it.');
  }
  const checked = checkUserName(user);
  if (!checked.ok) {
    throw new HttpError(
      400,
      "invalid_user",
      `Field "user" must be a user name of 1 to ${MAX_USER_NAME_LENGTH} characters without surrounding spaces, ` +
        `control, invisible or bidi characters, or letters that normalisation or case folding changes; this one ${checked.reason}.`,
    );
  }
  let requested = config.defaultScope;
  if (scope !== undefined && scope !== null && scope !== "") {
    if (typeof scope !== "string") {
      throw new HttpError(400, "invalid_scope", 'Field "scope" must be a string: one of the function\'s ALLOWED_SCOPES.');
    }
    requested = scope;
  }
  if (!config.allowedScopes.has(requested)) {
    throw new HttpError(403, "scope_not_allowed", 'Field "scope" is not in ALLOWED_SCOPES of this function; leave it out for the default scope.', {
      allowedScopes: [...config.allowedScopes],
    });
  }
  return { user: checked.name, folded: checked.folded, scope: requested };
}

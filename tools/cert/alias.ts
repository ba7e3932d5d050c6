import { createHash } from "node:crypto";

/**
 * Alias of the trusted app's certificate (the JWT `kid`), derived from the
 * key version so that rotating the Vault key yields a new alias and both
 * certificates can sit on the app side by side while the Function switches.
 */
export function certificateAlias(trustedClientId: string, keyVersionId: string): string {
  const short = createHash("sha256").update(keyVersionId).digest("hex").slice(0, 10);
  return `${trustedClientId}-${short}`;
}

/** Where OIC serves REST-triggered integrations: `/ic/api/integration/v1/flows/rest/<CODE>/<version>/<resource>`. */
export const INTEGRATION_PREFIX = "/ic/api/integration/v1/flows/rest/";

/** The full path of an integration given as `HELLO_WORLD/1.0/hello`, `/HELLO_WORLD/1.0/hello` or already in full. */
export function integrationPath(path: string): string {
  if (path.startsWith(INTEGRATION_PREFIX)) return path;
  return `${INTEGRATION_PREFIX}${path.replace(/^\/+/, "")}`;
}

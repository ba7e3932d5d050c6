/** Where OIC serves REST-triggered integrations. */
export const INTEGRATION_PREFIX = "/ic/api/integration/v1/flows/rest/";

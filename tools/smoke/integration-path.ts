export { INTEGRATION_PREFIX, integrationPath } from "../../contract/integration-path";

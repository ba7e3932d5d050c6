/**
 * Entry point of the assertion Function image. Configuration is read once,
 * at cold start; the Vault signs with the resource principal.
 */
import fdk from "@fnproject/fdk";
import { FunctionConfigError, loadFunctionConfig } from "./config";
import { toFdkFunction } from "./fdk-adapter";
import { createAssertionHandler, createMisconfiguredHandler, type AssertionHandler } from "./handler";
import { createResourcePrincipalKmsSigner } from "../../contract/kms-signer";
import { jsonLineLogger } from "./log";

function coldStart(): AssertionHandler {
  try {
    const config = loadFunctionConfig(process.env, { requireKms: true });
    const signer = createResourcePrincipalKmsSigner({ ...config.kms!, kid: config.certAlias });
    jsonLineLogger({ level: "info", event: "cold_start", mode: config.mode, kid: config.certAlias });
    return createAssertionHandler({ config, signer, log: jsonLineLogger });
  } catch (error) {
    const message = error instanceof FunctionConfigError ? error.message : `start-up failed: ${error instanceof Error ? error.message : "unknown"}`;
    jsonLineLogger({ level: "error", event: "misconfigured", message });
    return createMisconfiguredHandler(message);
  }
}

fdk.handle(toFdkFunction(coldStart()) as never, { inputMode: "buffer" });

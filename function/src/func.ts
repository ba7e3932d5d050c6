/**
 * Entry point of the assertion Function image. Configuration is read once,
 * at cold start; the Vault signs with the resource principal.
 */
import fdk from "@fnproject/fdk";
import { FunctionConfigError, loadFunctionConfig } from "./config";
import { toFdkFunction } from "./fdk-adapter";
import * as common from "oci-common";
import { IdentityDomainsClient } from "oci-identitydomains";
import { cachedDirectory, scimGroupDirectory, type GroupDirectory } from "./group-directory";
import { createAssertionHandler, createMisconfiguredHandler, type AssertionHandler } from "./handler";
import { createResourcePrincipalKmsSigner } from "../../contract/kms-signer";
import { jsonLineLogger } from "./log";

/** Fusion's domain, read with the resource principal (OCI request signing: no stored secret). */
function groupDirectory(domainUrl: string): GroupDirectory {
  const client = new IdentityDomainsClient({ authenticationDetailsProvider: common.ResourcePrincipalAuthenticationDetailsProvider.builder() });
  client.endpoint = domainUrl;
  return cachedDirectory(scimGroupDirectory(client));
}

function coldStart(): AssertionHandler {
  try {
    const config = loadFunctionConfig(process.env, { requireKms: true });
    const signer = createResourcePrincipalKmsSigner({ ...config.kms!, kid: config.certAlias });
    const groups = config.allow.groups.length > 0 ? groupDirectory(config.fusionIdentityDomainUrl!) : undefined;
    jsonLineLogger({ level: "info", event: "cold_start", mode: config.mode, kid: config.certAlias, aud: config.assertionAudience });
    return createAssertionHandler({ config, signer, log: jsonLineLogger, groups });
  } catch (error) {
    const message = error instanceof FunctionConfigError ? error.message : `start-up failed: ${error instanceof Error ? error.message : "unknown"}`;
    jsonLineLogger({ level: "error", event: "misconfigured", message });
    return createMisconfiguredHandler(message);
  }
}

fdk.handle(toFdkFunction(coldStart()) as never, { inputMode: "buffer" });

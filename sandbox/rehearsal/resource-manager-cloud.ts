/**
 * The rehearsal's Resource Manager: the loopback stand-in
 * (sandbox/standins/resource-manager) running real Terraform with the offline
 * provider, and the engine the phases use, driven through the real OCI SDK
 * client (oci-resourcemanager) whose endpoint is the stand-in, signing with
 * the rehearsal's throwaway API key.
 */
import { join } from "node:path";
import * as common from "oci-common";
import { ResourceManagerClient } from "oci-resourcemanager";
import { resourceManagerEngine } from "../../lib/config/engine";
import type { EnvironmentConfig } from "../../lib/config/environment";
import { ResourceManagerEngine } from "../../tools/pipeline/resource-manager/engine";
import { startResourceManagerStandin, type ResourceManagerStandin } from "../standins/resource-manager/server";
import type { ThrowawayOciConfig } from "./oci-credentials";
import { CodedError, ERROR_CODES } from "../../contract/errors";

/** The environment with the Resource Manager engine (its own compartment when it names none). */
export function withResourceManager(config: EnvironmentConfig): EnvironmentConfig {
  return resourceManagerEngine(config) ? config : { ...config, engine: { type: "resource-manager", compartmentId: config.compartmentId } };
}

export function resourceManagerClient(url: string, oci: ThrowawayOciConfig): ResourceManagerClient {
  const client = new ResourceManagerClient({ authenticationDetailsProvider: new common.ConfigFileAuthenticationDetailsProvider(oci.file, oci.profile) });
  client.endpoint = url;
  return client;
}

export async function startRehearsalResourceManager(o: { workDir: string; terraformEnv: Record<string, string> }): Promise<ResourceManagerStandin> {
  return startResourceManagerStandin({ workDir: join(o.workDir, "resource-manager"), terraformEnv: o.terraformEnv });
}

/** The engine of one runner (each runner is a fresh process: it finds the stack again). */
export function rehearsalEngine(config: EnvironmentConfig, standin: ResourceManagerStandin, oci: ThrowawayOciConfig, progress: (l: string) => void): ResourceManagerEngine {
  const rm = resourceManagerEngine(config);
  if (!rm) throw new CodedError(ERROR_CODES.rehearsal, `${config.name} does not use the Resource Manager engine`);
  // Each poll is two signed SDK requests (RSA signatures): a job runs Terraform for a second or more, so 250 ms costs little wait and a third of the CPU of 100 ms.
  return new ResourceManagerEngine({ client: resourceManagerClient(standin.url, oci), env: config.name, config: rm, progress, pollMs: 250 });
}

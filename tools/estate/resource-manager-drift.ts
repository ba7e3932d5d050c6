/**
 * `npm run doctor -- <env>` on a Resource Manager environment also asks
 * Resource Manager to detect drift on the environment's stack
 * (DetectStackDrift, then ListStackResourceDriftDetails of that work
 * request) and reports each drifted resource as a doctor check: what
 * changed or went missing, why it matters, what to do. Property values are
 * shown only for attributes that carry no secret.
 */
import * as common from "oci-common";
import { models, ResourceManagerClient } from "oci-resourcemanager";
import { createOciAuth } from "../cert/oci-auth";
import { resourceManagerEngine } from "../../lib/config/engine";
import type { EnvironmentConfig } from "../../lib/config/environment";
import { ResourceManagerEngine } from "../pipeline/resource-manager/engine";
import { SECRET_ATTRIBUTES } from "../review/redact";
import type { EstateDeps } from "./context";
import { bad, ok, type CheckResult } from "./doctor-report";
import type { EstateOptions } from "./options";

/** Resource Manager's origin in a region, as the OCI SDK builds it: what `--connect-to <origin>=<loopback>` names to reach a stand-in. */
export function resourceManagerOrigin(region: string): string {
  const client = new ResourceManagerClient({ authenticationDetailsProvider: undefined as unknown as common.AuthenticationDetailsProvider });
  client.regionId = region;
  const origin = new URL(client.endpoint).origin;
  client.close();
  return origin;
}

export interface DriftOptions {
  readonly config: EnvironmentConfig;
  readonly client: ResourceManagerClient;
  readonly progress?: (line: string) => void;
  /** @default 5000 */
  readonly pollMs?: number;
  /** @default 600 000 */
  readonly timeoutMs?: number;
}

function describeProperties(d: models.StackResourceDriftSummary): string {
  const keys = [...new Set([...Object.keys(d.expectedProperties ?? {}), ...Object.keys(d.actualProperties ?? {})])].sort();
  const shown = keys.slice(0, 5).map((k) => (SECRET_ATTRIBUTES.has(k) ? `${k} (secret, not shown)` : `${k}: expected ${d.expectedProperties?.[k] ?? "(none)"}, live ${d.actualProperties?.[k] ?? "(none)"}`));
  return shown.length ? `${shown.join("; ")}${keys.length > 5 ? `; and ${keys.length - 5} more` : ""}` : "properties not listed";
}

export async function resourceManagerDriftChecks(o: DriftOptions): Promise<CheckResult[]> {
  const rm = resourceManagerEngine(o.config);
  if (!rm) return [];
  const env = o.config.name;
  const engine = new ResourceManagerEngine({ client: o.client, env, config: rm, progress: o.progress ?? (() => undefined) });
  const stackId = await engine.findStack();
  if (!stackId) return [bad("fail", "drift", "resource manager stack", `no stack named ${rm.stackName} in ${rm.compartmentId}`, "the environment has not been deployed with the Resource Manager engine", `deploy it (npm run pipeline -- deploy ${env}) or migrate it (npm run pipeline -- migrate-to-resource-manager ${env})`)];
  o.progress?.(`doctor ${env}: Resource Manager drift detection on stack ${stackId}`);
  const started = await o.client.detectStackDrift({ stackId, detectStackDriftDetails: {} });
  const workRequestId = started.opcWorkRequestId;
  const begun = Date.now();
  for (;;) {
    const wr = (await o.client.getWorkRequest({ workRequestId })).workRequest;
    if (wr.status === models.WorkRequest.Status.Succeeded) break;
    if (wr.status === models.WorkRequest.Status.Failed || String(wr.status) === "CANCELED") {
      return [bad("fail", "drift", "resource manager drift detection", `work request ${workRequestId} ${wr.status}`, "Resource Manager could not read the stack's resources", "open the work request in the console (Resource Manager > Stacks > Drift) for its errors; the deploying principal's read permissions cover the resources")];
    }
    if (Date.now() - begun > (o.timeoutMs ?? 600_000)) return [bad("warn", "drift", "resource manager drift detection", `work request ${workRequestId} still ${wr.status}`, "drift detection did not finish in time", "look at the stack's drift report in the console later")];
    await new Promise((r) => setTimeout(r, o.pollMs ?? 5000));
  }
  const items: models.StackResourceDriftSummary[] = [];
  let page: string | undefined;
  do {
    const r = await o.client.listStackResourceDriftDetails({ stackId, workRequestId, page });
    items.push(...r.stackResourceDriftCollection.items);
    page = r.opcNextPage;
  } while (page);
  const checks: CheckResult[] = [];
  const inSync = items.filter((d) => d.resourceDriftStatus === models.StackResourceDriftSummary.ResourceDriftStatus.InSync).length;
  for (const d of items) {
    const name = d.resourceName ?? d.resourceId ?? "(resource)";
    switch (d.resourceDriftStatus) {
      case models.StackResourceDriftSummary.ResourceDriftStatus.Modified:
        checks.push(bad("fail", "drift", name, `changed outside Terraform: ${describeProperties(d)}`, "someone changed it in the console or by API since the last apply; the next plan will change it back", `either run npm run pipeline -- deploy ${env} to restore the configuration, or put the change into stacks/${env}.ts first`));
        break;
      case models.StackResourceDriftSummary.ResourceDriftStatus.Deleted:
        checks.push(bad("fail", "drift", name, "deleted outside Terraform", "the resource is gone; the next deploy creates a new one (an app gets a new client id and secret: every consumer must be told)", `run npm run pipeline -- deploy ${env}, then hand the new client id and secret to its consumers`));
        break;
      case models.StackResourceDriftSummary.ResourceDriftStatus.InSync:
        break;
      default:
        checks.push(bad("warn", "drift", name, `not checked (${d.resourceDriftStatus ?? "no status"})`, "Resource Manager does not check drift for every resource type", "compare it by hand, or rely on the identity checks above"));
    }
  }
  checks.unshift(ok("drift", "resource manager drift detection", `${items.length} resources checked on stack ${stackId}, ${inSync} in sync`));
  return checks;
}

/** The doctor's Resource Manager drift checks, with its OCI credentials; `--connect-to <Resource Manager's origin>=<loopback>` reaches a stand-in. */
export async function doctorResourceManagerDrift(config: EnvironmentConfig, o: EstateOptions, deps: EstateDeps): Promise<CheckResult[]> {
  if (!resourceManagerEngine(config)) return [];
  const auth = await (deps.auth ?? createOciAuth)({ kind: o.auth, profile: o.profile, configFile: o.configFile });
  const client = new ResourceManagerClient({ authenticationDetailsProvider: auth }, deps.clientConfiguration as common.ClientConfiguration | undefined);
  client.regionId = config.region;
  const loopback = o.connectTo[new URL(client.endpoint).origin];
  if (loopback) client.endpoint = loopback;
  try {
    return await resourceManagerDriftChecks({ config, client, progress: deps.progress });
  } finally {
    client.close();
  }
}

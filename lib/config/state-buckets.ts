/**
 * One state bucket per environment. A pull request's plan of one
 * environment runs with that environment's read-only principal, whose policy
 * names its own bucket (`where target.bucket.name = '...'`, docs/pipeline.md):
 * two environments sharing a bucket would let a dev plan principal read
 * prod's state, which holds every prod client secret.
 */
import type { ConfigProblem } from "./config-error";
import type { EnvironmentConfig } from "./environment";

export function sharedStateBucketProblems(configs: readonly EnvironmentConfig[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const owners = new Map<string, string>();
  for (const config of configs) {
    const b = config.backend;
    if (!b || b.type !== "oci-object-storage") continue;
    // Bucket names are unique per namespace; OCI policy conditions compare them case-insensitively.
    const key = `${b.namespace}/${b.bucket}`.toLowerCase();
    const prior = owners.get(key);
    if (prior && prior !== config.name) {
      problems.push({
        env: config.name,
        field: "backend.bucket",
        value: JSON.stringify(b.bucket),
        problem: `is also the state bucket of ${prior}; each environment's plan principal may read its own bucket only`,
        fix: `give each environment its own private, versioned bucket, e.g. "oic-access-state-${config.name}"`,
      });
    } else if (!prior) owners.set(key, config.name);
  }
  return problems;
}

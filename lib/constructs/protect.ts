import type { TerraformResource } from "cdktf";

/**
 * Marks resources whose loss breaks consumers (identity apps, grants, the
 * signing key) with `prevent_destroy`, so that a plan that would delete or
 * replace them fails instead of going through.
 */
export function preventDestroy(enabled: boolean, ...resources: TerraformResource[]): void {
  if (!enabled) return;
  for (const r of resources) r.addOverride("lifecycle.prevent_destroy", true);
}

/** App roles of an OIC instance's IAM app (Oracle Integration 3). */
export const OIC_APP_ROLES = [
  "ServiceAdministrator",
  "ServiceDeveloper",
  "ServiceMonitor",
  "ServiceDeployer",
  "ServiceUser",
  "ServiceInvoker",
  "ServiceViewer",
] as const;

export type OicAppRole = (typeof OIC_APP_ROLES)[number];

/** The role every caller of an integration needs. */
export const SERVICE_INVOKER: OicAppRole = "ServiceInvoker";

/** The known role nearest to a misspelt one (case-insensitive edit distance <= 3). */
export function closest(name: string): OicAppRole | undefined {
  let best: { role: OicAppRole; d: number } | undefined;
  for (const role of OIC_APP_ROLES) {
    const d = distance(name.toLowerCase(), role.toLowerCase());
    if (d <= 3 && (!best || d < best.d)) best = { role, d };
  }
  return best?.role;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

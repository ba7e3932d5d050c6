/**
 * The allowed value nearest to a misspelt one, for "did you mean" in
 * configuration messages (enum values, discriminators).
 */

/** Levenshtein distance, case-insensitive. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[y.length]!;
}

/**
 * The option closest to `value` when it is close enough to be a typo: at most
 * a third of the option's length in edits (at least 1), so `"oci-objectstorage"`
 * finds `"oci-object-storage"` and `"s3"` finds nothing.
 */
export function closestOption(value: unknown, options: readonly unknown[]): unknown {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  if (text === undefined) return undefined;
  let best: { option: unknown; d: number } | undefined;
  for (const option of options) {
    const o = typeof option === "string" ? option : JSON.stringify(option);
    const d = distance(text, o);
    if (d <= Math.max(1, Math.floor(o.length / 3)) && (!best || d < best.d)) best = { option, d };
  }
  return best?.option;
}

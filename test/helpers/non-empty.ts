/**
 * A loop over nothing asserts nothing: `for (const x of nonEmpty(list, "what")) expect(...)`
 * fails the test when the list is empty instead of passing it silently.
 */
export function nonEmpty<T>(items: Iterable<T>, what: string): T[] {
  const list = [...items];
  if (list.length === 0) throw new Error(`expected at least one ${what}, found none (a loop over an empty list would assert nothing)`);
  return list;
}

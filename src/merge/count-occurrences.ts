/**
 * A multiset of strings, as counts.
 */

/**
 * Count how often each string occurs in `values`.
 *
 * Invariant: the keys keep first-occurrence order, and the counts sum to `values.length`.
 *
 * @param values The strings to count.
 * @returns A map from each distinct string to its number of occurrences.
 */
export function countOccurrences(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

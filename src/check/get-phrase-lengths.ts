/**
 * Index a phrase table by the first UTF-16 code unit of its phrases.
 */

const indexes = new WeakMap<ReadonlyMap<string, unknown>, ReadonlyMap<number, readonly number[]>>();

/**
 * Map each first UTF-16 code unit of a table's phrases to the lengths of the phrases that
 * start with it, longest first.
 *
 * Invariant: a phrase of length L starting with code unit c is in the table only if L is
 * among the lengths listed for c, so leftmost-longest matching need only try those lengths;
 * the empty phrase is never listed. Built once per table object (tables are not changed
 * once built).
 *
 * @param phrases The phrase table.
 * @returns First code unit → distinct phrase lengths in descending order.
 */
export function getPhraseLengths(phrases: ReadonlyMap<string, unknown>): ReadonlyMap<number, readonly number[]> {
  const known = indexes.get(phrases);
  if (known !== undefined) return known;
  const sets = new Map<number, Set<number>>();
  for (const phrase of phrases.keys()) {
    if (phrase === '') continue;
    const first = phrase.charCodeAt(0);
    let lengths = sets.get(first);
    if (lengths === undefined) {
      lengths = new Set();
      sets.set(first, lengths);
    }
    lengths.add(phrase.length);
  }
  const index = new Map<number, readonly number[]>();
  for (const [first, lengths] of sets) index.set(first, [...lengths].sort((a, b) => b - a));
  indexes.set(phrases, index);
  return index;
}

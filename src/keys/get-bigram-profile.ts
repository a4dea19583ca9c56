/**
 * Character bigram profiles, the input of the similarity measure.
 */

/** Character bigram counts of a text, with their total. */
export interface BigramProfile {
  /** Count per bigram. */
  readonly counts: ReadonlyMap<string, number>;
  /** Sum of all counts. */
  readonly total: number;
  /** The normalised text (lowercase, whitespace runs collapsed). */
  readonly normalized: string;
}

/**
 * Build the bigram profile of a text, case and whitespace runs ignored.
 *
 * Invariant: `total` is the normalised length minus one (zero for texts under 2 characters).
 *
 * @param text Any text.
 * @returns Its profile.
 */
export function getBigramProfile(text: string): BigramProfile {
  const normalized = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const counts = new Map<string, number>();
  for (let index = 0; index + 1 < normalized.length; index++) {
    const bigram = normalized.slice(index, index + 2);
    counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
  }
  return { counts, total: Math.max(0, normalized.length - 1), normalized };
}

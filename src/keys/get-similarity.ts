/**
 * Text similarity used to recognise edited units.
 */
import type { BigramProfile } from './get-bigram-profile.js';

/**
 * Compute the Dice coefficient of two bigram profiles: twice the shared bigrams over
 * all bigrams. Texts under 2 characters are similar only when equal.
 *
 * Invariant: symmetric, in `[0, 1]`, and 1 for equal normalised texts.
 *
 * @param a The profile of one text.
 * @param b The profile of the other.
 * @returns The similarity.
 */
export function getSimilarity(a: BigramProfile, b: BigramProfile): number {
  if (a.normalized === b.normalized) return 1;
  if (a.total === 0 || b.total === 0) return 0;
  if ((2 * Math.min(a.total, b.total)) / (a.total + b.total) < 0.2) return 0;
  let shared = 0;
  for (const [bigram, count] of a.counts) shared += Math.min(count, b.counts.get(bigram) ?? 0);
  return (2 * shared) / (a.total + b.total);
}

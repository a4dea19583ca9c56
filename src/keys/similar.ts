/**
 * Matches of edited units by text similarity: the Dice coefficient of character-bigram
 * profiles, compared within a band of ranks.
 */
import type { Match } from './align.js';

/** A scored candidate pair. */
interface Candidate {
  readonly oldIndex: number;
  readonly newIndex: number;
  readonly score: number;
  readonly distance: number;
}

/**
 * Pair unmatched new units with unmatched previous units whose text is similar enough
 * (bigram Dice coefficient ≥ `threshold`): best score first, then the pair whose ranks
 * in the two lists are closest, then the earliest new and previous unit.
 *
 * Deterministic; each index is matched at most once; only pairs whose ranks
 * differ by at most `band` are compared, which bounds the work to `O(n · band)`.
 *
 * @param oldTexts The previous texts.
 * @param newTexts The new texts.
 * @param oldFree Candidate previous indices, ascending.
 * @param newFree Candidate new indices, ascending.
 * @param threshold The lowest similarity that counts as the same unit edited.
 * @param band The largest rank difference compared.
 * @returns The new matches.
 */
export function getSimilarMatches(
  oldTexts: readonly string[],
  newTexts: readonly string[],
  oldFree: readonly number[],
  newFree: readonly number[],
  threshold: number,
  band: number,
): Match[] {
  if (oldFree.length === 0 || newFree.length === 0) return [];
  const oldProfiles = oldFree.map((index) => getBigramProfile(oldTexts[index] ?? ''));
  const newProfiles = newFree.map((index) => getBigramProfile(newTexts[index] ?? ''));
  const scale = oldFree.length / newFree.length;
  const candidates: Candidate[] = [];
  newProfiles.forEach((newProfile, newRank) => {
    const expected = Math.round(newRank * scale);
    const from = Math.max(0, expected - band);
    const to = Math.min(oldFree.length - 1, expected + band);
    for (let oldRank = from; oldRank <= to; oldRank++) {
      const oldProfile = oldProfiles[oldRank];
      const score = oldProfile === undefined ? 0 : getSimilarity(oldProfile, newProfile);
      if (score < threshold) continue;
      const oldIndex = oldFree[oldRank] ?? -1;
      const newIndex = newFree[newRank] ?? -1;
      candidates.push({ oldIndex, newIndex, score, distance: Math.abs(oldRank - expected) });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.distance - b.distance || a.newIndex - b.newIndex || a.oldIndex - b.oldIndex);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const matches: Match[] = [];
  for (const { oldIndex, newIndex } of candidates) {
    if (usedOld.has(oldIndex) || usedNew.has(newIndex)) continue;
    usedOld.add(oldIndex);
    usedNew.add(newIndex);
    matches.push([oldIndex, newIndex]);
  }
  return matches;
}

/** Character bigram counts of a text, with their total. */
interface BigramProfile {
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
 * @param text Any text.
 * @returns Its profile.
 */
function getBigramProfile(text: string): BigramProfile {
  const normalized = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const counts = new Map<string, number>();
  for (let index = 0; index + 1 < normalized.length; index++) {
    const bigram = normalized.slice(index, index + 2);
    counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
  }
  return { counts, total: Math.max(0, normalized.length - 1), normalized };
}

/**
 * Compute the Dice coefficient of two bigram profiles: twice the shared bigrams over
 * all bigrams. Texts under 2 characters are similar only when equal.
 *
 * Symmetric, in `[0, 1]`, and 1 for equal normalised texts.
 *
 * @param a The profile of one text.
 * @param b The profile of the other.
 * @returns The similarity.
 */
function getSimilarity(a: BigramProfile, b: BigramProfile): number {
  if (a.normalized === b.normalized) return 1;
  if (a.total === 0 || b.total === 0) return 0;
  if ((2 * Math.min(a.total, b.total)) / (a.total + b.total) < 0.2) return 0;
  let shared = 0;
  for (const [bigram, count] of a.counts) shared += Math.min(count, b.counts.get(bigram) ?? 0);
  return (2 * shared) / (a.total + b.total);
}

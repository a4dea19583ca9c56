/**
 * Matches of edited units by text similarity.
 */
import { getBigramProfile } from './get-bigram-profile.js';
import type { Match } from './get-ordered-matches.js';
import { getSimilarity } from './get-similarity.js';

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
 * Invariant: deterministic; each index is matched at most once; only pairs whose ranks
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

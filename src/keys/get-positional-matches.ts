import type { Match } from './get-ordered-matches.js';

/** Below this length, character-bigram similarity says little, so position decides. */
const SHORT = 40;

/**
 * Pair short texts left in a gap between two aligned anchors when as many old units as new
 * ones remain: each new unit then stands exactly where an old one stood, so it is an edit in
 * place (design §3) even where similarity cannot tell (a cell "Goal" → "Goal area"). Long
 * texts are left to similarity, so a rewritten paragraph still gets a new key.
 * Invariant: pairs in order, and only when both sides have the same count; otherwise no pair,
 * since an unequal gap means insertions or deletions whose places are unknown.
 * @param oldTexts All old texts.
 * @param newTexts All new texts.
 * @param oldFree Unmatched old indices of the gap, ascending.
 * @param newFree Unmatched new indices of the gap, ascending.
 * @returns `[oldIndex, newIndex]` pairs.
 */
export function getPositionalMatches(
  oldTexts: readonly string[],
  newTexts: readonly string[],
  oldFree: readonly number[],
  newFree: readonly number[],
): Match[] {
  if (oldFree.length === 0 || oldFree.length !== newFree.length) return [];
  const isShort = (text: string | undefined): boolean => (text ?? '').length < SHORT;
  return oldFree
    .map((oldIndex, rank) => [oldIndex, newFree[rank] ?? -1] as Match)
    .filter(([oldIndex, newIndex]) => newIndex >= 0 && (isShort(oldTexts[oldIndex]) || isShort(newTexts[newIndex])));
}

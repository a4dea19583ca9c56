/**
 * Matches that need no similarity: equal texts in order (longest common subsequence), equal
 * texts that moved, and short texts edited in place between two anchors.
 */
import { diffArrays } from 'diff';

/** A `[oldIndex, newIndex]` pair of matched units. */
export type Match = readonly [oldIndex: number, newIndex: number];

/** Unmatched units between two runs of in-order matches. */
export interface Gap {
  /** Indices of unmatched previous units, ascending. */
  readonly old: readonly number[];
  /** Indices of unmatched new units, ascending. */
  readonly new: readonly number[];
}

/** Largest edit distance the diff explores; beyond it everything is one gap (bounds the time to O(N · 1000)). */
const maxEditLength = 1000;

/** The in-order matches of two sequences and the gaps between them. */
export interface OrderedMatches {
  /** Matched pairs, ascending in both indices. */
  readonly matches: readonly Match[];
  /** The unmatched stretches between matches, in order; each has at least one index. */
  readonly gaps: readonly Gap[];
}

/**
 * Align two text sequences with a longest common subsequence (Myers' O(ND) diff):
 * equal texts that keep their relative order are matched.
 *
 * Every index of either sequence is in exactly one match or one gap; matched
 * texts are equal. When the sequences differ by more than 1000 insertions and deletions,
 * nothing is matched here and both sequences form one gap (later passes still match
 * moved and edited units).
 *
 * @param oldTexts The previous texts, in order.
 * @param newTexts The new texts, in order.
 * @returns The matches and the gaps between them.
 */
export function getOrderedMatches(oldTexts: readonly string[], newTexts: readonly string[]): OrderedMatches {
  const matches: Match[] = [];
  const gaps: Gap[] = [];
  let gapOld: number[] = [];
  let gapNew: number[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  const changes = diffArrays([...oldTexts], [...newTexts], { maxEditLength }) ?? [
    { value: [...oldTexts], count: oldTexts.length, added: false, removed: true },
    { value: [...newTexts], count: newTexts.length, added: true, removed: false },
  ];
  for (const change of changes) {
    const count = change.value.length;
    if (change.removed) {
      for (let offset = 0; offset < count; offset++) gapOld.push(oldIndex++);
    } else if (change.added) {
      for (let offset = 0; offset < count; offset++) gapNew.push(newIndex++);
    } else {
      if (gapOld.length > 0 || gapNew.length > 0) gaps.push({ old: gapOld, new: gapNew });
      gapOld = [];
      gapNew = [];
      for (let offset = 0; offset < count; offset++) matches.push([oldIndex++, newIndex++]);
    }
  }
  if (gapOld.length > 0 || gapNew.length > 0) gaps.push({ old: gapOld, new: gapNew });
  return { matches, gaps };
}

/**
 * Match each unmatched new unit with the first unmatched previous unit of identical
 * text, wherever it stood: a moved unit keeps its key.
 *
 * Each index is matched at most once; matched texts are equal; new units are
 * served in order, previous units first come first.
 *
 * @param oldTexts The previous texts.
 * @param newTexts The new texts.
 * @param oldFree Indices of previous units still unmatched, ascending.
 * @param newFree Indices of new units still unmatched, ascending.
 * @returns The new matches.
 */
export function getMovedMatches(
  oldTexts: readonly string[],
  newTexts: readonly string[],
  oldFree: readonly number[],
  newFree: readonly number[],
): Match[] {
  const waiting = new Map<string, number[]>();
  for (const oldIndex of oldFree) {
    const text = oldTexts[oldIndex] ?? '';
    const queue = waiting.get(text);
    if (queue === undefined) waiting.set(text, [oldIndex]);
    else queue.push(oldIndex);
  }
  const matches: Match[] = [];
  for (const newIndex of newFree) {
    const oldIndex = waiting.get(newTexts[newIndex] ?? '')?.shift();
    if (oldIndex !== undefined) matches.push([oldIndex, newIndex]);
  }
  return matches;
}

/** Below this length, character-bigram similarity says little, so position decides. */
const SHORT = 40;

/**
 * Pair short texts left in a gap between two aligned anchors when as many old units as new
 * ones remain: each new unit then stands exactly where an old one stood, so it is an edit in
 * place (design §3) even where similarity cannot tell (a cell "Goal" → "Goal area"). Long
 * texts are left to similarity, so a rewritten paragraph still gets a new key.
 * Pairs in order, and only when both sides have the same count; otherwise no pair,
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

/**
 * Exact matches between two unit sequences, kept in order.
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
 * Invariant: every index of either sequence is in exactly one match or one gap; matched
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

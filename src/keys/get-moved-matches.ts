/**
 * Exact matches of units that moved.
 */
import type { Match } from './get-ordered-matches.js';

/**
 * Match each unmatched new unit with the first unmatched previous unit of identical
 * text, wherever it stood: a moved unit keeps its key.
 *
 * Invariant: each index is matched at most once; matched texts are equal; new units are
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

/**
 * Find words of the other Chinese region in a translation (mainland vocabulary in Taiwan
 * text, and the reverse).
 */
import type { RegionalPhrases } from './regional-phrases.js';

/** One word of the other region. */
export interface RegionalTerm {
  /** UTF-16 offset of the word in the text. */
  index: number;
  /** The word as written. */
  term: string;
  /** The region's own word ('' when only the glossary forbids the word and gives none). */
  expected: string;
}

const noLengths: readonly number[] = [];

/** A region's phrase table, indexed for leftmost-longest matching. */
export interface RegionalMatcher {
  /** Phrase → the region's own word, or `null` for a phrase that is right as it is. */
  phrases: RegionalPhrases;
  /** First UTF-16 code unit → the lengths of the phrases starting with it, longest first. */
  lengths: ReadonlyMap<number, readonly number[]>;
}

/**
 * Index a phrase table for {@link findRegionalTerms}.
 * @param phrases The table (see `buildRegionalPhrases`).
 * @returns The matcher.
 */
export function createRegionalMatcher(phrases: RegionalPhrases): RegionalMatcher {
  return { phrases, lengths: getPhraseLengths(phrases) };
}

/**
 * Find regional vocabulary by leftmost-longest matching against a region's phrase table.
 * Matching is greedy from left to right, so 數據庫 is reported once (as 數據庫, not 數據) and a
 * longer correct phrase (審查程序, a glossary target) shields the words inside it.
 * @param text The translated text.
 * @param matcher The language's regional phrases.
 * @returns Every regional word, in text order.
 */
export function findRegionalTerms(text: string, matcher: RegionalMatcher): RegionalTerm[] {
  const { phrases, lengths: lengthsByFirst } = matcher;
  const found: RegionalTerm[] = [];
  let index = 0;
  while (index < text.length) {
    let matched = 0;
    for (const length of lengthsByFirst.get(text.charCodeAt(index)) ?? noLengths) {
      if (length > text.length - index) continue;
      const candidate = text.slice(index, index + length);
      const expected = phrases.get(candidate);
      if (expected === undefined) continue;
      if (expected !== null) found.push({ index, term: candidate, expected });
      matched = length;
      break;
    }
    index += matched > 0 ? matched : 1;
  }
  return found;
}

/**
 * Map each first UTF-16 code unit of a table's phrases to the lengths of the phrases that
 * start with it, longest first.
 *
 * a phrase of length L starting with code unit c is in the table only if L is
 * among the lengths listed for c, so leftmost-longest matching need only try those lengths;
 * the empty phrase is never listed.
 *
 * @param phrases The phrase table.
 * @returns First code unit → distinct phrase lengths in descending order.
 */
function getPhraseLengths(phrases: ReadonlyMap<string, unknown>): ReadonlyMap<number, readonly number[]> {
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
  return index;
}

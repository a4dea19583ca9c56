/**
 * Find words of the other Chinese region in a translation (mainland vocabulary in Taiwan
 * text, and the reverse).
 */
import { getChineseScript } from './script-mismatches.js';
import { getPhraseLengths } from './glossary-rules.js';
import { getRegionalPhrases } from './regional-phrases.js';
import type { Glossary } from './glossary-read.js';

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

/**
 * Find regional vocabulary by leftmost-longest matching against OpenCC's regional phrase
 * table, this module's additions and allowed words, and the language's glossary.
 *
 * Invariant: matching is greedy from left to right, so 數據庫 is reported once (as 數據庫,
 * not 數據) and a longer correct phrase (審查程序, a glossary target) shields the words
 * inside it; non-Chinese languages yield nothing.
 *
 * @param text The translated text.
 * @param lang Its BCP 47 code (`zh-Hant`, `zh-Hant-HK`, `zh-Hans`…).
 * @param glossary The language's glossary, or `undefined`.
 * @returns Every regional word, in text order.
 */
export function findRegionalTerms(text: string, lang: string, glossary: Glossary | undefined): RegionalTerm[] {
  const chinese = getChineseScript(lang);
  if (chinese === undefined) return [];
  const phrases = getRegionalPhrases(chinese.region, glossary);
  const lengthsByFirst = getPhraseLengths(phrases);
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


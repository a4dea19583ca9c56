/**
 * The characters that belong to one Chinese script only, derived from OpenCC's data.
 */

import hkVariants from 'opencc-js/dict/HKVariants';
import hkVariantsRev from 'opencc-js/dict/HKVariantsRev';
import stCharacters from 'opencc-js/dict/STCharacters';
import stPhrases from 'opencc-js/dict/STPhrases';
import stRegionalPhrases from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import tsPhrases from 'opencc-js/dict/TSPhrases';
import twPhrases from 'opencc-js/dict/TWPhrases';
import twPhrasesRev from 'opencc-js/dict/TWPhrasesRev';
import twVariants from 'opencc-js/dict/TWVariants';
import twVariantsRev from 'opencc-js/dict/TWVariantsRev';
import { getOpenccConverter } from './get-opencc-converter.js';
import { getOpenccData } from './get-opencc-data.js';
import { getOpenccTable } from './get-opencc-table.js';
import { splitMembers } from './opencc-data.js';

/** Characters written in one script only. */
export interface ScriptSets {
  /** Simplified characters never written in Taiwan Traditional text. */
  simplifiedOnlyTw: ReadonlySet<string>;
  /** Simplified characters never written in Hong Kong Traditional text. */
  simplifiedOnlyHk: ReadonlySet<string>;
  /** Traditional characters (any region's forms) never written in Simplified text. */
  traditionalOnly: ReadonlySet<string>;
}

const han = /\p{Script=Han}/u;

/** Add every Han character of `texts` to `set`. */
function addHan(set: Set<string>, texts: Iterable<string>): Set<string> {
  for (const text of texts) for (const char of text) if (han.test(char)) set.add(char);
  return set;
}

/** All conversions of a table, in table order, without building an array. */
function* conversionsOf(table: Map<string, string[]>): Generator<string> {
  for (const conversions of table.values()) yield* conversions;
}

/** Add every item of every iterable to `set`. */
function addAll<T>(set: Set<T>, ...items: Array<Iterable<T>>): Set<T> {
  for (const iterable of items) for (const item of iterable) set.add(item);
  return set;
}

/** The items of `side` that `other` lacks and that `changes`. */
function only(side: ReadonlySet<string>, other: ReadonlySet<string>, changes: (char: string) => boolean): Set<string> {
  const result = new Set<string>();
  for (const char of side) if (!other.has(char) && changes(char)) result.add(char);
  return result;
}

/**
 * Compute the script-only character sets from OpenCC's dictionaries and converters.
 *
 * Invariant: a character is Simplified-only when it occurs on the Simplified side of
 * OpenCC's data, never on the region's Traditional side (OpenCC-standard Traditional
 * mapped to the region's variants, plus the region's phrase tables), and converting it
 * alone changes it. One-to-many characters such as 干 (干/乾/幹), 后, 里, 台 and 于 occur
 * unchanged in Traditional phrases, so they are shared, never Simplified-only. The
 * Traditional-only set mirrors this with every region's Traditional forms. Depends on the
 * installed opencc-js alone; slow (it loads every dictionary), so `getScriptSets` prefers the
 * copy computed when the tool was built.
 *
 * @returns Three new sets.
 */
export function computeScriptSets(): ScriptSets {
  const st = getOpenccTable(stCharacters);
  const stp = getOpenccTable(stPhrases);
  const ts = getOpenccTable(tsCharacters);
  const tsp = getOpenccTable(tsPhrases);
  const simplifiedSide = new Set<string>();
  for (const texts of [st.keys(), stp.keys(), conversionsOf(ts), conversionsOf(tsp)]) addHan(simplifiedSide, texts);
  const standard = new Set<string>();
  for (const texts of [conversionsOf(st), conversionsOf(stp), conversionsOf(getOpenccTable(stRegionalPhrases)), ts.keys(), tsp.keys()]) {
    addHan(standard, texts);
  }
  const twTable = getOpenccTable(twVariants);
  const hkTable = getOpenccTable(hkVariants);
  const toRegion = (table: Map<string, string[]>): Set<string> => {
    const region = new Set<string>();
    for (const char of standard) region.add(table.get(char)?.[0] ?? char);
    return region;
  };
  const tw = toRegion(twTable);
  for (const texts of [conversionsOf(getOpenccTable(twPhrases)), getOpenccTable(twPhrasesRev).keys(), getOpenccTable(twVariantsRev).keys()]) {
    addHan(tw, texts);
  }
  const hk = addHan(toRegion(hkTable), getOpenccTable(hkVariantsRev).keys());
  const toTw = getOpenccConverter('cn', 'tw');
  const toHk = getOpenccConverter('cn', 'hk');
  const toCn = getOpenccConverter('tw', 'cn');
  const fromHk = getOpenccConverter('hk', 'cn');
  const traditional = addAll(new Set<string>(), standard, tw, hk, twTable.keys(), hkTable.keys());
  return {
    simplifiedOnlyTw: only(simplifiedSide, tw, (char) => toTw(char) !== char),
    simplifiedOnlyHk: only(simplifiedSide, hk, (char) => toHk(char) !== char),
    traditionalOnly: only(traditional, simplifiedSide, (char) => toCn(char) !== char || fromHk(char) !== char),
  };
}

let cached: ScriptSets | undefined;

/**
 * Get (once, then reuse) the script-only character sets.
 *
 * Invariant: equal to `computeScriptSets()`; taken from the sidecar written when the tool
 * was built (for the same opencc-js version) when there is one, so a run loads no OpenCC
 * dictionary, and computed otherwise.
 *
 * @returns The three sets; the same object on every call.
 */
export function getScriptSets(): ScriptSets {
  if (cached !== undefined) return cached;
  const stored = getOpenccData()?.scriptSets;
  cached =
    stored === undefined
      ? computeScriptSets()
      : {
          simplifiedOnlyTw: new Set(splitMembers(stored.simplifiedOnlyTw)),
          simplifiedOnlyHk: new Set(splitMembers(stored.simplifiedOnlyHk)),
          traditionalOnly: new Set(splitMembers(stored.traditionalOnly)),
        };
  return cached;
}

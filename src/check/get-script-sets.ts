/**
 * The characters that belong to one Chinese script only, derived from OpenCC's data.
 */

import { Converter } from 'opencc-js';
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
import { getOpenccTable } from './get-opencc-table.js';

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

/** All conversions of a table, flattened. */
function conversionsOf(table: Map<string, string[]>): string[] {
  return [...table.values()].flat();
}

let cached: ScriptSets | undefined;

/**
 * Compute (once, then reuse) the script-only character sets.
 *
 * Invariant: a character is Simplified-only when it occurs on the Simplified side of
 * OpenCC's data, never on the region's Traditional side (OpenCC-standard Traditional
 * mapped to the region's variants, plus the region's phrase tables), and converting it
 * alone changes it. One-to-many characters such as 干 (干/乾/幹), 后, 里, 台 and 于 occur
 * unchanged in Traditional phrases, so they are shared, never Simplified-only. The
 * Traditional-only set mirrors this with every region's Traditional forms.
 *
 * @returns The three sets; the same object on every call.
 */
export function getScriptSets(): ScriptSets {
  if (cached !== undefined) return cached;
  const st = getOpenccTable(stCharacters);
  const stp = getOpenccTable(stPhrases);
  const ts = getOpenccTable(tsCharacters);
  const tsp = getOpenccTable(tsPhrases);
  const simplifiedSide = addHan(new Set(), [...st.keys(), ...stp.keys(), ...conversionsOf(ts), ...conversionsOf(tsp)]);
  const standard = addHan(new Set(), [
    ...conversionsOf(st),
    ...conversionsOf(stp),
    ...conversionsOf(getOpenccTable(stRegionalPhrases)),
    ...ts.keys(),
    ...tsp.keys(),
  ]);
  const twTable = getOpenccTable(twVariants);
  const hkTable = getOpenccTable(hkVariants);
  const toRegion = (table: Map<string, string[]>): Set<string> =>
    new Set([...standard].map((char) => table.get(char)?.[0] ?? char));
  const tw = addHan(toRegion(twTable), [
    ...conversionsOf(getOpenccTable(twPhrases)),
    ...getOpenccTable(twPhrasesRev).keys(),
    ...getOpenccTable(twVariantsRev).keys(),
  ]);
  const hk = addHan(toRegion(hkTable), getOpenccTable(hkVariantsRev).keys());
  const toTw = Converter({ from: 'cn', to: 'tw' });
  const toHk = Converter({ from: 'cn', to: 'hk' });
  const toCn = Converter({ from: 'tw', to: 'cn' });
  const fromHk = Converter({ from: 'hk', to: 'cn' });
  const only = (side: Set<string>, other: Set<string>, changes: (char: string) => boolean): Set<string> =>
    new Set([...side].filter((char) => !other.has(char) && changes(char)));
  const traditional = new Set([...standard, ...tw, ...hk, ...twTable.keys(), ...hkTable.keys()]);
  cached = {
    simplifiedOnlyTw: only(simplifiedSide, tw, (char) => toTw(char) !== char),
    simplifiedOnlyHk: only(simplifiedSide, hk, (char) => toHk(char) !== char),
    traditionalOnly: only(traditional, simplifiedSide, (char) => toCn(char) !== char || fromHk(char) !== char),
  };
  return cached;
}

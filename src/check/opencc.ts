/**
 * OpenCC's data as the check needs it: its dictionaries as tables, converters between
 * regions, and the characters written in one script only.
 */
import { ConverterBuilder } from 'opencc-js/core';
import * as preset from 'opencc-js/preset';
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

/**
 * Turn an opencc-js dictionary string (`from to…|from to…`) into a map from each phrase
 * to its conversions.
 *
 * Every key maps to at least one conversion; an entry without a conversion is
 * skipped; a repeated key keeps its first entry, as OpenCC's own loader does.
 *
 * @param dictionary The dictionary text exported by `opencc-js/dict/<Name>`.
 * @returns A map from phrase to its conversions, in dictionary order.
 */
export function getOpenccTable(dictionary: string): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const entry of dictionary.split('|')) {
    const [phrase, ...conversions] = entry.split(' ').filter((part) => part !== '');
    if (phrase === undefined || conversions.length === 0 || table.has(phrase)) continue;
    table.set(phrase, conversions);
  }
  return table;
}

/**
 * OpenCC's converters built from its preset, whose dictionaries are the same modules the
 * check's tables import (the package's all-in-one build holds a second copy of each).
 */
const Converter = ConverterBuilder(preset);

/** A region OpenCC converts from or to. */
export type OpenccRegion = 'cn' | 'tw' | 'hk';

/** Converts a whole text with OpenCC. */
export type OpenccConvert = (text: string) => string;

/**
 * Build OpenCC's converter between two regions (its dictionaries loaded into tries: the costly
 * part, so callers keep it, see `ChineseTables`).
 * @param from The region of the input text.
 * @param to The region to convert to.
 * @returns The converter.
 */
function createOpenccConverter(from: OpenccRegion, to: OpenccRegion): OpenccConvert {
  return Converter({ from, to });
}

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
 * a character is Simplified-only when it occurs on the Simplified side of
 * OpenCC's data, never on the region's Traditional side (OpenCC-standard Traditional
 * mapped to the region's variants, plus the region's phrase tables), and converting it
 * alone changes it. One-to-many characters such as 干 (干/乾/幹), 后, 里, 台 and 于 occur
 * unchanged in Traditional phrases, so they are shared, never Simplified-only. The
 * Traditional-only set mirrors this with every region's Traditional forms. Depends on the
 * installed opencc-js alone.
 *
 * @returns Three new sets.
 */
function computeScriptSets(convert: (from: OpenccRegion, to: OpenccRegion) => OpenccConvert): ScriptSets {
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
  const toTw = convert('cn', 'tw');
  const toHk = convert('cn', 'hk');
  const toCn = convert('tw', 'cn');
  const fromHk = convert('hk', 'cn');
  const traditional = addAll(new Set<string>(), standard, tw, hk, twTable.keys(), hkTable.keys());
  return {
    simplifiedOnlyTw: only(simplifiedSide, tw, (char) => toTw(char) !== char),
    simplifiedOnlyHk: only(simplifiedSide, hk, (char) => toHk(char) !== char),
    traditionalOnly: only(traditional, simplifiedSide, (char) => toCn(char) !== char || fromHk(char) !== char),
  };
}

/** OpenCC's data as the check needs it: built once per run, when a language is Chinese. */
export interface ChineseTables {
  /** The script-only character sets. */
  sets: ScriptSets;
  /** The converter between two regions, built on first use and kept with the tables. */
  convert(from: OpenccRegion, to: OpenccRegion): OpenccConvert;
}

/**
 * Build the tables (it loads every OpenCC dictionary, about a second): create them once per run
 * and hand them to every language that needs them.
 * @returns The tables.
 */
export function buildChineseTables(): ChineseTables {
  const converters = new Map<string, OpenccConvert>();
  const convert = (from: OpenccRegion, to: OpenccRegion): OpenccConvert => {
    const name = `${from}-${to}`;
    let converter = converters.get(name);
    if (converter === undefined) converters.set(name, (converter = createOpenccConverter(from, to)));
    return converter;
  };
  return { sets: computeScriptSets(convert), convert };
}

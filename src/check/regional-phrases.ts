/**
 * Build the phrase table the `regional-term` rule matches: words of the other region
 * mapped to the region's own words, plus words that are correct in the region.
 */
import hkPhrases from 'opencc-js/dict/HKPhrases';
import twPhrases from 'opencc-js/dict/TWPhrases';
import twPhrasesRev from 'opencc-js/dict/TWPhrasesRev';
import { getOpenccConverter, getOpenccTable } from './opencc.js';
import type { Glossary, GlossaryTerm } from './glossary-read.js';
import { regionalAllowedTerms } from './regional-terms.js';

/** Phrase → the region's word, or `null` for a phrase that is correct as it is. */
export type RegionalPhrases = ReadonlyMap<string, string | null>;

/** A region whose usage is expected. */
type Region = 'tw' | 'hk' | 'cn';

/**
 * Compute the OpenCC part of a region's phrase table.
 *
 * Invariant: depends on the installed opencc-js alone. For `tw` and `hk`, OpenCC's
 * mainland → region phrases; for `cn`, its Taiwan → mainland phrases converted to
 * Simplified (the first entry of a converted phrase wins). A phrase whose region word is
 * itself maps to `null`.
 *
 * @param region `tw`, `hk` or `cn`.
 * @returns The entries, in dictionary order.
 */
export function computeOpenccRegionalPhrases(region: Region): Array<[string, string | null]> {
  const table = new Map<string, string | null>();
  if (region === 'cn') {
    const toSimplified = getOpenccConverter('tw', 'cn');
    for (const [taiwan, [mainland]] of getOpenccTable(twPhrasesRev)) {
      const term = toSimplified(taiwan);
      const expected = toSimplified(mainland ?? taiwan);
      if (!table.has(term)) table.set(term, term === expected ? null : expected);
    }
  } else {
    for (const [mainland, [local]] of getOpenccTable(region === 'tw' ? twPhrases : hkPhrases)) {
      table.set(mainland, local === undefined || local === mainland ? null : local);
    }
  }
  return [...table];
}

const baseTables = new Map<Region, Map<string, string | null>>();

/** The OpenCC-derived table of a region with this module's additions, built once. */
function getBaseTable(region: Region): Map<string, string | null> {
  const known = baseTables.get(region);
  if (known !== undefined) return known;
  const table = new Map(computeOpenccRegionalPhrases(region));
  if (region !== 'hk') {
    for (const addition of regionalTermAdditions[region]) table.set(addition.term, addition.expected);
    for (const allowed of regionalAllowedTerms[region]) table.set(allowed.term, null);
  }
  baseTables.set(region, table);
  return table;
}

/** Tables with a glossary folded in, by the glossary's terms and region. */
const glossaryTables = new WeakMap<readonly GlossaryTerm[], Map<Region, RegionalPhrases>>();

/**
 * Get the phrase table for a region, with a glossary's terms folded in.
 *
 * Invariant: a glossary target that is accepted (not forbidden) is always `null`, so a term
 * the glossary asks for is never reported; a forbidden target that the glossary accepts
 * nowhere becomes a regional term pointing at the accepted targets of the same source (a
 * forbidden target accepted for another source, like 资料 for "materials", is left to the
 * source-aware `glossary-forbidden` rule). The table is built once per region and glossary
 * (glossaries are not changed once read), so every unit of a language shares it.
 *
 * @param region Whose usage is expected: `tw`, `hk` or `cn`.
 * @param glossary The target language's glossary, or `undefined`.
 * @returns The table; the base table itself when there is no glossary.
 */
export function getRegionalPhrases(region: Region, glossary: Glossary | undefined): RegionalPhrases {
  const base = getBaseTable(region);
  if (glossary === undefined || glossary.terms.length === 0) return base;
  let byRegion = glossaryTables.get(glossary.terms);
  if (byRegion === undefined) {
    byRegion = new Map();
    glossaryTables.set(glossary.terms, byRegion);
  }
  let table = byRegion.get(region);
  if (table === undefined) {
    table = foldGlossary(base, glossary.terms);
    byRegion.set(region, table);
  }
  return table;
}

/** A copy of `base` with the glossary's accepted and forbidden targets. */
function foldGlossary(base: RegionalPhrases, terms: readonly GlossaryTerm[]): RegionalPhrases {
  const table = new Map(base);
  const accepted = new Set<string>();
  for (const term of terms) if (!term.forbidden && term.target !== undefined) accepted.add(term.target);
  for (const term of terms) {
    if (!term.forbidden || term.target === undefined || accepted.has(term.target)) continue;
    const source = term.source.toLowerCase();
    const expected = terms
      .filter((other) => !other.forbidden && other.target !== undefined && other.source.toLowerCase() === source)
      .map((other) => other.target)
      .join('／');
    table.set(term.target, expected === '' ? (base.get(term.target) ?? '') : expected);
  }
  for (const target of accepted) table.set(target, null);
  return table;
}

/** A word of the wrong region, its replacement, and why. */
export interface RegionalTermAddition {
  /** The word of the other region, in the checked text's script. */
  term: string;
  /** The region's own word. */
  expected: string;
  /** Why it is regional. */
  reason: string;
}

/**
 * Additions per region (`tw`: mainland words in Taiwan text; `cn`: Taiwan words in
 * mainland text).
 *
 * Invariant: no entry repeats a phrase of OpenCC's own table.
 */
export const regionalTermAdditions: Readonly<Record<'tw' | 'cn', readonly RegionalTermAddition[]>> = {
  tw: [
    { term: '質量', expected: '品質', reason: 'mainland word for quality (質量 is mass in Taiwan)' },
    { term: '渠道', expected: '管道', reason: 'mainland word for a channel' },
    { term: '反饋', expected: '回饋', reason: 'mainland word for feedback' },
    { term: '許可證', expected: '授權條款', reason: 'a software licence is 授權條款 in Taiwan (許可證 is a permit)' },
    { term: '營銷', expected: '行銷', reason: 'mainland word for marketing' },
    { term: '運營', expected: '營運', reason: 'mainland word for operations' },
  ],
  cn: [
    { term: '开放原始码', expected: '开源', reason: 'Taiwan phrase for open source' },
    { term: '授权条款', expected: '许可证', reason: 'Taiwan phrase for a software licence' },
    { term: '品质', expected: '质量', reason: 'Taiwan word for quality' },
  ],
};

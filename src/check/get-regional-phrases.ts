/**
 * Build the phrase table the `regional-term` rule matches: words of the other region
 * mapped to the region's own words, plus words that are correct in the region.
 */

import { Converter } from 'opencc-js';
import hkPhrases from 'opencc-js/dict/HKPhrases';
import twPhrases from 'opencc-js/dict/TWPhrases';
import twPhrasesRev from 'opencc-js/dict/TWPhrasesRev';
import { getOpenccTable } from './get-opencc-table.js';
import type { Glossary } from './glossary-term.js';
import { regionalTermAdditions } from './regional-term-additions.js';
import { regionalAllowedTerms } from './regional-term-allowed.js';

/** Phrase → the region's word, or `null` for a phrase that is correct as it is. */
export type RegionalPhrases = ReadonlyMap<string, string | null>;

const cache = new Map<string, Map<string, string | null>>();

/** The OpenCC-derived table of a region, built once. */
function getBaseTable(region: 'tw' | 'hk' | 'cn'): Map<string, string | null> {
  const known = cache.get(region);
  if (known !== undefined) return known;
  const table = new Map<string, string | null>();
  if (region === 'cn') {
    const toSimplified = Converter({ from: 'tw', to: 'cn' });
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
  if (region !== 'hk') {
    for (const addition of regionalTermAdditions[region]) table.set(addition.term, addition.expected);
    for (const allowed of regionalAllowedTerms[region]) table.set(allowed.term, null);
  }
  cache.set(region, table);
  return table;
}

/**
 * Get the phrase table for a region, with a glossary's terms folded in.
 *
 * Invariant: a glossary target that is accepted (not forbidden) is always `null`, so a term
 * the glossary asks for is never reported; a forbidden target that the glossary accepts
 * nowhere becomes a regional term pointing at the accepted targets of the same source (a
 * forbidden target accepted for another source, like 资料 for "materials", is left to the
 * source-aware `glossary-forbidden` rule).
 *
 * @param region Whose usage is expected: `tw`, `hk` or `cn`.
 * @param glossary The target language's glossary, or `undefined`.
 * @returns The table; the base table itself when there is no glossary.
 */
export function getRegionalPhrases(region: 'tw' | 'hk' | 'cn', glossary: Glossary | undefined): RegionalPhrases {
  const base = getBaseTable(region);
  if (glossary === undefined || glossary.terms.length === 0) return base;
  const table = new Map(base);
  const accepted = new Set<string>();
  for (const term of glossary.terms) if (!term.forbidden && term.target !== undefined) accepted.add(term.target);
  for (const term of glossary.terms) {
    if (!term.forbidden || term.target === undefined || accepted.has(term.target)) continue;
    const source = term.source.toLowerCase();
    const expected = glossary.terms
      .filter((other) => !other.forbidden && other.target !== undefined && other.source.toLowerCase() === source)
      .map((other) => other.target)
      .join('／');
    table.set(term.target, expected === '' ? (base.get(term.target) ?? '') : expected);
  }
  for (const target of accepted) table.set(target, null);
  return table;
}

import { describe, expect, it } from 'vitest';
import { findRegionalTerms, type Glossary, type GlossaryTerm } from '../../src/check/index.js';
import { buildRegionalPhrases } from '../../src/check/regional-phrases.js';
import { createRegionalMatcher } from '../../src/check/regional-terms.js';
import { getTables, rulesFor } from '../support/language-rules.js';

describe('createRegionalMatcher', () => {
  it('should list the lengths of the phrases starting with each code unit, longest first', () => {
    const table = new Map([
      ['ab', 1],
      ['a', 2],
      ['abcd', 3],
      ['b', 4],
      ['', 5],
      ['😀x', 6],
    ]);
    const index = createRegionalMatcher(table as unknown as Map<string, string | null>).lengths;
    expect([...index]).toEqual([
      [0x61, [4, 2, 1]],
      [0x62, [1]],
      [0xd83d, [3]],
    ]);
  });
});

describe('buildRegionalPhrases with a glossary', () => {
  const data = (target: string, forbidden: boolean): GlossaryTerm => ({ source: 'data', target, forbidden, readOnly: false, line: 1 });
  const glossary: Glossary = { lang: 'zh-Hant', file: 'glossary/zh-Hant.tbx', terms: [data('資料', false), data('數據', true)] };

  it('should make an accepted target right and a forbidden one a regional term pointing at it', () => {
    const table = buildRegionalPhrases('tw', glossary, getTables());
    expect(table.get('數據')).toBe('資料');
    expect(table.get('資料')).toBeNull();
  });

  it('should still match leftmost-longest, past astral characters', () => {
    expect(findRegionalTerms('😀數據庫與數據', rulesFor('zh-Hant', glossary).regional ?? createRegionalMatcher(new Map()))).toEqual([
      { index: 2, term: '數據庫', expected: '資料庫' },
      { index: 6, term: '數據', expected: '資料' },
    ]);
  });
});

import fc from 'fast-check';
import { prepareGlossary } from '../../src/check/glossary-rules.js';
import { describe, expect, it } from 'vitest';
import { findGlossaryIssues, findTermMatches, type Glossary, type GlossaryTerm } from '../../src/check/index.js';

/** The indexes of a term's matches. */
const at = (text: string, term: string, mode?: 'word' | 'exact-word' | 'contains' | 'verbatim'): number[] =>
  findTermMatches(text, term, mode === undefined ? undefined : { mode }).map((match) => match.index);

describe('findTermMatches never skips a text that holds the term', () => {
  it('should match characters that fold to ASCII letters (ſ, the Kelvin sign)', () => {
    expect(at('open ſource ſoftware', 'source')).toEqual([5]);
    expect(at('OPEN ſOURCE', 'open source', 'contains')).toEqual([0]);
    expect(at('\u212Aubernetes clusters', 'kubernetes', 'exact-word')).toEqual([0]);
  });

  it('should find a term after characters whose lower case is longer (İ)', () => {
    expect(at('İstanbul users', 'user')).toEqual([9]);
    expect(findTermMatches('İİ USER', 'user')).toEqual([{ index: 3, length: 4 }]);
  });

  it('should match the consonant-y plural, which drops the final y', () => {
    expect(at('Policies', 'policy')).toEqual([0]);
    expect(at('Policies and a POLICY', 'policy')).toEqual([0, 15]);
  });

  it('should match Latin terms with letters outside ASCII in any case', () => {
    expect(at('die GRÖßE zählt', 'größe', 'contains')).toEqual([4]);
    expect(at('Çà et là', 'çà', 'exact-word')).toEqual([0]);
  });

  it('should match verbatim terms across any white space', () => {
    expect(at('開源\u3000軟體', '開源 軟體', 'verbatim')).toEqual([0]);
    expect(at('OSPO  Lead', 'OSPO Lead', 'verbatim')).toEqual([0]);
    expect(at('ospo lead', 'OSPO Lead', 'verbatim')).toEqual([]);
  });

  it('should give the same matches whether or not the text has a folding character', () => {
    const word = fc.stringMatching(/^[a-zA-Z]{2,6}$/);
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.constantFrom(' ', '\n', 'É', '軟體', '-', 's', 'ies')), { maxLength: 12 }), word, (parts, term) => {
        const text = parts.join('');
        const folded = `${text} \u017F`;
        for (const mode of ['word', 'exact-word', 'contains', 'verbatim'] as const) {
          const plain = findTermMatches(text, term, { mode });
          const withFold = findTermMatches(folded, term, { mode }).filter((match) => match.index + match.length <= text.length);
          expect(withFold, `${mode}: ${JSON.stringify([text, term])}`).toEqual(plain);
        }
      }),
    );
  });
});

describe('findGlossaryIssues with a glossary used for many units', () => {
  const term = (source: string, target: string, forbidden = false): GlossaryTerm => ({ source, target, forbidden, readOnly: false, line: 1 });
  const glossary: Glossary = {
    lang: 'zh-Hant',
    file: 'glossary/zh-Hant.tbx',
    terms: [term('bill of materials', '物料清單'), term('materials', '材料'), term('software', '軟體'), term('software', '軟件', true)],
  };

  it('should give the same issues on every call with the same prepared glossary', () => {
    const prepared = prepareGlossary(glossary);
    const first = findGlossaryIssues('A software bill of materials lists materials.', '軟件物料清單', prepared);
    expect(first.map((issue) => [issue.rule, issue.source])).toEqual([
      ['glossary-required', 'materials'],
      ['glossary-forbidden', 'software'],
    ]);
    expect(findGlossaryIssues('A software bill of materials lists materials.', '軟件物料清單', prepared)).toEqual(first);
    expect(findGlossaryIssues('A bill of materials.', '物料清單', prepared)).toEqual([]);
  });
});

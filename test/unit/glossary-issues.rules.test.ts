import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findGlossaryIssues, findTermMatches, readGlossary, type Glossary } from '../../src/check/index.js';
import { prepareGlossary } from '../../src/check/glossary-rules.js';

const glossaryOf = (lang: string): Glossary =>
  readGlossary(readFileSync(new URL(`../../glossary/${lang}.tbx`, import.meta.url), 'utf8'), `glossary/${lang}.tbx`).glossary;
const zhHant = glossaryOf('zh-Hant');
const fr = glossaryOf('fr');

/** The issues as `rule: message` strings. */
const issues = (source: string, translation: string, glossary: Glossary): string[] =>
  findGlossaryIssues(source, translation, prepareGlossary(glossary)).map((issue) => `${issue.rule}: ${issue.message}`);

describe('findTermMatches', () => {
  it('should match English whole words case-insensitively, plurals included', () => {
    expect(findTermMatches('Communities and a community; COMMUNITY-led, but not communitybased', 'community')).toEqual([
      { index: 0, length: 11 },
      { index: 18, length: 9 },
      { index: 29, length: 9 },
    ]);
    expect(findTermMatches('users, a user, reuse', 'user').map((match) => match.index)).toEqual([0, 9]);
    expect(findTermMatches('metadata, data, database', 'data').map((match) => match.index)).toEqual([10]);
  });

  it('should match multi-word terms across any whitespace', () => {
    expect(findTermMatches('its source\ncode and Source Code', 'source code')).toEqual([
      { index: 4, length: 11 },
      { index: 20, length: 11 },
    ]);
  });

  it('should match Chinese terms anywhere', () => {
    expect(findTermMatches('開源軟體與軟體', '軟體')).toEqual([
      { index: 2, length: 2 },
      { index: 5, length: 2 },
    ]);
  });

  it('should match verbatim terms with case', () => {
    expect(findTermMatches('ospo OSPO OSPOs', 'OSPO', { mode: 'verbatim' }).map((match) => match.index)).toEqual([5, 10]);
  });

  it('should match nothing for an empty term', () => {
    expect(findTermMatches('text', ' ')).toEqual([]);
  });
});

describe('findGlossaryIssues for required terms', () => {
  it('should accept the required target', () => {
    expect(issues('Open source software needs a community.', '開源軟體需要社群。', zhHant)).toEqual([]);
  });

  it('should report a missing required target', () => {
    expect(issues('The server stores the data.', '主機儲存這些內容。', zhHant)).toEqual([
      'glossary-required: "data" must be translated as "資料" (glossary)',
      'glossary-required: "server" must be translated as "伺服器" (glossary)',
    ]);
  });

  it('should not check a term that occurs only inside a longer glossary term', () => {
    const glossary: Glossary = {
      lang: 'zh-Hant',
      file: 'g.tbx',
      terms: [
        { source: 'source', target: '來源', forbidden: false, readOnly: false, line: 1 },
        { source: 'source code', target: '原始碼', forbidden: false, readOnly: false, line: 2 },
      ],
    };
    expect(issues('Publish the source code.', '公開原始碼。', glossary)).toEqual([]);
  });

  it('should match Latin targets case-insensitively anywhere (plurals, compounds)', () => {
    expect(issues('Our software users', 'Nos Logiciels et leurs utilisateurs', fr)).toEqual([]);
  });
});

describe('findGlossaryIssues for read-only terms', () => {
  it('should require a read-only term verbatim', () => {
    expect(issues('The OSPO and InnerSource in GGI', '開源計畫辦公室與內部開源', zhHant)).toEqual([
      'glossary-required: "OSPO" is a read-only term: keep it unchanged in the translation',
      'glossary-required: "InnerSource" is a read-only term: keep it unchanged in the translation',
      'glossary-required: "GGI" is a read-only term: keep it unchanged in the translation',
    ]);
  });

  it('should accept a read-only term kept as written', () => {
    expect(issues('See GGI-A-12 and the OSPO.', '參見 GGI-A-12 與 OSPO。', zhHant)).toEqual([]);
  });
});

describe('findGlossaryIssues for forbidden terms', () => {
  it('should report a forbidden target with its position and advice, and not the missing target again', () => {
    expect(findGlossaryIssues('Choose software.', '選擇軟件。', prepareGlossary(zhHant))).toEqual([
      { rule: 'glossary-forbidden', source: 'software', term: '軟件', index: 2, message: '"軟件" is a forbidden translation of "software"; use "軟體"' },
    ]);
  });

  it('should only report a forbidden target when its English term is in the source', () => {
    expect(issues('Keep the materials.', '保存這些數據。', zhHant)).toEqual([]);
  });

  it('should match forbidden Latin targets as whole words', () => {
    expect(issues('The data', 'Les datas et les données', fr)).toEqual(['glossary-forbidden: "datas" is a forbidden translation of "data"; use "données"']);
    expect(issues('The data', 'Les données (datasets)', fr)).toEqual([]);
  });
});

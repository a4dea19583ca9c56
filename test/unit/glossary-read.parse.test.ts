import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGlossary } from '../../src/check/index.js';

const languages = ['zh-Hant', 'zh-Hans', 'fr', 'de'] as const;
const sample = (lang: string): string => readFileSync(new URL(`../../glossary/${lang}.tbx`, import.meta.url), 'utf8');

/** Wrap term entries in a TBX document (entries start on line 4). */
const tbx = (entries: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en">\n<text><body>\n${entries}\n</body></text>\n</martif>\n`;

describe('readGlossary on sound files', () => {
  it('should read source, target, flags, note and line', () => {
    const xml = tbx(
      [
        '<termEntry id="a"><langSet xml:lang="en"><tig><term>software</term></tig></langSet><langSet xml:lang="zh-Hant"><tig><term>軟體</term></tig></langSet></termEntry>',
        '<termEntry id="b">',
        '  <descrip>Mainland usage.</descrip>',
        '  <langSet xml:lang="en"><tig><term>software</term></tig></langSet>',
        '  <langSet xml:lang="zh-Hant"><tig><term>軟件</term><termNote type="administrativeStatus">forbidden</termNote></tig></langSet>',
        '</termEntry>',
        '<termEntry id="c"><descrip type="Translation needed">no</descrip><langSet xml:lang="en"><ntig><termGrp><term>OSPO</term></termGrp></ntig></langSet></termEntry>',
        '<termEntry id="d"><langSet xml:lang="en"><tig><term>GGI</term></tig></langSet><langSet xml:lang="zh_Hant"><tig><term>GGI</term><termNote type="translationNote">no</termNote></tig></langSet></termEntry>',
      ].join('\n'),
    );
    expect(readGlossary(xml, 'glossary/zh-Hant.tbx')).toEqual({
      glossary: {
        lang: 'zh-Hant',
        file: 'glossary/zh-Hant.tbx',
        terms: [
          { source: 'software', target: '軟體', forbidden: false, readOnly: false, line: 4 },
          { source: 'software', target: '軟件', forbidden: true, readOnly: false, note: 'Mainland usage.', line: 5 },
          { source: 'OSPO', target: 'OSPO', forbidden: false, readOnly: true, line: 10 },
          { source: 'GGI', target: 'GGI', forbidden: false, readOnly: true, line: 11 },
        ],
      },
      findings: [],
    });
  });

  it('should treat obsolete as forbidden, as Weblate does', () => {
    const xml = tbx('<termEntry><langSet xml:lang="en"><tig><term>data</term></tig></langSet><langSet xml:lang="fr"><tig><term>datas</term><termNote type="administrativeStatus">obsolete</termNote></tig></langSet></termEntry>');
    expect(readGlossary(xml, 'glossary/fr.tbx').glossary.terms).toEqual([{ source: 'data', target: 'datas', forbidden: true, readOnly: false, line: 4 }]);
  });

  it('should leave out the target of an entry without one', () => {
    const xml = tbx('<termEntry><langSet xml:lang="en"><tig><term>roadmap</term></tig></langSet></termEntry>');
    expect(readGlossary(xml, 'glossary/de.tbx').glossary.terms).toEqual([{ source: 'roadmap', forbidden: false, readOnly: false, line: 4 }]);
  });

  it('should decode entities in terms', () => {
    const xml = tbx('<termEntry><langSet xml:lang="en"><tig><term>R&amp;D</term></tig></langSet><langSet xml:lang="fr"><tig><term>R&amp;D</term></tig></langSet></termEntry>');
    expect(readGlossary(xml, 'glossary/fr.tbx').glossary.terms[0]?.source).toBe('R&D');
  });
});

describe('readGlossary on broken files', () => {
  it('should report XML that is not well-formed at its line', () => {
    const xml = tbx('<termEntry>\n<langSet xml:lang="en"><tig><term>software</tig></langSet>\n</termEntry>');
    expect(readGlossary(xml, 'glossary/zh-Hant.tbx')).toEqual({
      glossary: { lang: 'zh-Hant', file: 'glossary/zh-Hant.tbx', terms: [] },
      findings: [
        {
          rule: 'locale-file',
          severity: 'error',
          lang: 'zh-Hant',
          file: 'glossary/zh-Hant.tbx',
          line: 5,
          message: "glossary/zh-Hant.tbx is not well-formed XML: Expected closing tag 'term' (opened in line 5, col 29) instead of closing tag 'tig'.",
        },
      ],
    });
  });

  it('should report a langSet without a language at its line and keep the other entries', () => {
    const xml = tbx(
      [
        '<termEntry><langSet xml:lang="en"><tig><term>data</term></tig></langSet><langSet xml:lang="de"><tig><term>Daten</term></tig></langSet></termEntry>',
        '<termEntry>',
        '  <langSet xml:lang="en"><tig><term>user</term></tig></langSet>',
        '  <langSet><tig><term>Nutzer</term></tig></langSet>',
        '</termEntry>',
      ].join('\n'),
    );
    const { glossary, findings } = readGlossary(xml, 'glossary/de.tbx');
    expect(glossary.terms.map((term) => term.source)).toEqual(['data']);
    expect(findings).toEqual([
      { rule: 'locale-file', severity: 'error', lang: 'de', file: 'glossary/de.tbx', line: 7, message: 'a <langSet> of this term entry has no xml:lang attribute' },
    ]);
  });

  it('should report an entry without an English term', () => {
    const xml = tbx('\n<termEntry><langSet xml:lang="de"><tig><term>Nutzer</term></tig></langSet></termEntry>');
    expect(readGlossary(xml, 'glossary/de.tbx').findings).toEqual([
      { rule: 'locale-file', severity: 'error', lang: 'de', file: 'glossary/de.tbx', line: 5, message: 'this term entry has no en term' },
    ]);
  });

  it('should report a document that is not TBX', () => {
    expect(readGlossary('<glossary/>', 'glossary/fr.tbx').findings).toEqual([
      { rule: 'locale-file', severity: 'error', lang: 'fr', file: 'glossary/fr.tbx', line: 1, message: 'glossary/fr.tbx is not a TBX glossary: the root element must be <martif>' },
    ]);
  });
});

describe('the sample glossaries', () => {
  it.each(languages)('should read glossary/%s.tbx without findings, with forbidden and read-only terms', (lang) => {
    const { glossary, findings } = readGlossary(sample(lang), `glossary/${lang}.tbx`);
    expect(findings).toEqual([]);
    expect(glossary.terms.filter((term) => term.readOnly).map((term) => term.target)).toEqual(['OSPO', 'InnerSource', 'GGI', 'Weblate']);
    expect(glossary.terms.some((term) => term.forbidden)).toBe(true);
  });

  it('should hold Taiwan usage for zh-Hant', () => {
    const { glossary } = readGlossary(sample('zh-Hant'), 'glossary/zh-Hant.tbx');
    const pick = (forbidden: boolean): string[] => glossary.terms.filter((term) => term.forbidden === forbidden && !term.readOnly).map((term) => `${term.source}=${term.target ?? ''}`);
    expect(pick(false)).toEqual([
      'bills of materials=物料清單', 'bill of materials=物料清單', 'software=軟體', 'data=資料', 'community=社群', 'server=伺服器', 'project=專案', 'information=資訊', 'source code=原始碼',
      'user=使用者', 'intellectual property=智慧財產權', 'open source=開源', 'governance=治理', 'license=授權',
    ]);
    expect(pick(true)).toEqual(['software=軟件', 'data=數據', 'community=社區', 'server=服務器', 'project=項目', 'information=信息']);
  });

  const python = '/usr/bin/python3';
  const hasToolkit = existsSync(python) && (() => {
    try {
      execFileSync(python, ['-c', 'from translate.storage import tbx']);
      return true;
    } catch {
      return false;
    }
  })();

  it.runIf(hasToolkit).each(languages)('should load glossary/%s.tbx with translate-toolkit with the same terms', (lang) => {
    const script = 'import sys, json\nfrom translate.storage import tbx\nstore = tbx.tbxfile.parsestring(open(sys.argv[1], "rb").read())\nprint(json.dumps([[u.source, u.target] for u in store.units]))';
    const file = new URL(`../../glossary/${lang}.tbx`, import.meta.url).pathname;
    const loaded: unknown = JSON.parse(execFileSync(python, ['-c', script, file], { encoding: 'utf8' }));
    const { glossary } = readGlossary(sample(lang), `glossary/${lang}.tbx`);
    expect(loaded).toEqual(glossary.terms.map((term) => [term.source, term.target ?? '']));
  });
});

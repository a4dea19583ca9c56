import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/base/index.js';
import { getUnitFindings, readGlossary, type Glossary } from '../../src/check/index.js';
import { rulesFor } from '../support/language-rules.js';

const glossaryOf = (lang: string): Glossary =>
  readGlossary(readFileSync(new URL(`../../glossary/${lang}.tbx`, import.meta.url), 'utf8'), `glossary/${lang}.tbx`).glossary;
const taiwan = readFileSync(new URL('../fixtures/check/taiwan.txt', import.meta.url), 'utf8');
const mainland = readFileSync(new URL('../fixtures/check/mainland.txt', import.meta.url), 'utf8');

/** Run the unit rules and keep `rule: message`. */
function check(lang: string, source: string, translation: string, glossary?: Glossary): string[] {
  return getUnitFindings({ lang, file: 'handbook/10_introduction.md', line: 7, key: 'introduction-p1-0a1b', source, translation }, rulesFor(lang, glossary))
    .map((finding: Finding) => `${finding.rule}: ${finding.message}`);
}

describe('getUnitFindings', () => {
  it('should carry the unit location and severity error on every finding', () => {
    expect(getUnitFindings({ lang: 'zh-Hant', file: 'handbook/a.md', line: 3, key: 'a-p1', source: 'Software', translation: '软件' }, rulesFor('zh-Hant'))).toEqual([
      { rule: 'simplified-in-traditional', severity: 'error', lang: 'zh-Hant', file: 'handbook/a.md', line: 3, key: 'a-p1', message: 'Simplified characters in Traditional text: 软→軟' },
    ]);
  });

  it('should run every rule on a bad Taiwan translation, each problem once', () => {
    const source = 'The OSPO helps the community share software and data with users.';
    const translation = '开源办公室协助社區與用戶分享軟件和數據，数据也是。';
    expect(check('zh-Hant', source, translation, glossaryOf('zh-Hant'))).toEqual([
      'simplified-in-traditional: Simplified characters in Traditional text: 开→開, 办→辦, 协→協, 数→數',
      'glossary-forbidden: "軟件" is a forbidden translation of "software"; use "軟體"',
      'glossary-forbidden: "數據" is a forbidden translation of "data"; use "資料"',
      'glossary-forbidden: "社區" is a forbidden translation of "community"; use "社群"',
      'glossary-required: "user" must be translated as "使用者" (glossary)',
      'glossary-required: "OSPO" is a read-only term: keep it unchanged in the translation',
      'regional-term: "用戶" is mainland usage; Taiwan usage is "使用者"',
    ]);
  });

  it('should report regional terms without a glossary', () => {
    expect(check('zh-Hant', 'Use the server.', '使用服務器，服務器很快。')).toEqual(['regional-term: "服務器" is mainland usage; Taiwan usage is "伺服器"']);
  });

  it('should report Taiwan usage in mainland text', () => {
    expect(check('zh-Hans', 'Use the software.', '使用这个软体。', glossaryOf('zh-Hans'))).toEqual([
      'glossary-forbidden: "软体" is a forbidden translation of "software"; use "软件"',
    ]);
    expect(check('zh-Hans', 'Use it.', '後台软体')).toEqual([
      'simplified-in-traditional: Traditional characters in Simplified text: 後→后',
      'regional-term: "软体" is Taiwan usage; mainland usage is "软件"',
    ]);
  });

  it('should stay silent on good Taiwan and mainland text', () => {
    expect(check('zh-Hant', 'Open source software, the OSPO, data and the community.', taiwan, glossaryOf('zh-Hant'))).toEqual([]);
    expect(check('zh-Hans', 'Open source software, the OSPO and the community.', mainland, glossaryOf('zh-Hans'))).toEqual([]);
  });

  it('should run only the glossary on other languages', () => {
    expect(check('fr', 'Open source software', 'Logiciel open source 软件', glossaryOf('fr'))).toEqual([]);
    expect(check('de', 'The source code', 'Der Sourcecode', glossaryOf('de'))).toEqual([
      'glossary-forbidden: "Sourcecode" is a forbidden translation of "source code"; use "Quellcode"',
    ]);
  });

  it('should give nothing for an empty translation', () => {
    expect(check('zh-Hant', 'Software', '  ')).toEqual([]);
  });
});

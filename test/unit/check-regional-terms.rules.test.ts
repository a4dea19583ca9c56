import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findRegionalTerms, readGlossary, regionalAllowedTerms, regionalTermAdditions, type Glossary } from '../../src/check/index.js';
import { rulesFor } from '../support/language-rules.js';

const taiwan = readFileSync(new URL('../fixtures/check/taiwan.txt', import.meta.url), 'utf8');
const mainland = readFileSync(new URL('../fixtures/check/mainland.txt', import.meta.url), 'utf8');
const glossaryOf = (lang: string): Glossary =>
  readGlossary(readFileSync(new URL(`../../glossary/${lang}.tbx`, import.meta.url), 'utf8'), `glossary/${lang}.tbx`).glossary;

const noRegional = { phrases: new Map(), lengths: new Map() };

/** The regional terms as `term→expected@index` strings. */
const terms = (text: string, lang: string, glossary?: Glossary): string[] =>
  findRegionalTerms(text, rulesFor(lang, glossary).regional ?? noRegional).map((found) => `${found.term}→${found.expected}@${found.index}`);

describe('findRegionalTerms in Taiwan text', () => {
  it('should report mainland vocabulary written in Traditional characters', () => {
    expect(terms('軟件 數據 服務器 社區 項目 信息 程序 默認 網絡 用戶 視頻 知識產權', 'zh-Hant')).toEqual([
      '軟件→軟體@0',
      '數據→資料@3',
      '服務器→伺服器@6',
      '社區→社群@10',
      '項目→專案@13',
      '信息→資訊@16',
      '程序→程式@19',
      '默認→預設@22',
      '網絡→網路@25',
      '用戶→使用者@28',
      '視頻→影片@31',
      '知識產權→智慧財產權@34',
    ]);
  });

  it('should match the longest phrase once', () => {
    expect(terms('把數據庫放到服務器', 'zh-Hant')).toEqual(['數據庫→資料庫@1', '服務器→伺服器@6']);
  });

  it('should use the additions missing from OpenCC', () => {
    expect(terms('提升質量並收集反饋', 'zh-Hant')).toEqual(['質量→品質@2', '反饋→回饋@7']);
  });

  it('should let a correct Taiwan compound shield the word inside it', () => {
    expect(terms('審查程序與檢查項目；另一個程序', 'zh-Hant')).toEqual(['程序→程式@13']);
  });

  it('should never report an allowed word', () => {
    const allowed = regionalAllowedTerms.tw.map((entry) => entry.term).join('，');
    expect(terms(allowed, 'zh-Hant')).toEqual([]);
  });

  it('should raise no false alarm on natural Taiwan text', () => {
    expect(terms(taiwan, 'zh-Hant')).toEqual([]);
  });

  it('should raise no false alarm on natural Taiwan text with the glossary', () => {
    expect(terms(taiwan, 'zh-Hant', glossaryOf('zh-Hant'))).toEqual([]);
  });

  it('should never report a target the glossary accepts', () => {
    const glossary: Glossary = { lang: 'zh-Hant', file: 'g.tbx', terms: [{ source: 'item', target: '項目', forbidden: false, readOnly: false, line: 1 }] };
    expect(terms('檢查每個項目', 'zh-Hant', glossary)).toEqual([]);
  });

  it('should report a forbidden glossary target with the accepted target', () => {
    const glossary: Glossary = {
      lang: 'zh-Hant',
      file: 'g.tbx',
      terms: [
        { source: 'repository', target: '儲存庫', forbidden: false, readOnly: false, line: 1 },
        { source: 'repository', target: '倉庫', forbidden: true, readOnly: false, line: 2 },
      ],
    };
    expect(terms('程式碼倉庫', 'zh-Hant', glossary)).toEqual(['倉庫→儲存庫@3']);
  });
});

describe('findRegionalTerms in mainland text', () => {
  it('should report Taiwan vocabulary written in Simplified characters', () => {
    expect(terms('这个软体的资料库在伺服器上，属于开放原始码', 'zh-Hans')).toEqual([
      '软体→软件@2',
      '资料库→数据库@5',
      '伺服器→服务器@9',
      '开放原始码→开源@16',
    ]);
  });

  it('should leave a forbidden glossary target that is accepted elsewhere to the glossary rule', () => {
    expect(terms('这些资料', 'zh-Hans', glossaryOf('zh-Hans'))).toEqual([]);
  });

  it('should raise no false alarm on natural mainland text', () => {
    expect(terms(mainland, 'zh-Hans')).toEqual([]);
    expect(terms(mainland, 'zh-Hans', glossaryOf('zh-Hans'))).toEqual([]);
  });
});

describe('findRegionalTerms in other languages', () => {
  it('should stay silent', () => {
    expect(terms('軟件 數據', 'de')).toEqual([]);
    expect(terms('軟件 數據', 'zh')).toEqual([]);
  });
});

describe('regionalTermAdditions', () => {
  it('should give every addition a reason and a different replacement', () => {
    const all = [...regionalTermAdditions.tw, ...regionalTermAdditions.cn];
    expect(all.filter((entry) => entry.reason === '' || entry.term === entry.expected)).toEqual([]);
  });
});

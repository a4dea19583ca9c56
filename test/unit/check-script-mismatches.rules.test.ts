import { readFileSync } from 'node:fs';
import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { findScriptMismatches, getChineseScript } from '../../src/check/index.js';
import { getTables } from '../support/language-rules.js';

const taiwan = readFileSync(new URL('../fixtures/check/taiwan.txt', import.meta.url), 'utf8');
const mainland = readFileSync(new URL('../fixtures/check/mainland.txt', import.meta.url), 'utf8');

/** The mismatches as `char→expected@index` strings. */
const mismatches = (text: string, lang: string): string[] => {
  const chinese = getChineseScript(lang);
  return chinese ? findScriptMismatches(text, chinese, getTables()).map((found) => `${found.char}→${found.expected}@${found.index}`) : [];
};

describe('getChineseScript', () => {
  it('should read Traditional codes with their region', () => {
    expect(['zh-Hant', 'zh-Hant-TW', 'zh-TW', 'zh_Hant', 'zh-Hant-HK', 'zh-HK', 'zh-MO'].map((lang) => getChineseScript(lang))).toEqual([
      { script: 'Hant', region: 'tw' },
      { script: 'Hant', region: 'tw' },
      { script: 'Hant', region: 'tw' },
      { script: 'Hant', region: 'tw' },
      { script: 'Hant', region: 'hk' },
      { script: 'Hant', region: 'hk' },
      { script: 'Hant', region: 'hk' },
    ]);
  });

  it('should read Simplified codes, with an explicit script winning over the region', () => {
    expect(['zh-Hans', 'zh-CN', 'zh-SG', 'zh-Hans-HK'].map((lang) => getChineseScript(lang)?.script)).toEqual(['Hans', 'Hans', 'Hans', 'Hans']);
  });

  it('should give nothing for bare zh and other languages', () => {
    expect(['zh', 'fr', 'de', 'en', 'ja'].map((lang) => getChineseScript(lang))).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('findScriptMismatches in Traditional text', () => {
  it('should report Simplified characters with their Traditional form', () => {
    expect(mismatches('我们着手处理', 'zh-Hant')).toEqual(['们→們@1', '着→著@2', '处→處@4']);
  });

  it('should pick the Traditional form from the context (头发 → 髮, 发展 → 發)', () => {
    expect(mismatches('頭发與发展', 'zh-Hant')).toEqual(['发→髮@1', '发→發@3']);
  });

  it('should never report characters shared by both scripts', () => {
    expect(mismatches('著裡台臺於後面髮發干乾了才只隻里裡群峰為后于皇后若干公里檯颱', 'zh-Hant')).toEqual([]);
  });

  it('should raise no false alarm on natural Taiwan text', () => {
    expect(taiwan.length).toBeGreaterThan(400);
    expect(mismatches(taiwan, 'zh-Hant')).toEqual([]);
  });

  it('should find nothing in what OpenCC itself converts to Taiwan Traditional', () => {
    const toTaiwan = Converter({ from: 'cn', to: 'twp' });
    expect(mismatches(toTaiwan(mainland), 'zh-Hant')).toEqual([]);
  });

  it('should use Hong Kong forms for zh-Hant-HK', () => {
    expect(mismatches('这里', 'zh-Hant-HK')).toEqual(['这→這@0']);
  });

  it('should count UTF-16 offsets past astral characters', () => {
    expect(mismatches('𠀀们', 'zh-Hant')).toEqual(['们→們@2']);
  });
});

describe('findScriptMismatches in Simplified text', () => {
  it('should report Traditional-only characters with their Simplified form', () => {
    expect(mismatches('這裡的後台', 'zh-Hans')).toEqual(['這→这@0', '裡→里@1', '後→后@3']);
  });

  it('should never report characters shared by both scripts', () => {
    expect(mismatches('干了才只里台面后于著乾坤', 'zh-Hans')).toEqual([]);
  });

  it('should raise no false alarm on natural mainland text', () => {
    expect(mismatches(mainland, 'zh-Hans')).toEqual([]);
  });

  it('should find nothing in what OpenCC itself converts to Simplified', () => {
    const toMainland = Converter({ from: 'twp', to: 'cn' });
    expect(mismatches(toMainland(taiwan), 'zh-Hans')).toEqual([]);
  });
});

describe('findScriptMismatches in other languages', () => {
  it('should stay silent', () => {
    expect(mismatches('我们 这里 這裡', 'fr')).toEqual([]);
  });
});

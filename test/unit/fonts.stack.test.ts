import { describe, expect, it } from 'vitest';
import { findMissingGlyphs, findUncoveredChars, getFontStack, listStackFontFiles, parseFontFaceCss, readFontConfig } from '../../src/fonts/index.js';

/** Families of a language's stack, in order. */
const familiesOf = (lang: string): string[] => getFontStack(lang).faces.map((face) => face.family);

describe('getFontStack', () => {
  it('should put the region face first', () => {
    expect(familiesOf('zh-Hant')).toEqual(['Noto Sans TC', 'Noto Sans']);
    expect(familiesOf('zh-Hant-HK')).toEqual(['Noto Sans TC', 'Noto Sans']);
    expect(familiesOf('zh-TW')).toEqual(['Noto Sans TC', 'Noto Sans']);
    expect(familiesOf('zh-Hans')).toEqual(['Noto Sans SC', 'Noto Sans']);
    expect(familiesOf('zh-Hans-HK')).toEqual(['Noto Sans SC', 'Noto Sans']);
    expect(familiesOf('zh-hant')).toEqual(['Noto Sans TC', 'Noto Sans']);
  });

  it('should give Latin languages Noto Sans', () => {
    for (const lang of ['en', 'fr', 'de', 'pt-BR']) expect(familiesOf(lang)).toEqual(['Noto Sans']);
  });

  it('should load weights 400 and 700 and mark CJK stacks', () => {
    expect(getFontStack('zh-Hant')).toMatchObject({ cjk: true, faces: [{ weights: [400, 700] }, { weights: [400, 700] }] });
    expect(getFontStack('fr').cjk).toBe(false);
  });

  it('should fall back to the bundled configuration when the project has none', () => {
    expect(readFontConfig('/nonexistent')).toStrictEqual(readFontConfig());
  });
});

describe('listStackFontFiles', () => {
  it('should list only the per-weight unicode-range files, never the partial chinese-traditional subset', () => {
    const files = listStackFontFiles(getFontStack('zh-Hant'));
    expect(files.length).toBeGreaterThan(200);
    expect(files.every((file) => file.path.endsWith('.woff2') && !file.path.includes('chinese-traditional'))).toBe(true);
    expect(new Set(files.map((file) => file.weight))).toEqual(new Set([400, 700]));
    expect(files.filter((file) => file.family === 'Noto Sans TC').every((file) => file.unicodeRange.length > 0)).toBe(true);
  });
});

describe('parseFontFaceCss', () => {
  it('should read family, weight, woff2 url and unicode-range with wildcards', () => {
    const css = `@font-face { font-family: 'X Sans'; font-style: normal; font-weight: 700;
      src: url(./files/x-0-700-normal.woff2) format('woff2'), url(./files/x.woff) format('woff');
      unicode-range: U+0-FF,U+4??,U+20AC; }`;
    expect(parseFontFaceCss(css)).toEqual([
      { family: 'X Sans', style: 'normal', weight: 700, url: './files/x-0-700-normal.woff2', unicodeRange: [[0, 0xff], [0x400, 0x4ff], [0x20ac, 0x20ac]] },
    ]);
  });
});

describe('findUncoveredChars', () => {
  const coverage = new Set([...'ab說'].map((char) => char.codePointAt(0) ?? 0));
  it('should report code point and UTF-16 index, ignoring white space and controls', () => {
    expect(findUncoveredChars('a 說\t\n😀b\u200b\ue000', coverage)).toEqual([
      { char: '😀', codePoint: 'U+1F600', index: 5 },
      { char: '\ue000', codePoint: 'U+E000', index: 9 },
    ]);
  });
});

describe('findMissingGlyphs', () => {
  it('should give glyph-missing findings with the line inside the segment and the key', () => {
    const findings = findMissingGlyphs('zh-Hant', [{ file: 'handbook/a.md', line: 10, key: 'intro-p1', text: 'ab\nb😀' }], new Set([97, 98]));
    expect(findings).toEqual([
      {
        rule: 'glyph-missing',
        severity: 'error',
        lang: 'zh-Hant',
        file: 'handbook/a.md',
        line: 11,
        key: 'intro-p1',
        message: 'No font of the zh-Hant stack has a glyph for “😀” (U+1F600) in handbook/a.md:11',
      },
    ]);
  });
});

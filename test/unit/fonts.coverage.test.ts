import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { getFontStack, listStackFontFiles, readFontCoverage, readWoff2CodePoints } from '../../src/fonts/index.js';

/** Whether a stack's coverage has every character of the text. */
async function covers(lang: string, text: string): Promise<boolean> {
  const coverage = await readFontCoverage(listStackFontFiles(getFontStack(lang)));
  return [...text].every((char) => coverage.has(char.codePointAt(0) ?? 0));
}

describe('readWoff2CodePoints', () => {
  it('should agree with fontkit on fontsource files of every stack', () => {
    const files = ['zh-Hant', 'zh-Hans', 'en'].flatMap((lang) => listStackFontFiles(getFontStack(lang)).filter((_, index) => index % 25 === 0));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const data = readFileSync(file.path);
      const expected = fontkit.create(data);
      const characterSet = 'fonts' in expected ? [] : expected.characterSet.filter((codePoint) => codePoint !== 0xffff);
      expect(readWoff2CodePoints(data)?.sort((a, b) => a - b), file.path).toEqual([...characterSet].sort((a, b) => a - b));
    }
  });

  it('should decline what is not a WOFF2 file', () => {
    expect(readWoff2CodePoints(new Uint8Array(64))).toBeUndefined();
  });
});

describe('readFontCoverage', () => {
  it('should cover the region-sensitive characters and full-width punctuation in both Chinese stacks', async () => {
    expect(await covers('zh-Hant', '骨說這體令角：「」')).toBe(true);
    expect(await covers('zh-Hans', '骨说这体令角：“”')).toBe(true);
  });

  it('should not cover CJK with the Latin stack, nor emoji and Private Use characters anywhere', async () => {
    expect(await covers('en', 'Größe — €')).toBe(true);
    expect(await covers('en', '說')).toBe(false);
    expect(await covers('zh-Hant', '😀')).toBe(false);
    expect(await covers('zh-Hant', '\ue000')).toBe(false);
  });

  it('should cache per stack', async () => {
    const files = listStackFontFiles(getFontStack('zh-Hans'));
    expect(readFontCoverage(files)).toBe(readFontCoverage(files));
  });
});

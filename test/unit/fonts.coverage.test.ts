import { describe, expect, it } from 'vitest';
import { getFontStack, listStackFontFiles, readFontCoverage } from '../../src/fonts/index.js';

/** Whether a stack's coverage has every character of the text. */
async function covers(lang: string, text: string): Promise<boolean> {
  const coverage = await readFontCoverage(listStackFontFiles(getFontStack(lang)));
  return [...text].every((char) => coverage.has(char.codePointAt(0) ?? 0));
}

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
});

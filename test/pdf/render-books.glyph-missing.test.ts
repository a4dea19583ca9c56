import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GlyphMissingError, renderBooks } from '../../src/pdf/index.js';
import { readFixtureBook } from './read-fixture-book.js';

/** Render one fixture language and return the error it fails with. */
async function failureOf(lang: string): Promise<{ error: unknown; outDir: string }> {
  const outDir = mkdtempSync(join(tmpdir(), 'pdf-glyph-'));
  try {
    await renderBooks([readFixtureBook('glyph', lang)], { root: process.cwd(), outDir, book: 'glyph' });
  } catch (error) {
    return { error, outDir };
  }
  throw new Error('rendering should have failed');
}

describe('glyph-missing', () => {
  it('should stop English at U+1F600 with file, line and code point, and write nothing', async () => {
    const { error, outDir } = await failureOf('en');
    expect(error).toBeInstanceOf(GlyphMissingError);
    if (!(error instanceof GlyphMissingError)) return;
    expect(error.findings).toEqual([
      {
        rule: 'glyph-missing',
        severity: 'error',
        lang: 'en',
        file: 'build/md/en/10_glyph.md',
        line: 4,
        message: 'No font of the en stack has a glyph for “😀” (U+1F600) in build/md/en/10_glyph.md:4',
      },
    ]);
    expect(error.message).toContain('U+1F600');
    expect(readdirSync(outDir)).toEqual([]);
  });

  it('should stop zh-Hant at a Private Use Area character, ignoring front matter', async () => {
    const { error } = await failureOf('zh-Hant');
    expect(error).toBeInstanceOf(GlyphMissingError);
    if (!(error instanceof GlyphMissingError)) return;
    expect(error.findings.map((finding) => [finding.file, finding.line, finding.message.includes('U+E000')])).toEqual([
      ['build/md/zh-Hant/10_glyph.md', 7, true],
    ]);
  });
});

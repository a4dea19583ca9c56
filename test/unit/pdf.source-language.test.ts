import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runExtract, runPdf } from '../../src/commands/index.js';
import { makeProject } from '../support/temp-project.js';

describe('pdf with a source language other than English', () => {
  it('should treat en as a translation of the configured source, and check its glyphs before rendering', async () => {
    const root = await makeProject({
      '.handbook-l10n.json': JSON.stringify({ sourceLanguage: 'de', languages: ['en'] }),
      'handbook/a.md': '# Leitfaden\n',
    });
    await runExtract(root);
    const [key] = Object.keys(JSON.parse(await readFile(`${root}/locales/de/a.json`, 'utf8')) as Record<string, string>);
    // A character no font of the en stack draws: the glyph check stops en before any browser starts.
    await mkdir(`${root}/locales/en`, { recursive: true });
    await writeFile(`${root}/locales/en/a.json`, `{\n    "${key}": "Guide \uE000"\n}\n`);
    const result = await runPdf(root, { lang: ['en'] });
    expect(result.stopped.map((stop) => stop.lang)).toEqual(['en']);
    expect(result.stopped[0]?.findings[0]).toMatchObject({ rule: 'glyph-missing', lang: 'en', file: 'handbook/a.md', line: 1, key });
    expect(result.books).toEqual([]);
  });
});

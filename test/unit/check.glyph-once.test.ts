import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck, runExtract } from '../../src/commands/index.js';
import { makeProject } from '../support/temp-project.js';

describe('glyph-missing in check', () => {
  it('should report a character no font draws once per file, at its first line, with the count', async () => {
    const root = await makeProject({ '.handbook-l10n.json': JSON.stringify({ languages: ['fr'] }), 'handbook/a.md': '# One\n\nTwo.\n\nThree.\n' });
    await runExtract(root);
    const keys = Object.keys(JSON.parse(await readFile(join(root, 'locales/en/a.json'), 'utf8')) as Record<string, string>);
    const values = ['Un \uE000', 'Deux \uE000\uE000.', 'Trois \uE001.'];
    await mkdir(join(root, 'locales/fr'), { recursive: true });
    await writeFile(join(root, 'locales/fr/a.json'), `{\n${keys.map((key, index) => `    "${key}": "${values[index]}"`).join(',\n')}\n}\n`);
    const { report } = await runCheck(root);
    const glyphs = report.findings.filter((finding) => finding.rule === 'glyph-missing');
    expect(glyphs.map((finding) => [finding.line, finding.key, finding.message])).toEqual([
      [1, keys[0], 'No font of the fr stack has a glyph for “\uE000” (U+E000) in handbook/a.md:1 (first of 3 in this file)'],
      [5, keys[2], 'No font of the fr stack has a glyph for “\uE001” (U+E001) in handbook/a.md:5'],
    ]);
  });
});

describe('glyph-missing agrees with the PDF stage', () => {
  it('should report what the edition prints beside translations too: code and untranslated text', async () => {
    const root = await makeProject({ '.handbook-l10n.json': JSON.stringify({ languages: ['fr'] }), 'handbook/a.md': '# One\n\n```\nbox \uE002 drawn\n```\n' });
    await runExtract(root);
    const keys = Object.keys(JSON.parse(await readFile(join(root, 'locales/en/a.json'), 'utf8')) as Record<string, string>);
    await mkdir(join(root, 'locales/fr'), { recursive: true });
    await writeFile(join(root, 'locales/fr/a.json'), `{\n    "${keys[0]}": "Un"\n}\n`);
    const { report } = await runCheck(root);
    expect(report.findings.filter((finding) => finding.rule === 'glyph-missing').map((finding) => [finding.line, finding.key, finding.message])).toEqual([
      [4, undefined, 'No font of the fr stack has a glyph for “\uE002” (U+E002) in handbook/a.md:4'],
    ]);
  });
});

import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySample, runCommand } from '../support/temp-project.js';
import { readPdfFacts } from './read-pdf-facts.js';

/** Modification times of every file below a folder, by relative path. */
async function mtimes(dir: string): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    result[path.slice(dir.length + 1)] = (await stat(path)).mtimeMs;
  }
  return result;
}

describe('build command on the sample handbook', () => {
  it('should render the translated books, then render nothing when nothing changed, then only the language that changed', async () => {
    const root = await copySample();
    const first = await runCommand(['build', '--root', root, '--lang', 'en,zh-Hant,fr']);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/pdf zh-Hant: .*handbook-zh-Hant\.pdf \(\d+ pages/);
    expect((await readdir(join(root, 'build/pdf'))).filter((name) => name.endsWith('.pdf')).sort()).toEqual([
      'handbook-en.pdf',
      'handbook-fr.pdf',
      'handbook-zh-Hant.pdf',
    ]);

    const zh = await readPdfFacts(join(root, 'build/pdf/handbook-zh-Hant.pdf'));
    const metadata = JSON.parse(await readFile(join(root, 'locales/zh-Hant/metadata.json'), 'utf8')) as Record<string, string>;
    expect(zh.lang).toBe('zh-Hant');
    expect(zh.title).toBe(metadata.title);
    expect(zh.pages[0]).toContain(metadata['ui-language']);
    expect(zh.outline.length).toBeGreaterThan(20);
    expect(zh.fonts.some((font) => font.baseFont.includes('NotoSansTC'))).toBe(true);
    expect(zh.fonts.filter((font) => /SC|JP|DejaVu|Liberation/.test(font.baseFont))).toEqual([]);
    const intro = JSON.parse(await readFile(join(root, 'locales/zh-Hant/10_introduction.json'), 'utf8')) as Record<string, string>;
    const heading = Object.values(intro).find((text) => text.length > 1 && !text.includes(' ')) ?? '';
    expect(zh.pages.join('\n')).toContain(heading);

    const before = await mtimes(join(root, 'build'));
    const second = await runCommand(['build', '--root', root, '--lang', 'en,zh-Hant,fr']);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain('pdf: nothing changed; no PDF rendered');
    expect(second.stdout).toContain('no Markdown changed');
    expect(await mtimes(join(root, 'build'))).toEqual(before);

    const frPath = join(root, 'locales/fr/90_conclusion.json');
    const fr = JSON.parse(await readFile(frPath, 'utf8')) as Record<string, string>;
    const [key = ''] = Object.keys(fr).filter((k) => k.startsWith('conclusion-p'));
    fr[key] = `${fr[key] ?? ''} Merci de votre lecture.`;
    await writeFile(frPath, `${JSON.stringify(fr, null, 4)}\n`);
    const third = await runCommand(['build', '--root', root, '--lang', 'en,zh-Hant,fr']);
    expect(third.status, third.stderr).toBe(0);
    expect(third.stdout).toContain('pdf en: up to date, not rendered');
    expect(third.stdout).toContain('pdf zh-Hant: up to date, not rendered');
    expect(third.stdout).toMatch(/pdf fr: .*handbook-fr\.pdf/);
    expect((await readPdfFacts(join(root, 'build/pdf/handbook-fr.pdf'))).pages.join(' ').replace(/\s+/g, ' ')).toContain('Merci de votre lecture.');
  });

  it('should stop a language whose translation holds a character no font covers, naming file, line, key and code point', async () => {
    const root = await copySample();
    const path = join(root, 'locales/zh-Hant/90_conclusion.json');
    const catalog = JSON.parse(await readFile(path, 'utf8')) as Record<string, string>;
    const [key = ''] = Object.keys(catalog).filter((k) => k.startsWith('conclusion-p'));
    catalog[key] = `${catalog[key] ?? ''}\u{E000}`;
    await writeFile(path, `${JSON.stringify(catalog, null, 4)}\n`);
    const result = await runCommand(['pdf', '--root', root, '--lang', 'zh-Hant']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`handbook/90_conclusion\\.md:\\d+ ${key}: .*U\\+E000`));
    expect(await readdir(join(root, 'build/pdf')).catch(() => [])).not.toContain('handbook-zh-Hant.pdf');
  });
});

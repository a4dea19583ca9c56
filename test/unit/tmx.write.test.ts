import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/base/index.js';
import { formatLocaleJson } from '../../src/store/locale-json.js';
import { runTmx } from '../../src/commands/index.js';

const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((root) => rm(root, { recursive: true, force: true })));
});

async function makeRoot(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'handbook-l10n-tmx-unit-'));
  temps.push(root);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

const project = {
  'handbook/a.md': '# A\n\nText.\n',
  'locales/en/a.json': formatLocaleJson([['a-h1-0001', 'A'], ['a-p1-0002', 'Text.']]),
  'locales/zh-Hant/a.json': formatLocaleJson([['a-h1-0001', '甲'], ['a-p1-0002', '文字。']]),
  'locales/zh-Hans/a.json': formatLocaleJson([['a-h1-0001', '甲']]),
  '.l10n/archive/zh-Hans.json': JSON.stringify([{ namespace: 'a', key: 'a-p2-0003', source: 'Gone.', target: '已删除。' }]),
};

describe('runTmx', () => {
  it('should write build/tmx/<lang>.tmx for every language and count current and archived pairs', async () => {
    const root = await makeRoot(project);
    expect(await runTmx(root)).toEqual([
      { lang: 'zh-Hans', file: 'build/tmx/zh-Hans.tmx', current: 1, archived: 1, written: true },
      { lang: 'zh-Hant', file: 'build/tmx/zh-Hant.tmx', current: 2, archived: 0, written: true },
    ]);
    const text = await readFile(join(root, 'build/tmx/zh-Hans.tmx'), 'utf8');
    expect(text).toContain('<seg>已删除。</seg>');
    expect(text).toContain('<prop type="x-archived">true</prop>');
  });

  it('should limit to the given languages', async () => {
    const root = await makeRoot(project);
    expect((await runTmx(root, { lang: ['zh-Hant'] })).map((result) => result.lang)).toEqual(['zh-Hant']);
    await expect(stat(join(root, 'build/tmx/zh-Hans.tmx'))).rejects.toThrow(/ENOENT/);
  });

  it('should not rewrite an unchanged file', async () => {
    const root = await makeRoot(project);
    await runTmx(root);
    const again = await runTmx(root);
    expect(again.map((result) => result.written)).toEqual([false, false]);
  });

  it('should reject an archive that is not a list of entries, naming the file', async () => {
    const root = await makeRoot({ ...project, '.l10n/archive/zh-Hans.json': '{"namespace": "a"}' });
    const error = await runTmx(root).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).file).toBe('.l10n/archive/zh-Hans.json');
    expect((error as UsageError).message).toMatch(/^\.l10n\/archive\/zh-Hans\.json: not a valid archive/);
  });

  it('should reject a broken locale file, naming it', async () => {
    const root = await makeRoot({ ...project, 'locales/zh-Hant/a.json': '{"a-h1-0001": 1}' });
    await expect(runTmx(root)).rejects.toThrow(/^locales\/zh-Hant\/a\.json:1: /);
  });
});

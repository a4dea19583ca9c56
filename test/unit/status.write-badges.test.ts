import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/base/index.js';
import { formatBadge, writeBadges } from '../../src/weblate/badges.js';
import { statuses } from '../weblate/status-fixtures.js';

const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((root) => rm(root, { recursive: true, force: true })));
});
const makeRoot = async (): Promise<string> => {
  const root = await mkdtemp(join(tmpdir(), 'handbook-l10n-badges-'));
  temps.push(root);
  return root;
};

describe('writeBadges', () => {
  it('should write build/status/<lang>.svg for each language', async () => {
    const root = await makeRoot();
    expect(await writeBadges(root, statuses)).toEqual([
      { lang: 'zh-Hant', file: 'build/status/zh-Hant.svg', written: true },
      { lang: 'zh-Hans', file: 'build/status/zh-Hans.svg', written: true },
    ]);
    expect(await readFile(join(root, 'build/status/zh-Hant.svg'), 'utf8')).toBe(formatBadge('zh-Hant', 87.5));
    expect(await readdir(join(root, 'build/status'))).toEqual(['zh-Hans.svg', 'zh-Hant.svg']);
  });

  it('should leave unchanged badges alone', async () => {
    const root = await makeRoot();
    await writeBadges(root, statuses);
    expect((await writeBadges(root, statuses)).map((result) => result.written)).toEqual([false, false]);
  });

  it('should refuse a language code that could leave build/status/ (path traversal), writing nothing', async () => {
    const root = await makeRoot();
    const [first] = statuses;
    if (!first) throw new Error('fixture');
    const attack = [first, { ...first, lang: '../../etc/x' }];
    await expect(writeBadges(root, attack)).rejects.toThrow(UsageError);
    await expect(stat(join(root, 'build'))).rejects.toThrow(/ENOENT/);
  });
});

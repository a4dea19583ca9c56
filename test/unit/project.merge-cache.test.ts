import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck, runMerge } from '../../src/commands/index.js';
import { copySample } from '../support/temp-project.js';

const cacheDir = (root: string): string => join(root, 'build', '.cache', 'merge');

describe('the merge cache', () => {
  it('should let check reuse what merge computed, with the same report as without it', async () => {
    const root = await copySample();
    const cold = await runCheck(root, { lang: ['fr', 'zh-Hant'] });
    const entries = await readdir(cacheDir(root));
    expect(entries.length).toBe(2 * 22);
    await runMerge(root, { lang: ['fr', 'zh-Hant'] });
    expect((await readdir(cacheDir(root))).sort()).toEqual(entries.sort());
    expect(await runCheck(root, { lang: ['fr', 'zh-Hant'] })).toEqual(cold);
  });

  it('should never answer for a changed translation: its key changes and the guard judges it again', async () => {
    const root = await copySample();
    await runMerge(root, { lang: ['fr'] });
    const file = join(root, 'locales', 'fr', '10_introduction.json');
    const catalog = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
    const [key] = Object.keys(catalog);
    if (!key) throw new Error('the sample has French');
    catalog[key] = '<script>alert(1)</script> Bonjour';
    await writeFile(file, `${JSON.stringify(catalog, null, 4)}\n`);
    const { report } = await runCheck(root, { lang: ['fr'] });
    expect(report.findings.filter((finding) => finding.key === key).map((finding) => finding.rule)).toEqual(['rejected']);
  });

  it('should ignore an entry it cannot read, and a full merge should drop the entries it no longer uses', async () => {
    const root = await copySample();
    await runMerge(root);
    const [first] = await readdir(cacheDir(root));
    if (!first) throw new Error('merge fills the cache');
    await writeFile(join(cacheDir(root), first), '{ not json');
    const stale = join(cacheDir(root), `${'0'.repeat(64)}.json`);
    await writeFile(stale, '{}');
    const { report } = await runCheck(root);
    expect(report.findings.some((finding) => finding.rule === 'rejected')).toBe(false);
    await runMerge(root);
    const left = await readdir(cacheDir(root));
    expect(left).not.toContain(`${'0'.repeat(64)}.json`);
    expect(left).toContain(first);
  });
});

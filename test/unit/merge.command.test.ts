import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExtract } from '../../src/commands/index.js';
import { runMerge } from '../../src/commands/index.js';
import { CORPUS, copySample, makeProject } from '../support/temp-project.js';

/** Write, for a language, a catalog equal to the English one (every translation is its source). */
async function writeIdentityCatalogs(root: string, lang: string): Promise<void> {
  for (const name of await readdir(join(root, 'locales/en'), { recursive: true })) {
    if (!name.endsWith('.json')) continue;
    await mkdir(join(root, 'locales', lang, name, '..'), { recursive: true });
    await cp(join(root, 'locales/en', name), join(root, 'locales', lang, name));
  }
}

/** Compare every handbook file with its merged copy, byte for byte. */
async function expectIdentical(root: string, lang: string): Promise<void> {
  for (const name of await readdir(join(root, 'handbook'), { recursive: true })) {
    if (!/\.(md|json)$/.test(name)) continue;
    expect(await readFile(join(root, 'build/md', lang, name)), name).toEqual(await readFile(join(root, 'handbook', name)));
  }
}

describe('merge command', () => {
  it('should reproduce every sample file byte for byte when every translation equals its English', async () => {
    const root = await copySample();
    await rm(join(root, 'locales/de'), { recursive: true });
    await writeIdentityCatalogs(root, 'de');
    const [de] = await runMerge(root, { lang: ['de'] });
    expect(de?.rejected).toEqual([]);
    expect(de?.fallback).toBe(0);
    await expectIdentical(root, 'de');
  });

  it('should reproduce every real GGI file byte for byte, translated as itself and untranslated', async () => {
    const files: Record<string, string> = { 'locales/fr/.keep': '', 'locales/it/.keep': '' };
    for (const name of await readdir(CORPUS)) files[`handbook/${name}`] = await readFile(join(CORPUS, name), 'utf8');
    const root = await makeProject(files);
    await writeFile(join(root, '.handbook-l10n.json'), JSON.stringify({ metadata: [{ file: 'handbook/ggi_activities_metadata.json', fields: ['goals.*.name', 'activities.*.name'] }] }));
    await runExtract(root);
    await writeIdentityCatalogs(root, 'fr');
    const [fr, it] = await runMerge(root);
    expect(fr?.fallback).toBe(0);
    expect(it?.translated).toBe(0);
    await expectIdentical(root, 'fr');
    await expectIdentical(root, 'it');
  });

  it('should count fallbacks per language and file for a partial translation', async () => {
    const root = await copySample();
    const [de] = await runMerge(root, { lang: ['de'] });
    expect(de?.fallbackByFile['handbook/10_introduction.md']).toBe(0);
    expect(de?.fallbackByFile['handbook/90_conclusion.md']).toBeGreaterThan(0);
    expect(Object.values(de?.fallbackByFile ?? {}).reduce((a, b) => a + b, 0)).toBe(de?.fallback);
  });
});

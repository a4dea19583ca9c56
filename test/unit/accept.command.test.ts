import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAccept } from '../../src/commands/index.js';
import { runCheck } from '../../src/commands/index.js';
import { runExtract } from '../../src/commands/index.js';
import { makeProject, read } from '../support/temp-project.js';

describe('accept command', () => {
  it('should clear an outdated translation a reviewer approved, without touching the translation', async () => {
    const root = await makeProject({ 'handbook/a.md': '# Title\n\nKeep the inventory current.\n', 'locales/fr/.keep': '' });
    await runExtract(root);
    const en = JSON.parse(await read(root, 'locales/en/a.json')) as Record<string, string>;
    const [heading = '', paragraph = ''] = Object.keys(en);
    const fr = `{\n    "${heading}": "Titre",\n    "${paragraph}": "Tenez l’inventaire à jour."\n}\n`;
    await writeFile(join(root, 'locales/fr/a.json'), fr);
    await runExtract(root);
    await writeFile(join(root, 'handbook/a.md'), '# Title\n\nKeep the inventory current!\n');
    await runExtract(root);
    const outdated = async () => (await runCheck(root)).report.findings.filter((f) => f.rule === 'outdated').map((f) => f.key);
    expect(await outdated()).toEqual([paragraph]);
    expect(await runAccept(root, { lang: ['fr'] })).toEqual({ fr: [`handbook/a.md:3 ${paragraph}`] });
    expect(await outdated()).toEqual([]);
    expect(await read(root, 'locales/fr/a.json')).toBe(fr);
  });

  it('should refuse to run without --lang', async () => {
    const root = await makeProject({ 'handbook/a.md': '# Title\n' });
    await expect(runAccept(root, {})).rejects.toThrow(/accept needs --lang/);
  });
});

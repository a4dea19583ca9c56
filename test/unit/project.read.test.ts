import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExtract, runMerge } from '../../src/commands/index.js';
import { decodeSource } from '../../src/project/read-project.js';
import { makeProject, runCommand } from '../support/temp-project.js';

const BOM = '\uFEFF';

describe('a source file with a UTF-8 byte-order mark', () => {
  it('should extract units without the mark and merge a translation with the mark kept', async () => {
    const root = await makeProject({ 'handbook/a.md': `${BOM}# Title\n\nSome text.\n`, 'locales/fr/.keep': '' });
    await runExtract(root);
    const english = JSON.parse(await read(root, 'locales/en/a.json')) as Record<string, string>;
    expect(Object.values(english)).toEqual(['Title', 'Some text.']);
    const [title, text] = Object.keys(english);
    await writeFile(join(root, 'locales/fr/a.json'), `{\n    "${title}": "Titre",\n    "${text}": "Du texte."\n}\n`);
    const [merge] = await runMerge(root);
    expect(merge?.rejected).toEqual([]);
    expect(await read(root, 'build/md/fr/a.md')).toBe(`${BOM}# Titre\n\nDu texte.\n`);
  });

  it('should keep a file that only has the mark byte for byte in an identity merge', async () => {
    const source = `${BOM}---\ntitle: Guide\n---\n\n# Guide\n`;
    const root = await makeProject({ 'handbook/a.md': source, 'locales/fr/.keep': '' });
    await runExtract(root);
    await runMerge(root);
    expect(await read(root, 'build/md/fr/a.md')).toBe(source);
  });
});

describe('a source file that is not UTF-8', () => {
  it('should be refused with exit 2, naming the file, the line and the first bad byte', async () => {
    const root = await makeProject({ 'handbook/a.md': '# Menu\n\n' });
    await writeFile(join(root, 'handbook/a.md'), Buffer.concat([Buffer.from('# Menu\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')]));
    const result = await runCommand(['extract', '--root', root]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('handbook-l10n extract: handbook/a.md:3: not UTF-8 (byte 0xE9); save the file as UTF-8\n');
  });

  it('should point at the lead byte of a cut sequence and at the line it is on', () => {
    const bytes = Buffer.concat([Buffer.from('ok\nstill ok 好\nbad '), Buffer.from([0xe5, 0xa5]), Buffer.from('\n')]);
    expect(() => decodeSource(bytes, 'handbook/x.md')).toThrow('handbook/x.md:3: not UTF-8 (byte 0xE5)');
  });
});

function read(root: string, path: string): Promise<string> {
  return readFile(join(root, path), 'utf8');
}

describe('a source file with block quotes nested beyond reason', () => {
  it('should be refused with exit 2, naming the file and the line, instead of overflowing the stack', async () => {
    const root = await makeProject({ 'handbook/a.md': `# Deep\n\n${'> '.repeat(2000)}deep\n` });
    const result = await runCommand(['extract', '--root', root]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('handbook-l10n extract: handbook/a.md:3: block quotes nested 2000 deep; at most 100 are read\n');
  });
});

describe('files under dot-folders', () => {
  it('should be named when skipped, and read when the configuration names their folder', async () => {
    const root = await makeProject({ 'handbook/a.md': '# A\n', 'handbook/.drafts/b.md': '# B\n' });
    const skipped = await runCommand(['extract', '--root', root]);
    expect(skipped.status).toBe(0);
    expect(skipped.stdout).toMatch(/^extract: 1 files, 1 units/);
    expect(skipped.stderr).toBe('extract: 1 file(s) under dot-folders not read (name the folder in "include" to read them): handbook/.drafts/b.md\n');
    await writeFile(join(root, '.handbook-l10n.json'), JSON.stringify({ include: ['**/*.md', '.drafts/*.md'] }));
    const named = await runCommand(['extract', '--root', root]);
    expect([named.stdout.slice(0, 25), named.stderr]).toEqual(['extract: 2 files, 2 units', '']);
  });
});

import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExtract } from '../../src/commands/index.js';
import { CORPUS, makeProject, read, runCommand } from '../support/temp-project.js';

const doc = `# Guide

First paragraph about licences.

Second paragraph about security.

| A | B |
| - | - |
| same | same |
`;

describe('extract command', () => {
  it('should write the English catalog in Weblate layout, in document order', async () => {
    const root = await makeProject({ 'handbook/guide.md': doc });
    const result = await runExtract(root);
    expect(result.units).toBe(7);
    const text = await read(root, 'locales/en/guide.json');
    const parsed = JSON.parse(text) as Record<string, string>;
    expect(Object.values(parsed)).toEqual(['Guide', 'First paragraph about licences.', 'Second paragraph about security.', 'A', 'B', 'same', 'same']);
    expect(text).toBe(`${JSON.stringify(parsed, null, 4)}\n`);
    expect(new Set(Object.keys(parsed)).size).toBe(7);
  });

  it('should rewrite nothing on a second run with no change', async () => {
    const root = await makeProject({ 'handbook/guide.md': doc, 'locales/fr/.keep': '' });
    await runExtract(root);
    await writeFile(join(root, 'locales/fr/guide.json'), '{\n    "x": "y"\n}\n');
    await runExtract(root);
    const before = (await stat(join(root, 'locales/en/guide.json'))).mtimeMs;
    const again = await runExtract(root);
    expect(again.written).toEqual([]);
    expect((await stat(join(root, 'locales/en/guide.json'))).mtimeMs).toBe(before);
  });

  it('should archive a translation whose key left English, never delete it', async () => {
    const root = await makeProject({ 'handbook/guide.md': doc, 'locales/fr/.keep': '' });
    await runExtract(root);
    const en = JSON.parse(await read(root, 'locales/en/guide.json')) as Record<string, string>;
    const key = Object.keys(en).find((k) => en[k] === 'Second paragraph about security.') ?? '';
    await writeFile(join(root, 'locales/fr/guide.json'), `{\n    ${JSON.stringify(key)}: "Deuxième paragraphe sur la sécurité."\n}\n`);
    await writeFile(join(root, 'handbook/guide.md'), doc.replace('Second paragraph about security.\n\n', ''));
    const result = await runExtract(root);
    expect(result.removed).toBe(1);
    expect(result.archived).toBe(1);
    expect(JSON.parse(await read(root, 'locales/fr/guide.json'))).toEqual({});
    expect(JSON.parse(await read(root, '.l10n/archive/fr.json'))).toEqual([
      { namespace: 'guide', key, source: 'Second paragraph about security.', target: 'Deuxième paragraphe sur la sécurité.' },
    ]);
  });

  it('should archive every translation of a file left with no unit, and keep its locale file', async () => {
    const root = await makeProject({ 'handbook/guide.md': doc, 'locales/fr/.keep': '' });
    await runExtract(root);
    const en = JSON.parse(await read(root, 'locales/en/guide.json')) as Record<string, string>;
    const key = Object.keys(en)[0] ?? '';
    await writeFile(join(root, 'locales/fr/guide.json'), `{\n    ${JSON.stringify(key)}: "Guide"\n}\n`);
    await writeFile(join(root, 'handbook/guide.md'), '```\ncode only\n```\n');
    const result = await runExtract(root);
    expect(result.archived).toBe(1);
    expect(await read(root, 'locales/fr/guide.json')).toBe('{}\n');
    expect(await read(root, 'locales/en/guide.json')).toBe('{}\n');
    expect(JSON.parse(await read(root, '.l10n/archive/fr.json'))).toEqual([{ namespace: 'guide', key, source: 'Guide', target: 'Guide' }]);
  });

  it('should archive the translations of a source file that was deleted', async () => {
    const root = await makeProject({ 'handbook/guide.md': doc, 'handbook/other.md': '# Other\n', 'locales/fr/.keep': '' });
    await runExtract(root);
    const en = JSON.parse(await read(root, 'locales/en/other.json')) as Record<string, string>;
    const key = Object.keys(en)[0] ?? '';
    await writeFile(join(root, 'locales/fr/other.json'), `{\n    ${JSON.stringify(key)}: "Autre"\n}\n`);
    await writeFile(join(root, 'handbook/other.md'), '');
    const { rm } = await import('node:fs/promises');
    await rm(join(root, 'handbook/other.md'));
    await runExtract(root);
    expect(await readdir(join(root, 'locales/fr'))).not.toContain('other.json');
    expect(await readdir(join(root, 'locales/en'))).not.toContain('other.json');
    expect(JSON.parse(await read(root, '.l10n/archive/fr.json'))).toEqual([{ namespace: 'other', key, source: 'Other', target: 'Autre' }]);
  });

  it('should extract the real GGI corpus from a root with no config and no locales', async () => {
    const files: Record<string, string> = {};
    for (const name of await readdir(CORPUS)) {
      if (name.endsWith('.md')) files[`handbook/${name}`] = await readFile(join(CORPUS, name), 'utf8');
    }
    const root = await makeProject(files);
    const result = await runExtract(root);
    expect(result.files).toBe(25);
    expect((await readdir(join(root, 'locales/en'))).length).toBe(25);
    const again = await runExtract(root);
    expect(again.written).toEqual([]);
  });
});

describe('extract bad input', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['invalid JSON', '{\n    "a": "b",\n    oops\n}\n', /locales\/fr\/guide\.json:3: not valid JSON/],
    ['a duplicate key', '{\n    "a": "b",\n    "a": "c"\n}\n', /locales\/fr\/guide\.json:3: duplicate key "a"/],
    ['a non-string value', '{\n    "a": "b",\n    "k": 42\n}\n', /locales\/fr\/guide\.json:3: key "k" holds number, not a string/],
    ['a BOM', '\uFEFF{}\n', /locales\/fr\/guide\.json:1: starts with a byte order mark/],
  ];
  for (const [name, content, message] of cases) {
    it(`should exit 2 naming file, line and key for ${name}, and overwrite nothing`, async () => {
      const root = await makeProject({ 'handbook/guide.md': doc, 'locales/fr/guide.json': content });
      const result = await runCommand(['extract', '--root', root]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(await readdir(join(root, 'locales'))).toEqual(['fr']);
      expect(await read(root, 'locales/fr/guide.json')).toBe(content);
    });
  }

  it('should name the config field that is invalid', async () => {
    const root = await makeProject({ 'handbook/guide.md': doc, '.handbook-l10n.json': '{ "book": "a/b" }' });
    const result = await runCommand(['extract', '--root', root]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/invalid config field `book`/);
  });

  it('should exit 2 for an unknown command and for a root with no handbook', async () => {
    expect((await runCommand(['translate'])).status).toBe(2);
    const root = await makeProject({ 'README.md': 'x' });
    const result = await runCommand(['extract', '--root', root]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/no handbook folder/);
  });
});

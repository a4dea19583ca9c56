import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExtract, runMerge } from '../../src/commands/index.js';
import { decodeUtf8 } from '../../src/store/index.js';
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
    expect(() => decodeUtf8(bytes, 'handbook/x.md')).toThrow('handbook/x.md:3: not UTF-8 (byte 0xE5)');
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

describe('the order of the chapters', () => {
  const files = { 'handbook/a-intro.md': '# Intro\n', 'handbook/b-goals.md': '# Goals\n', 'handbook/c-roles.md': '# Roles\n', 'locales/fr/.keep': '' };

  it('should follow a list in the configuration, the others after it in path order', async () => {
    const root = await makeProject({ ...files, '.handbook-l10n.json': JSON.stringify({ order: ['c-roles.md', 'a-intro.md'] }) });
    const { readProject } = await import('../../src/project/index.js');
    expect((await readProject(root)).sources.map((file) => file.relative)).toEqual(['c-roles.md', 'a-intro.md', 'b-goals.md']);
  });

  it('should follow the links of a summary file, which is not a chapter', async () => {
    const summary = '# Summary\n\n- [Goals](b-goals.md)\n- [Intro](./a-intro.md#start)\n- [Site](https://example.org/x.md)\n';
    const root = await makeProject({ ...files, 'handbook/SUMMARY.md': summary, '.handbook-l10n.json': JSON.stringify({ order: { summary: 'SUMMARY.md' } }) });
    const { readProject } = await import('../../src/project/index.js');
    expect((await readProject(root)).sources.map((file) => file.relative)).toEqual(['b-goals.md', 'a-intro.md', 'c-roles.md']);
  });

  it('should refuse an order that names a chapter the handbook does not have', async () => {
    const root = await makeProject({ ...files, '.handbook-l10n.json': JSON.stringify({ order: ['d-missing.md'] }) });
    const result = await runCommand(['extract', '--root', root]);
    expect([result.status, result.stderr]).toEqual([2, 'handbook-l10n extract: .handbook-l10n.json: config field `order`: names the chapter d-missing.md, which is not in handbook/ (or not matched by `include`)\n']);
  });
});

describe('a configuration that points outside the project', () => {
  it.each([
    [{ sourceLanguage: '../../x' }, 'invalid config field `sourceLanguage`: "../../x"; expected a BCP 47 folder code such as en or pt-BR'],
    [{ handbookDir: '../..' }, 'invalid config field `handbookDir`: "../.."; expected a folder inside the project'],
    [{ include: ['../*.md'] }, 'invalid config field `include`: "../*.md"; expected a pattern relative to handbookDir, without ".."'],
    [{ metadata: [{ file: '../meta.json', fields: ['title'] }] }, 'invalid config field `metadata`: "../meta.json"; expected a file inside the project'],
  ])('should refuse %j before reading or writing anything', async (config, message) => {
    const root = await makeProject({ 'handbook/a.md': '# A\n', '.handbook-l10n.json': JSON.stringify(config) });
    const result = await runCommand(['extract', '--root', root]);
    expect([result.status, result.stderr]).toEqual([2, `handbook-l10n extract: .handbook-l10n.json: ${message}\n`]);
  });
});

describe('a locale file that is not UTF-8', () => {
  it('should be a locale-file finding in check, and stop extract without rewriting its bytes', async () => {
    const root = await makeProject({ 'handbook/a.md': '# Menu\n', 'locales/fr/.keep': '' });
    await runExtract(root);
    const bytes = Buffer.concat([Buffer.from('{\n    "x": "Caf'), Buffer.from([0xe9]), Buffer.from('"\n}\n')]);
    await writeFile(join(root, 'locales/fr/a.json'), bytes);
    const { runCheck } = await import('../../src/commands/index.js');
    const { report } = await runCheck(root);
    expect(report.findings.filter((finding) => finding.rule === 'locale-file')).toEqual([
      { rule: 'locale-file', severity: 'error', lang: 'fr', file: 'locales/fr/a.json', line: 2, message: 'not UTF-8 (byte 0xE9); save the file as UTF-8' },
    ]);
    const result = await runCommand(['extract', '--root', root]);
    expect([result.status, result.stderr]).toEqual([2, 'handbook-l10n extract: locales/fr/a.json:2: not UTF-8 (byte 0xE9); save the file as UTF-8\n']);
    expect((await readFile(join(root, 'locales/fr/a.json'))).equals(bytes)).toBe(true);
  });
});

describe('sources that would share a locale file', () => {
  it('should refuse metadata.md beside metadata.json, naming both', async () => {
    const root = await makeProject({ 'handbook/metadata.md': '# Meta\n', 'handbook/metadata.json': '{ "title": "Book" }\n' });
    const result = await runCommand(['extract', '--root', root]);
    expect([result.status, result.stderr]).toEqual([2, 'handbook-l10n extract: handbook/metadata.md and handbook/metadata.json would share the locale file locales/<lang>/metadata.json; rename one of them\n']);
  });

  it('should read a chapter whose extension is upper case', async () => {
    const root = await makeProject({ 'handbook/a.md': '# A\n', 'handbook/b.MD': '# B\n' });
    expect((await runCommand(['extract', '--root', root])).stdout).toMatch(/^extract: 2 files, 2 units/);
  });
});

describe('records the tool keeps, when damaged', () => {
  it('should name a staleness record of the wrong shape instead of failing with a stack', async () => {
    const root = await makeProject({ 'handbook/a.md': '# Menu\n', 'locales/fr/.keep': '', '.l10n/state/a.json': 'null\n' });
    for (const command of ['extract', 'check']) {
      const result = await runCommand([command, '--root', root]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^handbook-l10n \w+: \.l10n\/state\/a\.json: not a valid staleness record \(at the root: .*\); expected language → key → \{ source, target \}/);
      expect(result.stderr).not.toContain('    at ');
    }
  });

  it('should name an archive of the wrong shape', async () => {
    const root = await makeProject({ 'handbook/a.md': '# Menu\n', 'locales/fr/.keep': '', '.l10n/archive/fr.json': '[null]\n' });
    const result = await runCommand(['extract', '--root', root]);
    expect([result.status, result.stderr.split(' (')[0]]).toEqual([2, 'handbook-l10n extract: .l10n/archive/fr.json: not a valid archive']);
  });
});

describe('a folder where a file should be', () => {
  it('should name the file and the reason, with exit 2', async () => {
    const root = await makeProject({ 'handbook/a.md': '# Menu\n', 'locales/fr/a.json/.keep': '' });
    const result = await runCommand(['extract', '--root', root]);
    expect([result.status, result.stderr]).toEqual([2, 'handbook-l10n extract: cannot read locales/fr/a.json: it is a folder, not a file\n']);
  });
});

describe('symbolic links in the handbook', () => {
  it('should neither follow nor publish them, and say which were left out', async () => {
    const { symlink } = await import('node:fs/promises');
    const outside = await makeProject({ 'secret.md': '# Secret\n' });
    const root = await makeProject({ 'handbook/a.md': '# A\n' });
    await symlink(join(outside, 'secret.md'), join(root, 'handbook', 'linked.md'));
    await symlink('..', join(root, 'handbook', 'loop'));
    const result = await runCommand(['extract', '--root', root]);
    expect(result.stdout).toMatch(/^extract: 1 files, 1 units/);
    expect(result.stderr).toBe('extract: 1 symbolic link(s) not followed (a link may leave the project or loop): handbook/linked.md\n');
  });
});

describe('a metadata file that is not an object', () => {
  it('should be refused instead of archiving every metadata key without a word', async () => {
    const root = await makeProject({ 'handbook/a.md': '# A\n', 'handbook/metadata.json': '[]\n' });
    const result = await runCommand(['extract', '--root', root]);
    expect([result.status, result.stderr]).toEqual([2, 'handbook-l10n extract: handbook/metadata.json:1: a metadata file holds one JSON object; this one does not\n']);
  });
});

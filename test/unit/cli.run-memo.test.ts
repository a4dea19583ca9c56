import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashPaths } from '../../src/store/hash-paths.js';
import { copySample, makeProject, read, runCli } from '../support/temp-project.js';

describe('hashPaths', () => {
  it('changes when a file is edited, added, removed or renamed, and not when nothing changes', async () => {
    const root = await makeProject({ 'a/one.md': 'one', 'a/b/two.md': 'two', 'c.json': '{}' });
    const paths = ['a', 'c.json', 'missing'];
    const first = hashPaths(root, paths);
    expect(hashPaths(root, [...paths].reverse())).toBe(first);
    await writeFile(join(root, 'a/b/two.md'), 'Two');
    const edited = hashPaths(root, paths);
    expect(edited).not.toBe(first);
    await writeFile(join(root, 'a/three.md'), '');
    const added = hashPaths(root, paths);
    expect(added).not.toBe(edited);
    await rm(join(root, 'a/three.md'));
    expect(hashPaths(root, paths)).toBe(edited);
    await writeFile(join(root, 'missing'), '');
    expect(hashPaths(root, paths)).not.toBe(edited);
  });

  it('leaves out skipped folders wherever they are', async () => {
    const root = await makeProject({ 'a/one.md': 'one', 'a/.cache/x.json': '1' });
    const before = hashPaths(root, ['a'], new Set(['.cache']));
    await writeFile(join(root, 'a/.cache/x.json'), '2');
    expect(hashPaths(root, ['a'], new Set(['.cache']))).toBe(before);
    expect(hashPaths(root, ['a'])).not.toBe(hashPaths(root, ['a'], new Set(['.cache'])));
  });
});

describe('the run memo of extract, merge and check', () => {
  it('replays an unchanged check byte for byte, and runs again when a translation changes', async () => {
    const root = await copySample();
    const first = runCli(['check', '--root', root, '--format', 'json']);
    expect(first.status).toBe(0);
    expect((await readdir(join(root, 'build', '.cache', 'runs'))).some((name) => name.endsWith('.json'))).toBe(true);
    const second = runCli(['check', '--root', root, '--format', 'json']);
    expect(second).toEqual(first);
    // Another format is another memo: its output differs.
    expect(runCli(['check', '--root', root, '--format', 'junit']).stdout).toContain('<testsuites');
    const file = join(root, 'locales', 'fr', '10_introduction.json');
    const catalog = JSON.parse(await read(root, 'locales/fr/10_introduction.json')) as Record<string, string>;
    const key = Object.keys(catalog)[0] ?? '';
    delete catalog[key];
    await writeFile(file, `${JSON.stringify(catalog, null, 4)}\n`);
    const third = runCli(['check', '--root', root, '--format', 'json']);
    expect(third.status).toBe(1);
    const report = JSON.parse(third.stdout) as { findings: Array<{ rule: string; lang: string; key: string }> };
    expect(report.findings).toContainEqual(expect.objectContaining({ rule: 'missing', lang: 'fr', key }));
  });

  it('replays merge only while its outputs are intact, and says the replay wrote nothing', async () => {
    const root = await copySample();
    const first = runCli(['merge', '--root', root, '--lang', 'fr']);
    expect(first.stdout).toMatch(/^merge fr: .*; wrote \d+ files$/mu);
    const second = runCli(['merge', '--root', root, '--lang', 'fr']);
    expect(second.stdout).toBe(first.stdout.replace(/; wrote \d+ files$/mu, '; nothing to write'));
    const merged = join(root, 'build', 'md', 'fr', '10_introduction.md');
    const text = await read(root, 'build/md/fr/10_introduction.md');
    await rm(merged);
    const third = runCli(['merge', '--root', root, '--lang', 'fr']);
    expect(third.stdout).toMatch(/; wrote 1 files$/mu);
    expect(await read(root, 'build/md/fr/10_introduction.md')).toBe(text);
  });

  it('runs extract again when the handbook changes, and does not record a failed run', async () => {
    const root = await copySample();
    expect(runCli(['extract', '--root', root]).stdout).toMatch(/nothing to write/u);
    expect(runCli(['extract', '--root', root]).stdout).toMatch(/nothing to write/u);
    const source = await read(root, 'handbook/10_introduction.md');
    await writeFile(join(root, 'handbook', '10_introduction.md'), `${source}\nA new closing paragraph for the memo test.\n`);
    const changed = runCli(['extract', '--root', root]);
    expect(changed.stdout).toMatch(/1 new, .*; wrote \d+ files$/mu);
    await mkdir(join(root, 'locales', 'fr'), { recursive: true });
    await writeFile(join(root, 'locales', 'fr', '10_introduction.json'), '{ "a": "x", "a": "y" }\n');
    const failed = runCli(['extract', '--root', root]);
    expect(failed.status).toBe(2);
    expect(failed.stderr).toContain('10_introduction.json');
    const records = (await readdir(join(root, 'build', '.cache', 'runs'))).filter((name) => name.endsWith('.json'));
    const codes = await Promise.all(records.map(async (name) => (JSON.parse(await read(root, join('build', '.cache', 'runs', name))) as { code: number }).code));
    expect(codes).not.toContain(2);
  });
});

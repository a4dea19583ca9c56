import { mkdir, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintPaths, hashPaths } from '../../src/store/hash-paths.js';
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

describe('fingerprintPaths', () => {
  const old = new Date(Date.now() - 60_000);

  it('vouches for a file by its settled stamp without reading it, and reads it again when its stat changes', async () => {
    const root = await makeProject({ 'a/one.md': 'one', 'a/two.md': 'two' });
    // Let the files' change times fall behind the walk by more than a timestamp tick.
    await new Promise((done) => setTimeout(done, 250));
    const first = fingerprintPaths(root, ['a']);
    expect(first.read).toBe(2);
    expect(first.digest).toBe(hashPaths(root, ['a']));
    // Their changes were too long ago for the walk to have missed one: the stamps are settled.
    expect(Object.values(first.stamps).every((stamp) => stamp.settled)).toBe(true);
    const again = fingerprintPaths(root, ['a'], new Set(), first.stamps);
    expect(again).toEqual({ ...first, read: 0 });
    // A stamp that matches is believed: with a wrong hash in it, the digest follows the stamp.
    const forged = { ...first.stamps, 'a/one.md': { ...first.stamps['a/one.md']!, hash: '0'.repeat(64) } };
    expect(fingerprintPaths(root, ['a'], new Set(), forged).digest).not.toBe(first.digest);
    // Same size, modification time set back: the change time still moves, so the file is read.
    await writeFile(join(root, 'a', 'one.md'), 'ONE');
    await utimes(join(root, 'a', 'one.md'), old, old);
    const edited = fingerprintPaths(root, ['a'], new Set(), forged);
    expect(edited.read).toBe(1);
    expect(edited.digest).toBe(hashPaths(root, ['a']));
    expect(edited.digest).not.toBe(first.digest);
  });

  it('never settles the stamp of a file changed just before the walk, so a same-tick write cannot hide', async () => {
    const root = await makeProject({ 'fresh.json': '{}' });
    const first = fingerprintPaths(root, ['fresh.json']);
    expect(first.stamps['fresh.json']?.settled).toBe(false);
    const forged = { 'fresh.json': { ...first.stamps['fresh.json']!, hash: '0'.repeat(64) } };
    const again = fingerprintPaths(root, ['fresh.json'], new Set(), forged);
    expect(again.read).toBe(1);
    expect(again.digest).toBe(first.digest);
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

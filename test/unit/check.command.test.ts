import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySample, runCommand } from '../support/temp-project.js';

let root = '';
beforeAll(async () => {
  root = await copySample();
  // Findings in several files and languages: a dropped translation file, a broken one, an extra key.
  await rm(join(root, 'locales', 'fr', '10_introduction.json'));
  await writeFile(join(root, 'locales', 'zh-Hant', '20_methodology.json'), '{\n    "a": "x"\n    "b": "y"\n}\n');
  const de = join(root, 'locales', 'de', '20_methodology.json');
  await writeFile(de, (await readFile(de, 'utf8')).replace(/^\{\n/, '{\n    "gone-p1-0000": "weg",\n'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('check command', () => {
  it('should write --output atomically and print nothing on stdout', async () => {
    const output = join(root, 'build', 'reports', 'check.txt');
    const result = await runCommand(['check', '--root', root, '--lang', 'fr,de', '--output', output]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(await readFile(output, 'utf8')).toBe((await runCommand(['check', '--root', root, '--lang', 'fr,de'])).stdout);
    expect(await readdir(join(root, 'build', 'reports'))).toEqual(['check.txt']);
  });
});

describe('check --output to something that is not a regular file', () => {
  it('should write through a symbolic link, leaving the link in place', async () => {
    const { mkdtemp, symlink, lstat } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const folder = await mkdtemp(join(tmpdir(), 'hl10n-out-'));
    const real = join(folder, 'real.txt');
    const link = join(folder, 'link.txt');
    await writeFile(real, '');
    await symlink(real, link);
    const result = await runCommand(['check', '--root', root, '--lang', 'fr', '--output', link]);
    expect(result.status).toBe(1);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(real, 'utf8')).toMatch(/^fr\n/);
  });
});

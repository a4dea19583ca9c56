import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySample, runCli } from '../support/temp-project.js';

/** One run of the real command line per exit code; every other command-line case runs in-process (`runCommand`). */
let root = '';
beforeAll(async () => {
  root = await copySample();
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the handbook-l10n command line, as a process', () => {
  it('should exit 0 and say what it did when extract succeeds', () => {
    const result = runCli(['extract', '--root', root]);
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toMatch(/^extract: 22 files, \d+ units \(0 new, 0 changed, 0 removed\); nothing to write\n$/);
  });

  it('should exit 1 with the report on stdout when a gate fails', async () => {
    await writeFile(join(root, 'locales', 'fr', '10_introduction.json'), '{\n}\n');
    const result = runCli(['check', '--root', root, '--lang', 'fr']);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^fr\n {2}handbook\/10_introduction\.md\n/);
    expect(result.stdout).toMatch(/fr: \d+ of \d+ units translated/);
  });

  it('should exit 2 with a message naming the problem for bad usage', () => {
    const result = runCli(['translate', '--root', root]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^handbook-l10n: unknown command "translate"\n/);
  });
});

import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExtract } from '../../src/commands/index.js';
import { withProjectLock } from '../../src/project/index.js';
import { copySample } from '../support/temp-project.js';

describe('the project write lock', () => {
  it('should let two extracts at once run one after the other, losing no archived translation', async () => {
    const root = await copySample();
    const intro = join(root, 'handbook', '10_introduction.md');
    const text = await readFile(intro, 'utf8');
    // Two paragraphs go: their translations must reach the archive whichever run archives them.
    const paragraphs = text.split('\n\n');
    await writeFile(intro, paragraphs.filter((_paragraph, index) => index !== 2 && index !== 4).join('\n\n'));
    await Promise.all([runExtract(root), runExtract(root)]);
    const archive = JSON.parse(await readFile(join(root, '.l10n', 'archive', 'fr.json'), 'utf8')) as Array<{ key: string }>;
    expect(archive.length).toBe(2);
    expect((await readdir(join(root, 'build'))).includes('.lock')).toBe(false);
  });

  it('should say who holds the lock when a live run keeps it, and take over the lock of a run that is gone', async () => {
    const root = await copySample();
    await withProjectLock(root, 'extract', async () => {
      await expect(withProjectLock(root, 'merge', async () => 'never', 200)).rejects.toThrow(`another handbook-l10n run (process ${process.pid}, extract) is writing this project; try again when it has ended`);
    });
    await writeFile(join(root, 'build', '.lock'), '999999999 extract\n');
    expect(await withProjectLock(root, 'merge', async () => 'done', 200)).toBe('done');
  });

  it('should remove the temporary files a killed run left, and leave those of a live one', async () => {
    const root = await copySample();
    const dead = join(root, 'locales', 'fr', '.10_introduction.json.999999999.0a1b2c3d.tmp');
    const live = join(root, '.l10n', `.notes.json.${process.pid}.0a1b2c3d.tmp`);
    await writeFile(dead, '{');
    await writeFile(live, '{');
    await runExtract(root);
    const { existsSync } = await import('node:fs');
    expect([existsSync(dead), existsSync(live)]).toEqual([false, true]);
  });
});

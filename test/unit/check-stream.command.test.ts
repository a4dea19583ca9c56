import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport } from '../../src/cli/format-report.js';
import { runCheck, streamCheck } from '../../src/commands/run-check.js';
import type { Finding } from '../../src/check/finding.js';
import { copySample, runCli } from '../support/temp-project.js';

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

describe('check, streamed', () => {
  it('should print, in every format, what the in-memory report formats to', async () => {
    const { report } = await runCheck(root);
    expect(new Set(report.findings.map((finding) => finding.lang)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(report.findings.map((finding) => finding.file)).size).toBeGreaterThanOrEqual(5);
    for (const format of ['text', 'json', 'junit', 'codequality', 'github']) {
      const result = runCli(['check', '--root', root, '--format', format]);
      expect(result.stdout, format).toBe(formatReport(report, format, { color: false }));
      expect(result.status).toBe(1);
    }
  });

  it('should hand the findings on a file at a time, in the report order of runCheck', async () => {
    const batches: Finding[][] = [];
    const counts = await streamCheck(root, {}, (findings) => batches.push([...findings]));
    const { report, files } = await runCheck(root);
    expect(batches.flat()).toEqual(report.findings);
    expect(counts).toEqual({ languages: report.languages, files });
    expect(batches.length).toBeGreaterThan(5);
    expect(Math.max(...batches.map((batch) => batch.length))).toBeLessThan(report.findings.length / 2);
  });

  it('should write --output from the spool and leave no spool file behind', async () => {
    const output = join(root, 'build', 'reports', 'check.txt');
    const result = runCli(['check', '--root', root, '--lang', 'fr,de', '--output', output]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(await readFile(output, 'utf8')).toBe(runCli(['check', '--root', root, '--lang', 'fr,de']).stdout);
    expect((await readdir(join(root, 'build', '.cache'))).filter((name) => name.endsWith('.spool'))).toEqual([]);
    expect(await readdir(join(root, 'build', 'reports'))).toEqual(['check.txt']);
  });
});

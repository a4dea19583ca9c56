import fc from 'fast-check';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Finding, Report } from '../../src/check/finding.js';
import { addToSpool, createFindingSpool, createMemoryStorage, type SpoolStorage } from '../../src/check/finding-spool.js';
import { formatJsonChunks } from '../../src/check/format-json.js';
import { readFileGroups, readRuns, type FindingFilter } from '../../src/check/read-spool.js';
import { getReportSource } from '../../src/check/report-source.js';
import { ruleIds } from '../../src/check/rule-ids.js';
import { sortFindings } from '../../src/check/sort-findings.js';
import { formatReport, getReportFormatter } from '../../src/cli/format-report.js';
import { openSpoolFile } from '../../src/check/open-spool-file.js';

const FORMATS = ['text', 'json', 'junit', 'codequality', 'github'] as const;
const fixture = JSON.parse(readFileSync(new URL('../fixtures/check/report/report.json', import.meta.url), 'utf8')) as Report;

let base = '';
beforeAll(async () => void (base = await mkdtemp(join(tmpdir(), 'handbook-l10n-spool-'))));
afterAll(() => rm(base, { recursive: true, force: true }));
const makeDir = (): Promise<string> => mkdtemp(join(base, 'run-'));

/** Findings over few files, languages, lines and texts, so that sort keys tie and files recur. */
const finding: fc.Arbitrary<Finding> = fc
  .record({
    rule: fc.constantFrom(...ruleIds.map((rule) => rule.id)),
    severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const),
    lang: fc.constantFrom('fr', 'de', 'zh-Hant', 'xx'),
    file: fc.constantFrom('handbook/a.md', 'handbook/b.md', 'locales/fr/a.json', 'glossary/fr.tbx', 'a,b:c%.md', 'é.md'),
    line: fc.integer({ min: 1, max: 12 }),
    key: fc.option(fc.constantFrom('k1', 'k2', ''), { nil: undefined }),
    message: fc.constantFrom('m', 'a <b> & "c"', 'two\nlines', 'bad \u0001 ]]>', '50% done\r\nnext: a, b', '軟件'),
  })
  .map(({ key, ...rest }) => (key === undefined ? rest : { ...rest, key }));
const summary = fc.record({ units: fc.nat(20), translated: fc.nat(20), missing: fc.nat(5), outdated: fc.nat(5), rejected: fc.nat(5) });
const report: fc.Arbitrary<Report> = fc.record({
  languages: fc.dictionary(fc.constantFrom('fr', 'de', 'zh-Hant', 'pt-BR'), summary),
  findings: fc.array(finding, { maxLength: 60 }),
});
const filter: fc.Arbitrary<FindingFilter> = fc
  .record({ lang: fc.option(fc.constantFrom('fr', 'de', 'xx'), { nil: undefined }), rule: fc.option(fc.constantFrom('missing', 'token', 'locale-file'), { nil: undefined }), error: fc.option(fc.boolean(), { nil: undefined }) })
  .map((f) => Object.fromEntries(Object.entries(f).filter(([, value]) => value !== undefined)) as FindingFilter);

/** Add findings to a spool in batches of `size`, as the check adds a file's findings at a time. */
function spoolInBatches(storage: SpoolStorage, findings: readonly Finding[], size: number): ReturnType<typeof createFindingSpool> {
  const spool = createFindingSpool(storage);
  for (let start = 0; start < findings.length; start += size) addToSpool(spool, findings.slice(start, start + size));
  return spool;
}

/** A storage that counts how many runs were read, around another. */
function countingStorage(inner: SpoolStorage): SpoolStorage & { reads: number } {
  const counted = {
    reads: 0,
    put: (findings: readonly Finding[]) => inner.put(findings),
    get: (id: number) => {
      counted.reads += 1;
      return inner.get(id);
    },
  };
  return counted;
}

describe('readFileGroups', () => {
  it('should give, file by file, exactly sortFindings of the filtered findings', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 80 }), filter, fc.integer({ min: 1, max: 9 }), (findings, which, size) => {
        const spool = spoolInBatches(createMemoryStorage(), findings, size);
        const groups = [...readFileGroups(spool, which)];
        const expected = sortFindings(
          findings.filter(
            (f) => (which.lang === undefined || f.lang === which.lang) && (which.rule === undefined || f.rule === which.rule) && (which.error === undefined || (f.severity === 'error') === which.error),
          ),
        );
        expect(groups.flat()).toEqual(expected);
        for (const group of groups) expect(new Set(group.map((f) => f.file)).size).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  it('should not read runs that hold no finding of the rule and severity asked for', () => {
    const storage = countingStorage(createMemoryStorage());
    const at = { lang: 'fr', file: 'handbook/a.md', line: 1, message: 'm' } as const;
    const spool = spoolInBatches(storage, [{ ...at, rule: 'missing', severity: 'error' }, { ...at, file: 'handbook/b.md', rule: 'token', severity: 'warning' }], 1);
    expect([...readFileGroups(spool, { rule: 'token', error: false })].flat().map((f) => f.rule)).toEqual(['token']);
    expect(storage.reads).toBe(1);
  });
});

describe('a spool in a temporary file', () => {
  it('should give every format the same bytes as the in-memory report, whatever the batches', async () => {
    const dir = await makeDir();
    fc.assert(
      fc.property(report, fc.integer({ min: 1, max: 9 }), (each, size) => {
        const file = openSpoolFile(dir);
        try {
          const spool = spoolInBatches(file.storage, each.findings, size);
          expect([...readRuns(spool)].flatMap((run) => run.findings)).toEqual(each.findings);
          for (const format of FORMATS) {
            expect([...getReportFormatter(format)({ languages: each.languages, spool }, false)].join('')).toBe(formatReport(each, format, { color: false }));
          }
        } finally {
          file.close();
        }
      }),
      { numRuns: 150 },
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('should keep the findings on disk, not in memory, and remove the file on close', async () => {
    const dir = await makeDir();
    const file = openSpoolFile(dir);
    const spool = spoolInBatches(file.storage, Array.from({ length: 20_000 }, (_, i) => ({ ...fixture.findings[i % 4], line: i }) as Finding), 50);
    const [name] = await readdir(dir);
    expect(name).toMatch(/^check-\d+-[0-9a-f]{8}\.spool$/);
    expect(spool.runs.length).toBeGreaterThanOrEqual(400);
    expect(spool.tally.total).toBe(20_000);
    expect([...readRuns(spool)].reduce((count, run) => count + run.findings.length, 0)).toBe(20_000);
    file.close();
    expect(await readdir(dir)).toEqual([]);
  });

  it('should make no file for a report without findings', async () => {
    const dir = await makeDir();
    const file = openSpoolFile(join(dir, 'cache'));
    const spool = createFindingSpool(file.storage);
    expect([...getReportFormatter('json')({ languages: fixture.languages, spool }, false)].join('')).toBe(formatReport({ ...fixture, findings: [] }, 'json', { color: false }));
    file.close();
    expect(await readdir(dir)).toEqual([]);
  });

  it('should remove the spool files of checks that were killed, and leave those of running ones', async () => {
    const dir = await makeDir();
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      const names = [`check-${gone}-0a1b2c3d.spool`, `check-${live.pid}-0a1b2c3d.spool`, 'check-notes.txt'];
      for (const name of names) await writeFile(join(dir, name), '[]');
      openSpoolFile(dir).close();
      expect((await readdir(dir)).sort()).toEqual(names.slice(1).sort());
    } finally {
      live.kill();
    }
  });
});

describe('streamed formats', () => {
  it('should equal the whole-string formatters on the fixture report', () => {
    for (const format of FORMATS) {
      expect([...getReportFormatter(format)(getReportSource(fixture), true)].join('')).toBe(formatReport(fixture, format, { color: true }));
    }
  });

  it('should read the findings a run at a time as the output is consumed, not all first', () => {
    const storage = countingStorage(createMemoryStorage());
    const spool = spoolInBatches(storage, fixture.findings, 1);
    const chunks = formatJsonChunks({ languages: fixture.languages, spool });
    chunks.next();
    expect(storage.reads).toBe(0);
    chunks.next();
    expect(storage.reads).toBe(1);
    expect(spool.runs.length).toBe(4);
  });
});

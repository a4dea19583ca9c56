import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/base/index.js';
import { formatCodeQuality, formatGithub, formatJson, formatJunit, formatText } from '../../src/check/index.js';
import { expectFixture } from '../support/fixtures.js';

const folder = new URL('../fixtures/check/report/', import.meta.url);
const report = JSON.parse(readFileSync(new URL('report.json', folder), 'utf8')) as Report;
const empty: Report = { languages: { fr: { units: 0, translated: 0, missing: 0, outdated: 0, rejected: 0 } }, findings: [] };

/** Compare an output with its expected file in the report fixture (see `expectFixture`). */
function expectFile(actual: string, name: string): void {
  expectFixture(actual, new URL(name, folder));
}

describe('formatText', () => {
  it('should group by language and file and end with the summary lines', () => {
    expectFile(formatText(report), 'expected.txt');
  });

  it('should colour only when asked', () => {
    expect(formatText(report)).not.toContain('\u001b[');
    expect(formatText(report, { color: true })).toContain('\u001b[31merror  \u001b[39m');
    expect(formatText(report, { color: true }).replace(/\u001b\[\d+m/g, '')).toBe(formatText(report));
  });

  it('should say when there is no finding', () => {
    expect(formatText(empty)).toBe('No findings.\n\nfr: 0 of 0 units translated (100.0%), 0 missing, 0 outdated, 0 rejected; 0 errors, 0 warnings, 0 notes\n');
  });
});

describe('formatJson', () => {
  it('should print exactly the contract shape', () => {
    expectFile(formatJson(report), 'expected.json');
  });

  it('should round-trip and drop fields outside the contract', () => {
    const extra = { ...report, findings: report.findings.map((finding) => ({ ...finding, column: 3 })) };
    expect(JSON.parse(formatJson(extra))).toEqual(report);
    expect(formatJson(empty)).toBe('{\n  "languages": {\n    "fr": {\n      "units": 0,\n      "translated": 0,\n      "missing": 0,\n      "outdated": 0,\n      "rejected": 0\n    }\n  },\n  "findings": []\n}\n');
  });
});

describe('formatJunit', () => {
  it('should write one test case per language and rule, failing on errors', () => {
    expectFile(formatJunit(report), 'expected.junit.xml');
  });

  it('should be well-formed XML that reads back with the escaped text', () => {
    const xml = formatJunit({ ...report, findings: [...report.findings, { ...report.findings[0], message: 'bad \u0001 char ]]> </failure>' } as Report['findings'][number]] });
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed: unknown = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(JSON.stringify(parsed)).toContain('bad \uFFFD char ]]> </failure>');
  });
});

describe('formatCodeQuality', () => {
  it('should write GitLab Code Quality issues', () => {
    expectFile(formatCodeQuality(report), 'expected.codequality.json');
  });

  it('should keep fingerprints when a finding moves, and keep them unique', () => {
    const [first] = report.findings;
    if (first === undefined) throw new Error('the fixture has findings');
    const moved: Report = { ...report, findings: [{ ...first, line: 40 }] };
    const fingerprint = (text: string, index: number): unknown => (JSON.parse(text) as { fingerprint: string }[])[index]?.fingerprint;
    expect(fingerprint(formatCodeQuality(moved), 0)).toBe(fingerprint(formatCodeQuality(report), 0));
    const twice = formatCodeQuality({ ...report, findings: [first, first] });
    expect(fingerprint(twice, 0)).not.toBe(fingerprint(twice, 1));
  });
});

describe('formatGithub', () => {
  it('should write one workflow command per finding, then the summaries', () => {
    expectFile(formatGithub(report), 'expected.github.txt');
  });

  it('should escape properties and messages as GitHub does', () => {
    const finding = { rule: 'token', severity: 'error', lang: 'fr', file: 'a,b:c%.md', line: 2, message: '50% done\r\nnext: a, b' } as const;
    expect(formatGithub({ languages: {}, findings: [finding] })).toBe(
      '::error file=a%2Cb%3Ac%25.md,line=2,title=token (fr)::50%25 done%0D%0Anext: a, b\nfr: 1 error, 0 warnings, 0 notes\n',
    );
  });
});

describe('control characters from the files', () => {
  it('should show a key or message holding a terminal escape as text, never send it to the terminal', () => {
    const hostile: Report = {
      languages: {},
      findings: [{ rule: 'unknown-key', severity: 'warning', lang: 'fr', file: 'locales/fr/a.json', line: 2, key: 'k\u001b[2J', message: 'key "k\u001b[2J" is gone' }],
    };
    const text = formatText(hostile);
    expect(text).not.toContain('\u001b');
    expect(text).toContain('k\\u{1b}[2J  key "k\\u{1b}[2J" is gone');
  });
});

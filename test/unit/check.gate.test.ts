import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { runExtract } from '../../src/commands/index.js';
import { formatLocaleJson } from '../../src/store/locale-json.js';
import { copySample, makeProject, read, REPO, runCommand } from '../support/temp-project.js';
import type { Finding } from '../../src/base/index.js';

/** A small project: zh-Hant fails on missing and outdated, de only warns (as in the sample's config). */
const CONFIG = `${JSON.stringify(
  {
    languages: ['de', 'zh-Hant'],
    gates: {
      '*': { rules: { missing: 'error', outdated: 'error' } },
      de: { rules: { missing: 'warning', outdated: 'warning' } },
    },
  },
  null,
  4,
)}\n`;

const DOC = `# Guide

Read activity GGI-A-12 first.

Share the software with the community.

The OSPO writes a report.

Keep it simple.
`;

const FILE = 'handbook/guide.md';

/** Line of each unit in DOC. */
const LINE = { heading: 1, token: 3, glossary: 5, ospo: 7, simple: 9 } as const;
type Unit = keyof typeof LINE;

const ENGLISH: Record<Unit, string> = {
  heading: 'Guide',
  token: 'Read activity GGI-A-12 first.',
  glossary: 'Share the software with the community.',
  ospo: 'The OSPO writes a report.',
  simple: 'Keep it simple.',
};

/** Clean translations: the check passes on them. */
const GOOD: Record<'de' | 'zh-Hant', Record<Unit, string>> = {
  'zh-Hant': { heading: '指南', token: '請先閱讀活動 GGI-A-12。', glossary: '與社群分享軟體。', ospo: 'OSPO 撰寫報告。', simple: '保持簡單。' },
  de: {
    heading: 'Leitfaden',
    token: 'Lies zuerst Aktivität GGI-A-12.',
    glossary: 'Teile die Software mit der Community.',
    ospo: 'Das OSPO schreibt einen Bericht.',
    simple: 'Halte es einfach.',
  },
};

/** A check finding as `check --format json` prints it. */
type JsonFinding = Finding;

interface JsonReport {
  languages: Record<string, { units: number; translated: number; missing: number; outdated: number; rejected: number }>;
  findings: JsonFinding[];
}

interface Small {
  root: string;
  /** Unit → key, from the English catalog. */
  keys: Record<Unit, string>;
}

const roots: string[] = [];
afterAll(async () => {
  await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));
});

/**
 * Make the small project with clean de and zh-Hant translations, extracted twice so the
 * staleness record holds every translation.
 */
async function makeSmall(): Promise<Small> {
  const root = await makeProject({
    '.handbook-l10n.json': CONFIG,
    [FILE]: DOC,
    'glossary/zh-Hant.tbx': await readFile(join(REPO, 'glossary', 'zh-Hant.tbx'), 'utf8'),
  });
  roots.push(root);
  await runExtract(root);
  const english = JSON.parse(await read(root, 'locales/en/guide.json')) as Record<string, string>;
  const keys = Object.fromEntries(
    (Object.keys(ENGLISH) as Unit[]).map((unit) => [unit, Object.keys(english).find((key) => english[key] === ENGLISH[unit]) ?? '']),
  ) as Record<Unit, string>;
  expect(Object.keys(english)).toEqual(Object.values(keys));
  for (const lang of ['de', 'zh-Hant'] as const) await writeLocale({ root, keys }, lang, {});
  await runExtract(root);
  return { root, keys };
}

/** Write a language's file in Weblate's layout: the clean translations with `changes` applied (`null` drops a unit). */
async function writeLocale(small: Small, lang: 'de' | 'zh-Hant', changes: Partial<Record<Unit, string | null>>): Promise<void> {
  const entries = (Object.keys(ENGLISH) as Unit[]).flatMap((unit): Array<[string, string]> => {
    const value = unit in changes ? changes[unit] : GOOD[lang][unit];
    return value === null || value === undefined ? [] : [[small.keys[unit], value]];
  });
  await mkdir(join(small.root, 'locales', lang), { recursive: true });
  await writeFile(join(small.root, 'locales', lang, 'guide.json'), formatLocaleJson(entries));
}

/** Run `check --format json` and parse its report. */
async function checkJson(root: string, ...args: string[]): Promise<{ status: number; report: JsonReport; stderr: string }> {
  const result = await runCommand(['check', '--root', root, '--format', 'json', ...args]);
  return { status: result.status, report: JSON.parse(result.stdout) as JsonReport, stderr: result.stderr };
}

/** A unit finding of the small project's source file. */
function unitFinding(small: Small, rule: string, severity: string, lang: string, unit: Unit, message: unknown = expect.any(String)): object {
  return { rule, severity, lang, file: FILE, line: LINE[unit], key: small.keys[unit], message };
}

/** The `missing` warnings of de when its file cannot be read: every unit falls back. */
function deMissing(small: Small): object[] {
  return (Object.keys(LINE) as Unit[]).map((unit) => unitFinding(small, 'missing', 'warning', 'de', unit));
}

describe('check on clean translations', () => {
  it('should report no finding and exit 0', async () => {
    const small = await makeSmall();
    const { status, report } = await checkJson(small.root);
    expect(report.findings).toEqual([]);
    expect(report.languages).toEqual({
      de: { units: 5, translated: 5, missing: 0, outdated: 0, rejected: 0 },
      'zh-Hant': { units: 5, translated: 5, missing: 0, outdated: 0, rejected: 0 },
    });
    expect(status).toBe(0);
  });
});

describe('rule missing', () => {
  it('should fail zh-Hant, whose gate makes missing an error', async () => {
    const small = await makeSmall();
    await writeLocale(small, 'zh-Hant', { simple: null });
    const { status, report } = await checkJson(small.root);
    expect(report.findings).toEqual([unitFinding(small, 'missing', 'error', 'zh-Hant', 'simple', 'no zh-Hant translation for “Keep it simple.”')]);
    expect(report.languages['zh-Hant']).toEqual({ units: 5, translated: 4, missing: 1, outdated: 0, rejected: 0 });
    expect(status).toBe(1);
  });

  it('should count an empty string, as Weblate writes an untranslated unit, as missing', async () => {
    const small = await makeSmall();
    await writeLocale(small, 'zh-Hant', { heading: '' });
    const { status, report } = await checkJson(small.root);
    expect(report.findings).toEqual([unitFinding(small, 'missing', 'error', 'zh-Hant', 'heading')]);
    expect(status).toBe(1);
  });

  it('should only warn for de, whose gate makes missing a warning, and exit 0', async () => {
    const small = await makeSmall();
    await writeLocale(small, 'de', { simple: null, ospo: null });
    const { status, report } = await checkJson(small.root);
    expect(report.findings).toEqual([
      unitFinding(small, 'missing', 'warning', 'de', 'ospo', 'no de translation for “The OSPO writes a report.”'),
      unitFinding(small, 'missing', 'warning', 'de', 'simple', 'no de translation for “Keep it simple.”'),
    ]);
    expect(status).toBe(0);
  });
});

describe('rule outdated', () => {
  it('should report a translation whose English changed after it was recorded, keeping the key', async () => {
    const small = await makeSmall();
    await writeFile(join(small.root, FILE), DOC.replace('with the community.', 'with the whole community.'));
    const extracted = await runExtract(small.root);
    expect(extracted).toMatchObject({ added: 0, changed: 1, removed: 0 });
    const { status, report } = await checkJson(small.root);
    const message = 'the English changed since this translation was made: “Share the software with the whole community.”';
    expect(report.findings).toEqual([
      unitFinding(small, 'outdated', 'warning', 'de', 'glossary', message),
      unitFinding(small, 'outdated', 'error', 'zh-Hant', 'glossary', message),
    ]);
    expect(report.languages['zh-Hant']).toEqual({ units: 5, translated: 5, missing: 0, outdated: 1, rejected: 0 });
    expect(status).toBe(1);
  });

  it('should exit 0 once the translations are updated', async () => {
    const small = await makeSmall();
    await writeFile(join(small.root, FILE), DOC.replace('with the community.', 'with the whole community.'));
    await runExtract(small.root);
    await writeLocale(small, 'zh-Hant', { glossary: '與整個社群分享軟體。' });
    await writeLocale(small, 'de', { glossary: 'Teile die Software mit der ganzen Community.' });
    const { status, report } = await checkJson(small.root);
    expect(report.findings).toEqual([]);
    expect(status).toBe(0);
  });
});

describe('rule rejected', () => {
  it('should report a translation that adds a block, and not count it translated', async () => {
    const small = await makeSmall();
    await writeLocale(small, 'zh-Hant', { token: '請先閱讀活動 GGI-A-12。\n\n# 標題' });
    const { status, report } = await checkJson(small.root);
    expect(report.findings).toEqual([unitFinding(small, 'rejected', 'error', 'zh-Hant', 'token', expect.stringContaining('block-structure'))]);
    expect(report.languages['zh-Hant']).toEqual({ units: 5, translated: 4, missing: 0, outdated: 0, rejected: 1 });
    expect(status).toBe(1);
  });

  it('should report a translation that adds raw HTML', async () => {
    const small = await makeSmall();
    await writeLocale(small, 'zh-Hant', { simple: '保持<b>簡單</b>。' });
    const { status, report } = await checkJson(small.root);
    expect(report.findings).toEqual([unitFinding(small, 'rejected', 'error', 'zh-Hant', 'simple', expect.stringContaining('raw-html'))]);
    expect(status).toBe(1);
  });
});

describe('rule token', () => {
  it('should report a dropped protected token', async () => {
    const small = await makeSmall();
    await writeLocale(small, 'zh-Hant', { token: '請先閱讀活動 GGI-A-13。' });
    const { status, report } = await checkJson(small.root);
    expect(report.findings).toEqual([unitFinding(small, 'token', 'error', 'zh-Hant', 'token', expect.stringContaining('"GGI-A-12"'))]);
    expect(report.languages['zh-Hant']?.rejected).toBe(1);
    expect(status).toBe(1);
  });
});

describe('rule glossary-required', () => {
  it('should report a glossary term translated otherwise', async () => {
    const small = await makeSmall();
    await writeLocale(small, 'zh-Hant', { glossary: '與社群分享程式。' });
    const { status, report } = await checkJson(small.root);
    expect(report.findings).toEqual([unitFinding(small, 'glossary-required', 'error', 'zh-Hant', 'glossary', '"software" must be translated as "軟體" (glossary)')]);
    expect(status).toBe(1);
  });

  it('should report a read-only term that was translated', async () => {
    const small = await makeSmall();
    await writeLocale(small, 'zh-Hant', { ospo: '開源辦公室撰寫報告。' });
    const { status, report } = await checkJson(small.root);
    expect(report.findings).toEqual([unitFinding(small, 'glossary-required', 'error', 'zh-Hant', 'ospo', expect.stringContaining('"OSPO" is a read-only term'))]);
    expect(status).toBe(1);
  });
});

describe('rule glossary-forbidden', () => {
  it('should report a forbidden translation of a glossary term', async () => {
    const small = await makeSmall();
    await writeLocale(small, 'zh-Hant', { glossary: '與社區分享軟體。' });
    const { status, report } = await checkJson(small.root);
    expect(report.findings).toEqual([
      unitFinding(small, 'glossary-forbidden', 'error', 'zh-Hant', 'glossary', '"社區" is a forbidden translation of "community"; use "社群"'),
    ]);
    expect(status).toBe(1);
  });
});

describe('rule simplified-in-traditional', () => {
  it('should report a Simplified character in zh-Hant', async () => {
    const small = await makeSmall();
    // 国 is drawn by the zh-Hant fonts, so this is the only finding.
    await writeLocale(small, 'zh-Hant', { simple: '在国內保持簡單。' });
    const { status, report } = await checkJson(small.root);
    expect(report.findings).toEqual([
      unitFinding(small, 'simplified-in-traditional', 'error', 'zh-Hant', 'simple', 'Simplified characters in Traditional text: 国→國'),
    ]);
    expect(status).toBe(1);
  });
});

describe('rule regional-term', () => {
  it('should report mainland vocabulary in Taiwan text', async () => {
    const small = await makeSmall();
    await writeLocale(small, 'zh-Hant', { simple: '保持簡單與質量。' });
    const { status, report } = await checkJson(small.root);
    expect(report.findings).toEqual([unitFinding(small, 'regional-term', 'error', 'zh-Hant', 'simple', '"質量" is mainland usage; Taiwan usage is "品質"')]);
    expect(status).toBe(1);
  });
});

describe('rule glyph-missing', () => {
  it('should report a Private Use Area character no font of the stack draws', async () => {
    const small = await makeSmall();
    await writeLocale(small, 'zh-Hant', { simple: '保持簡單\uE000。' });
    const { status, report } = await checkJson(small.root);
    expect(report.findings).toEqual([unitFinding(small, 'glyph-missing', 'error', 'zh-Hant', 'simple', expect.stringContaining('(U+E000)'))]);
    expect(status).toBe(1);
  });
});

describe('rule locale-file', () => {
  /** Write de's file as raw text; de only warns on missing, so exit 1 comes from the file alone. */
  async function checkDeFile(text: string): Promise<{ small: Small; status: number; report: JsonReport }> {
    const small = await makeSmall();
    await writeFile(join(small.root, 'locales', 'de', 'guide.json'), text);
    return { small, ...(await checkJson(small.root)) };
  }

  const fileFinding = (line: number, message: unknown, key?: string): object => ({
    rule: 'locale-file',
    severity: 'error',
    lang: 'de',
    file: 'locales/de/guide.json',
    line,
    ...(key === undefined ? {} : { key }),
    message,
  });

  it('should report invalid JSON at its line, and count the file as absent', async () => {
    const { small, status, report } = await checkDeFile('{\n    "a": "Leitfaden"\n    "b": "x"\n}\n');
    expect(report.findings).toEqual([fileFinding(3, 'not valid JSON (CommaExpected)'), ...deMissing(small)]);
    expect(report.languages['de']).toEqual({ units: 5, translated: 0, missing: 5, outdated: 0, rejected: 0 });
    expect(status).toBe(1);
  });

  it('should report a duplicate key at its second line', async () => {
    const small = await makeSmall();
    const text = `${formatLocaleJson(Object.entries(GOOD.de).map(([unit, value]) => [small.keys[unit as Unit], value])).replace(/\n}\n$/, '')},\n    "${small.keys.heading}": "Noch einmal"\n}\n`;
    await writeFile(join(small.root, 'locales', 'de', 'guide.json'), text);
    const { status, report } = await checkJson(small.root);
    expect(report.findings).toEqual([fileFinding(7, `duplicate key "${small.keys.heading}" (first on line 2)`, small.keys.heading), ...deMissing(small)]);
    expect(status).toBe(1);
  });

  it('should report a byte order mark', async () => {
    const small = await makeSmall();
    const text = `\uFEFF${formatLocaleJson(Object.entries(GOOD.de).map(([unit, value]) => [small.keys[unit as Unit], value]))}`;
    await writeFile(join(small.root, 'locales', 'de', 'guide.json'), text);
    const { status, report } = await checkJson(small.root);
    expect(report.findings).toEqual([fileFinding(1, 'starts with a byte order mark; Weblate writes UTF-8 without BOM'), ...deMissing(small)]);
    expect(status).toBe(1);
  });

  it('should report a value that is not a string', async () => {
    const { small, status, report } = await checkDeFile('{\n    "guide-x": "Leitfaden",\n    "guide-y": 42\n}\n');
    expect(report.findings).toEqual([fileFinding(3, 'key "guide-y" holds number, not a string', 'guide-y'), ...deMissing(small)]);
    expect(status).toBe(1);
  });

  it('should report a file in 2-space layout, still reading its translations', async () => {
    const small = await makeSmall();
    const text = formatLocaleJson(Object.entries(GOOD.de).map(([unit, value]) => [small.keys[unit as Unit], value])).replace(/^ {4}/gm, '  ');
    await writeFile(join(small.root, 'locales', 'de', 'guide.json'), text);
    const { status, report } = await checkJson(small.root);
    expect(report.findings).toEqual([fileFinding(1, expect.stringContaining("not in Weblate's layout"))]);
    expect(report.languages['de']).toEqual({ units: 5, translated: 5, missing: 0, outdated: 0, rejected: 0 });
    expect(status).toBe(1);
  });
});

describe('check report formats', () => {
  /** zh-Hant with one forbidden term (line 5) and one missing unit (line 9). */
  async function makeFailing(): Promise<Small> {
    const small = await makeSmall();
    await writeLocale(small, 'zh-Hant', { glossary: '與社區分享軟體。', simple: null });
    return small;
  }

  it('should print text grouped by language and file, with the summary', async () => {
    const small = await makeFailing();
    const result = await runCommand(['check', '--root', small.root, '--format', 'text']);
    expect(result.stdout).toBe(
      [
        'zh-Hant',
        '  handbook/guide.md',
        `    5  error    glossary-forbidden  ${small.keys.glossary}  "社區" is a forbidden translation of "community"; use "社群"`,
        `    9  error    missing             ${small.keys.simple}  no zh-Hant translation for “Keep it simple.”`,
        '',
        'de: 5 of 5 units translated (100.0%), 0 missing, 0 outdated, 0 rejected; 0 errors, 0 warnings, 0 notes',
        'zh-Hant: 4 of 5 units translated (80.0%), 1 missing, 0 outdated, 0 rejected; 2 errors, 0 warnings, 0 notes',
        '',
      ].join('\n'),
    );
    expect(result.status).toBe(1);
    expect((await runCommand(['check', '--root', small.root])).stdout).toBe(result.stdout);
  });

  it('should print JUnit XML with one failing test case per failing rule', async () => {
    const small = await makeFailing();
    const result = await runCommand(['check', '--root', small.root, '--format', 'junit']);
    expect(result.status).toBe(1);
    expect(XMLValidator.validate(result.stdout)).toBe(true);
    type Case = { '@_name': string; '@_classname': string; failure?: { '@_type': string; '@_message': string; '#text': string } };
    type Suite = { '@_name': string; '@_tests': string; '@_failures': string; testcase: Case[] };
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseAttributeValue: false, isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(
      result.stdout,
    ) as { testsuites: { '@_tests': string; '@_failures': string; testsuite: Suite[] } };
    expect(parsed.testsuites['@_failures']).toBe('2');
    expect(parsed.testsuites.testsuite.map((suite) => [suite['@_name'], suite['@_failures']])).toEqual([
      ['de', '0'],
      ['zh-Hant', '2'],
    ]);
    const zh = parsed.testsuites.testsuite.find((suite) => suite['@_name'] === 'zh-Hant');
    expect(zh?.testcase.filter((c) => c.failure).map((c) => ({ name: c['@_name'], classname: c['@_classname'], failure: c.failure }))).toEqual([
      {
        name: 'missing',
        classname: 'handbook-l10n.zh-Hant',
        failure: { '@_type': 'missing', '@_message': '1 error', '#text': `handbook/guide.md:9 [${small.keys.simple}] no zh-Hant translation for “Keep it simple.”` },
      },
      {
        name: 'glossary-forbidden',
        classname: 'handbook-l10n.zh-Hant',
        failure: {
          '@_type': 'glossary-forbidden',
          '@_message': '1 error',
          '#text': `handbook/guide.md:5 [${small.keys.glossary}] "社區" is a forbidden translation of "community"; use "社群"`,
        },
      },
    ]);
  });

  it('should print GitLab Code Quality JSON with a distinct fingerprint per finding', async () => {
    const small = await makeFailing();
    const result = await runCommand(['check', '--root', small.root, '--format', 'codequality']);
    expect(result.status).toBe(1);
    const issues = JSON.parse(result.stdout) as Array<{ check_name: string; fingerprint: string; severity: string; description: string; location: { path: string; lines: { begin: number } } }>;
    expect(issues.map(({ fingerprint: _fingerprint, ...rest }) => rest)).toEqual([
      {
        description: `[zh-Hant] "社區" is a forbidden translation of "community"; use "社群" (${small.keys.glossary})`,
        check_name: 'glossary-forbidden',
        severity: 'major',
        location: { path: FILE, lines: { begin: 5 } },
      },
      {
        description: `[zh-Hant] no zh-Hant translation for “Keep it simple.” (${small.keys.simple})`,
        check_name: 'missing',
        severity: 'major',
        location: { path: FILE, lines: { begin: 9 } },
      },
    ]);
    for (const issue of issues) expect(issue.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(2);
    // Fingerprints are stable: the same findings give the same fingerprints on the next run.
    const again = JSON.parse((await runCommand(['check', '--root', small.root, '--format', 'codequality'])).stdout) as typeof issues;
    expect(again.map((issue) => issue.fingerprint)).toEqual(issues.map((issue) => issue.fingerprint));
  });

  it('should print GitHub workflow commands, one ::error line per error', async () => {
    const small = await makeFailing();
    const result = await runCommand(['check', '--root', small.root, '--format', 'github']);
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('::'))).toEqual([
      `::error file=${FILE},line=5,title=glossary-forbidden (zh-Hant)::"社區" is a forbidden translation of "community"; use "社群" [${small.keys.glossary}]`,
      `::error file=${FILE},line=9,title=missing (zh-Hant)::no zh-Hant translation for “Keep it simple.” [${small.keys.simple}]`,
    ]);
  });

  it('should write the report to --output FILE instead of stdout', async () => {
    const small = await makeFailing();
    const output = join(small.root, 'reports', 'check.json');
    const result = await runCommand(['check', '--root', small.root, '--format', 'json', '--output', output]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`check: report written to ${output}`);
    const written = JSON.parse(await readFile(output, 'utf8')) as JsonReport;
    expect(written).toEqual((await checkJson(small.root)).report);
    expect(written.findings.map((finding) => [finding.rule, finding.line])).toEqual([
      ['glossary-forbidden', 5],
      ['missing', 9],
    ]);
  });

  it('should exit 2 on an unknown format, naming the known ones', async () => {
    const small = await makeSmall();
    const result = await runCommand(['check', '--root', small.root, '--format', 'nope']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('unknown format "nope"; expected one of text, json, junit, codequality, github');
  });
});

describe('check on the sample handbook', () => {
  it('should pass the sample handbook', async () => {
    const root = await copySample();
    roots.push(root);
    const { status, report, stderr } = await checkJson(root);
    const failing = report.findings.filter((finding) => finding.severity === 'error');
    const listed = failing
      .slice(0, 40)
      .map((f) => `${f.lang} ${f.file}:${f.line} ${f.rule} ${f.key ?? ''} ${f.message}`)
      .join('\n');
    expect(status, `${failing.length} error findings${failing.length > 40 ? ' (first 40)' : ''}:\n${listed}\n${stderr}`).toBe(0);
  });
});

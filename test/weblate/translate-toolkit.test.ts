import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExtract } from '../../src/commands/index.js';
import { formatLocaleJson } from '../../src/store/locale-json.js';
import { assertTranslateToolkit, JUDGE, PYTHON, runJudge, type LocaleJudgement } from './run-python.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const temps: string[] = [];

/** Make a temporary project root holding the given files (project-relative path → text). */
async function makeRoot(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'handbook-l10n-judge-'));
  temps.push(root);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

/** Judge a root holding one locale file and return that file's report. */
async function judgeOne(path: string, text: string): Promise<LocaleJudgement> {
  const report = await runJudge(await makeRoot({ [path]: text }));
  expect(report.locales.map((item) => item.file)).toEqual([path]);
  const [only] = report.locales;
  if (!only) throw new Error('no report');
  return only;
}

beforeAll(async () => {
  await assertTranslateToolkit();
});

afterAll(async () => {
  await Promise.all(temps.map((root) => rm(root, { recursive: true, force: true })));
});

describe('translate-toolkit', () => {
  it('should be importable by /usr/bin/python3 (install Debian\'s translate-toolkit otherwise)', async () => {
    await expect(assertTranslateToolkit()).resolves.toBeUndefined();
  });

  it('should make the judge exit 3 with an install hint when translate cannot be imported', async () => {
    // -S leaves out site-packages and dist-packages, as on a machine without the package.
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(PYTHON, ['-S', JUDGE, repoRoot], (error, _stdout, stderr) => {
        resolve({ code: error && typeof error.code === 'number' ? error.code : 0, stderr });
      });
    });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("install Debian's package: apt-get install python3-translate translate-toolkit");
  });
});

describe('judge_locales.py over the repository', () => {
  it('should find every committed locale file byte-identical after a translate-toolkit round trip', async () => {
    const report = await runJudge(repoRoot);
    const bad = report.locales.filter((item) => !item.identical || item.bom || item.error !== null || item.pluralTaken.length > 0 || item.units !== item.keys);
    expect(bad).toEqual([]);
    expect(report.glossaries.filter((item) => item.error !== null)).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('should find the English files that extract writes from handbook/ byte-identical, one unit per key', async () => {
    const root = await makeRoot({});
    await cp(join(repoRoot, 'handbook'), join(root, 'handbook'), { recursive: true });
    await runExtract(root);
    const written = await readdir(join(root, 'locales', 'en'));
    const report = await runJudge(root);
    expect(report.locales.length).toBe(written.length);
    expect(report.locales.length).toBeGreaterThan(0);
    for (const item of report.locales) {
      expect(item, item.file).toMatchObject({ identical: true, error: null, pluralTaken: [], idMismatches: [], duplicateKeys: [] });
      expect(item.units, item.file).toBe(item.keys);
    }
    expect(report.ok).toBe(true);
  });
});

describe('judge_locales.py on crafted locale files', () => {
  it('should accept a translation written by formatLocaleJson and read back the same texts', async () => {
    const entries: Array<[string, string]> = [
      ['intro-h1-1a2b', '導論'],
      ['intro-p1-3c4d', '見 https://ospo-alliance.org/ggi/ 與 `package.json`，"引號" 及 \\ 反斜線'],
      ['intro-p2-5e6f', '第一行\n第二行\t定位 😀 {{x}} $t(y) a::b'],
      ['intro-p3-7081', ''],
    ];
    const report = await runJudge(await makeRoot({ 'locales/zh-Hant/10_introduction.json': formatLocaleJson(entries) }), true);
    const [item] = report.locales;
    expect(item).toMatchObject({ identical: true, keys: 4, units: 4, pluralTaken: [], idMismatches: [], error: null });
    expect(item?.values).toEqual(Object.fromEntries(entries));
    expect(report.ok).toBe(true);
  });

  it('should flag a file written with 2-space indent', async () => {
    const item = await judgeOne('locales/zh-Hant/a.json', '{\n  "a-p1-0001": "甲"\n}\n');
    expect(item.identical).toBe(false);
    expect(item.difference).toEqual({ line: 2, file: '  "a-p1-0001": "甲"', weblate: '    "a-p1-0001": "甲"' });
  });

  it('should flag an escaped slash', async () => {
    const item = await judgeOne('locales/en/a.json', '{\n    "a-p1-0001": "and\\/or"\n}\n');
    expect(item.identical).toBe(false);
    expect(item.difference).toEqual({ line: 2, file: '    "a-p1-0001": "and\\/or"', weblate: '    "a-p1-0001": "and/or"' });
  });

  it('should flag non-ASCII written as \\u escapes', async () => {
    const item = await judgeOne('locales/zh-Hant/a.json', '{\n    "a-p1-0001": "\\u7532"\n}\n');
    expect(item.difference).toEqual({ line: 2, file: '    "a-p1-0001": "\\u7532"', weblate: '    "a-p1-0001": "甲"' });
  });

  it('should flag a file without a trailing newline', async () => {
    const item = await judgeOne('locales/en/a.json', '{\n    "a-p1-0001": "x"\n}');
    expect(item.identical).toBe(false);
    expect(item.difference).toEqual({ line: 4, file: null, weblate: '' });
  });

  it('should flag a byte order mark, which translate-toolkit would keep', async () => {
    const root = await makeRoot({ 'locales/en/a.json': '\uFEFF{\n    "a-p1-0001": "x"\n}\n' });
    const report = await runJudge(root);
    expect(report.locales[0]).toMatchObject({ bom: true, identical: true, keys: 1, units: 1 });
    expect(report.ok).toBe(false);
  });

  it('should flag a key like intro_one as taken for a plural form', async () => {
    const item = await judgeOne('locales/en/a.json', '{\n    "intro-p1-0001": "Hello",\n    "intro_one": "One"\n}\n');
    expect(item.pluralTaken).toEqual(['intro_one']);
    expect(item.identical).toBe(false);
  });

  it('should flag a plural-looking key in a language with one plural form too', async () => {
    const item = await judgeOne('locales/zh-Hant/a.json', '{\n    "intro_other": "其他",\n    "intro_one": "一"\n}\n');
    expect(item.pluralTaken).toEqual(['intro_one', 'intro_other']);
  });

  it('should flag duplicate keys', async () => {
    const item = await judgeOne('locales/en/a.json', '{\n    "a-p1-0001": "x",\n    "a-p1-0001": "y"\n}\n');
    expect(item.duplicateKeys).toEqual(['a-p1-0001']);
    expect(item.keys).toBe(2);
    expect(item.units).toBe(1);
  });

  it('should report a file that is not JSON as an error', async () => {
    const item = await judgeOne('locales/en/a.json', '{ "a": ');
    expect(item.error).toMatch(/^ParseError: /);
  });

  it('should judge the whole root not ok when one file fails', async () => {
    const root = await makeRoot({
      'locales/en/a.json': formatLocaleJson([['a-p1-0001', 'x']]),
      'locales/zh-Hant/a.json': '{\n  "a-p1-0001": "甲"\n}\n',
    });
    const report = await runJudge(root);
    expect(report.locales.map((item) => [item.file, item.identical])).toEqual([
      ['locales/en/a.json', true],
      ['locales/zh-Hant/a.json', false],
    ]);
    expect(report.ok).toBe(false);
  });
});

describe('judge_locales.py on glossaries', () => {
  const tbx = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en">
  <martifHeader><fileDesc><sourceDesc><p>handbook-l10n test</p></sourceDesc></fileDesc></martifHeader>
  <text>
    <body>
      <termEntry id="ospo">
        <langSet xml:lang="en"><tig><term>OSPO</term></tig></langSet>
        <langSet xml:lang="zh-Hant"><tig><term>開源計畫辦公室</term></tig></langSet>
      </termEntry>
      <termEntry id="software-simplified">
        <langSet xml:lang="en"><tig><term>software</term></tig></langSet>
        <langSet xml:lang="zh-Hant"><tig><term>软件</term><termNote type="administrativeStatus">forbidden</termNote></tig></langSet>
      </termEntry>
      <termEntry id="ggi">
        <descrip type="Translation needed">No</descrip>
        <langSet xml:lang="en"><tig><term>GGI</term></tig></langSet>
      </termEntry>
      <termEntry id="spdx">
        <langSet xml:lang="en"><tig><term>SPDX</term><termNote type="translationNote">no</termNote></tig></langSet>
      </termEntry>
    </body>
  </text>
</martif>
`;

  it('should list the terms and which are forbidden or read-only', async () => {
    const report = await runJudge(await makeRoot({ 'glossary/zh-Hant.tbx': tbx }));
    const [glossary] = report.glossaries;
    expect(glossary?.error).toBeNull();
    expect(glossary?.terms.map((term) => [term.id, term.source, term.target, term.forbidden, term.readOnly])).toEqual([
      ['ospo', 'OSPO', '開源計畫辦公室', false, false],
      ['software-simplified', 'software', '软件', true, false],
      ['ggi', 'GGI', null, false, true],
      ['spdx', 'SPDX', null, false, true],
    ]);
    expect(glossary?.forbidden).toEqual(['software']);
    expect(glossary?.readOnly).toEqual(['GGI', 'SPDX']);
    expect(report.ok).toBe(true);
  });

  it('should report a glossary that is not XML as an error', async () => {
    const report = await runJudge(await makeRoot({ 'glossary/zh-Hant.tbx': '<martif><text>' }));
    expect(report.glossaries[0]?.error).toMatch(/^XMLSyntaxError: /);
    expect(report.ok).toBe(false);
  });
});

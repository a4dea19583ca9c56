import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatLocaleJson } from '../../src/store/locale-json.js';
import { formatTmx, type TmxEntry } from '../../src/weblate/translation-memory.js';
import { runTmx } from '../../src/commands/index.js';
import { assertTranslateToolkit, runPythonJson } from './run-python.js';

/** Load a TMX file with translate-toolkit and print, per unit, the languages, texts and props. */
const READ_TMX = `
import json, sys
from translate.storage.tmx import tmxfile
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
store = tmxfile(open(sys.argv[1], "rb"))
units = []
for unit in store.units:
    tuvs = unit.getlanguageNodes()
    props = {p.get("type"): p.text for p in unit.xmlelement.iterchildren("prop")}
    units.append({"langs": [t.get(XML_LANG) for t in tuvs], "source": unit.source, "target": unit.target, "props": props})
header = store.document.getroot().find("header")
print(json.dumps({"header": dict(header.attrib), "units": units}, ensure_ascii=False))
`;

interface TmxRead {
  header: Record<string, string>;
  units: Array<{ langs: string[]; source: string; target: string; props: Record<string, string> }>;
}

const temps: string[] = [];

async function makeRoot(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'handbook-l10n-tmx-'));
  temps.push(root);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

beforeAll(async () => {
  await assertTranslateToolkit();
});

afterAll(async () => {
  await Promise.all(temps.map((root) => rm(root, { recursive: true, force: true })));
});

describe('formatTmx read by translate-toolkit', () => {
  it('should give back the same pairs, languages and properties', async () => {
    const entries: TmxEntry[] = [
      { source: 'Activity ID: [GGI-A-01 (EN)](https://ospo-alliance.org/ggi/)', target: '活動編號：[GGI-A-01 (EN)](https://ospo-alliance.org/ggi/)', key: 'a-p1-0001', namespace: '51_activity_01', archived: false },
      { source: 'Use `<b>` & "quotes" \'here\'', target: '使用 `<b>` 與「引號」', key: 'a-p2-0002', namespace: '51_activity_01', archived: false },
      { source: '  leading and trailing  ', target: '  前後空白  ', key: 'a-p3-0003', namespace: 'sub/file', archived: true },
      { source: 'line one\nline two', target: '第一行\n第二行', key: 'a-p4-0004', namespace: 'sub/file', archived: true },
    ];
    const root = await makeRoot({ 'memory.tmx': formatTmx({ sourceLang: 'en', targetLang: 'zh-Hant', entries }) });
    const read = await runPythonJson<TmxRead>(READ_TMX, [join(root, 'memory.tmx')]);
    expect(read.header).toEqual({
      creationtool: 'handbook-l10n',
      creationtoolversion: '0.1.0',
      segtype: 'paragraph',
      'o-tmf': 'handbook-l10n',
      adminlang: 'en',
      srclang: 'en',
      datatype: 'plaintext',
    });
    expect(read.units).toEqual(
      entries.map((entry) => ({
        langs: ['en', 'zh-Hant'],
        source: entry.source,
        target: entry.target,
        props: { 'x-key': entry.key, 'x-namespace': entry.namespace, 'x-archived': String(entry.archived) },
      })),
    );
  });
});

describe('writeTranslationMemory read by translate-toolkit', () => {
  it('should export current and archived translations that translate-toolkit reads back', async () => {
    const root = await makeRoot({
      'handbook/10_intro.md': '# Introduction\n\nHello.\n',
      'locales/en/10_intro.json': formatLocaleJson([['intro-h1-0001', 'Introduction'], ['intro-p1-0002', 'Hello.']]),
      'locales/zh-Hant/10_intro.json': formatLocaleJson([['intro-h1-0001', '導論'], ['intro-p1-0002', '']]),
      '.l10n/archive/zh-Hant.json': JSON.stringify([{ namespace: '10_intro', key: 'intro-p2-0003', source: 'Goodbye.', target: '再見。' }]),
    });
    const results = await runTmx(root);
    expect(results).toEqual([{ lang: 'zh-Hant', file: 'build/tmx/zh-Hant.tmx', current: 1, archived: 1, written: true }]);
    const path = join(root, 'build/tmx/zh-Hant.tmx');
    const read = await runPythonJson<TmxRead>(READ_TMX, [path]);
    expect(read.units.map((unit) => [unit.source, unit.target, unit.props['x-archived']])).toEqual([
      ['Introduction', '導論', 'false'],
      ['Goodbye.', '再見。', 'true'],
    ]);
    expect(await readFile(path, 'utf8')).toContain('<tuv xml:lang="zh-Hant">');
  });
});

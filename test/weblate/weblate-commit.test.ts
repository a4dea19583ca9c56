import { execFile } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/commands/index.js';
import { runExtract } from '../../src/commands/index.js';
import { runMerge } from '../../src/commands/index.js';
import type { Finding } from '../../src/base/index.js';
import { hashText } from '../../src/store/records.js';
import { CORPUS, copySample, makeProject, read, runCommand } from '../support/temp-project.js';
import { assertTranslateToolkit, PYTHON, runJudge } from './run-python.js';

const run = promisify(execFile);
const LANG = 'zh-Hant';

/**
 * One Weblate commit, as Weblate's backend writes it: translate-toolkit's I18NextV4File loads
 * the translation file (or, for a language Weblate has just added, the base file with every
 * string emptied, as Weblate's `create_new_file` + `untranslate_store` do), sets targets through
 * the unit API (a unit the file lacks is created and added, as Weblate's `add_unit` does) and
 * serialises the store. Prints which keys were added and which changed.
 */
const WEBLATE_COMMIT = `
import io, json, sys
from pathlib import Path
from translate.storage.jsonl10n import I18NextV4File

root, lang, namespace, updates = Path(sys.argv[1]), sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
path = root / "locales" / lang / (namespace + ".json")
store = I18NextV4File()
store.settargetlanguage(lang.replace("-", "_"))
if path.exists():
    store.parse(path.read_bytes())
    created = False
else:
    store.parse((root / "locales" / "en" / (namespace + ".json")).read_bytes())
    for unit in store.units:
        unit.target = ""
    created = True
added, changed = [], []
for key, target in updates.items():
    unit = store.findid("." + key)
    if unit is None:
        unit = store.UnitClass(target)
        unit.setid(key)
        store.addunit(unit)
        added.append(key)
    else:
        (changed if unit.target else added).append(key)
        unit.target = target
out = io.BytesIO()
store.serialize(out)
path.parent.mkdir(parents=True, exist_ok=True)
path.write_bytes(out.getvalue())
print(json.dumps({"created": created, "added": added, "changed": changed}))
`;

interface CommitResult {
  created: boolean;
  added: string[];
  changed: string[];
}

/** Write one Weblate commit to `locales/<lang>/<namespace>.json` through translate-toolkit. */
async function weblateCommit(root: string, namespace: string, updates: Record<string, string>): Promise<CommitResult> {
  const { stdout } = await run(PYTHON, ['-c', WEBLATE_COMMIT, root, LANG, namespace, JSON.stringify(updates)]);
  return JSON.parse(stdout) as CommitResult;
}

/** A check finding as `check --format json` prints it. */
type JsonFinding = Finding;

/** One play of the Weblate round trip on one source file. English texts name the units. */
interface Scenario {
  name: string;
  /** Make the temporary project; returns its root. */
  setup: () => Promise<string>;
  /** The source file, project-relative. */
  source: string;
  /** Its namespace. */
  namespace: string;
  /** The first Weblate commit, when the language is added: English text → translation. */
  first: Record<string, string>;
  /** The translator's commit under test: one changed translation, the rest added. */
  second: Record<string, string>;
  /** The paragraph whose English is edited (one word), and its updated translation. */
  edit: { text: string; from: string; to: string; translation: string };
  /** The paragraph inserted at the top of the source. */
  inserted: string;
  /** The translated paragraph deleted from the source. */
  deleted: string;
  /** Severity of `missing` and `outdated` under the project's gate. */
  severity: 'error' | 'warning';
  /** `check` exit code once a paragraph is outdated and another missing. */
  exitCode: number;
}

const corpusFiles = ['51_activity_17.md', '51_activity_18.md', '51_activity_19.md', '51_activity_20.md', '51_activity_42.md'];

const scenarios: Scenario[] = [
  {
    name: 'the sample handbook',
    setup: async () => {
      const root = await copySample();
      // Others are translating the sample right now: start this file's zh-Hant from Weblate's
      // "add language" state, so the play does not depend on how far they got.
      await rm(join(root, 'locales', LANG, '51_activity_01.json'), { force: true });
      return root;
    },
    source: 'handbook/51_activity_01.md',
    namespace: '51_activity_01',
    first: {
      'Licence inventory of the software supply chain': '軟體供應鏈的授權清冊',
      'Activity ID: [GGI-A-01 (EN)](https://ospo-alliance.org/ggi/activities/licence_inventory_of_the_software_supply_chain).':
        '活動編號：[GGI-A-01 (EN)](https://ospo-alliance.org/ggi/activities/licence_inventory_of_the_software_supply_chain)。',
      Description: '說明',
    },
    second: {
      Description: '描述',
      'It reduces the time spent on due-diligence questionnaires from weeks to hours.': '它把填寫盡職調查問卷的時間從數週縮短到數小時。',
      'The main cost is the initial effort of covering older products, which often have no manifest at all. That effort pays for itself the first time a customer or a regulator asks for a component list.':
        '主要成本是涵蓋較舊產品的初期工作，這些產品往往根本沒有清單檔。當客戶或主管機關第一次索取元件清單時，這份投入就已回本。',
    },
    edit: {
      text: 'It reduces the time spent on due-diligence questionnaires from weeks to hours.',
      from: 'hours',
      to: 'days',
      translation: '它把填寫盡職調查問卷的時間從數週縮短到數天。',
    },
    inserted: 'A new opening paragraph, written after the translation.',
    deleted:
      'The main cost is the initial effort of covering older products, which often have no manifest at all. That effort pays for itself the first time a customer or a regulator asks for a component list.',
    severity: 'error',
    exitCode: 1,
  },
  {
    name: 'five real GGI activities',
    setup: async () => {
      const files: Record<string, string> = {};
      for (const name of corpusFiles) files[`handbook/${name}`] = await readFile(join(CORPUS, name), 'utf8');
      return makeProject(files);
    },
    source: 'handbook/51_activity_17.md',
    namespace: '51_activity_17',
    first: {
      'Inventory of open source skills and resources': '開源技能與資源盤點',
      'Activity ID: [GGI-A-17 (EN)](https://gitlab.ow2.org/ggi/ggi/-/blob/main/handbook/content/51_activity_17.md).':
        '活動編號：[GGI-A-17 (EN)](https://gitlab.ow2.org/ggi/ggi/-/blob/main/handbook/content/51_activity_17.md)。',
      Description: '說明',
    },
    second: {
      Description: '描述',
      'At any stage, from a management perspective, it is useful to have a mapping, an inventory of open source resources, assets, usage and their status, as well as potential needs and available solutions. It also includes assessing the required effort and skills to fill the gap.':
        '從管理的角度來看，在任何階段擁有一份對照表都很有用：盤點開源資源、資產、使用情形及其狀態，以及潛在需求與可用的解決方案。這也包括評估彌補差距所需的投入與技能。',
      'This activity aims to take a snapshot of the open source situation within the organisation and on the market and evaluate the bridge between them.':
        '本活動旨在為組織內部與市場上的開源現況留下快照，並評估兩者之間的連結。',
    },
    edit: {
      text: 'At any stage, from a management perspective, it is useful to have a mapping, an inventory of open source resources, assets, usage and their status, as well as potential needs and available solutions. It also includes assessing the required effort and skills to fill the gap.',
      from: 'useful',
      to: 'helpful',
      translation:
        '從管理的角度來看，在任何階段擁有一份對照表都很有幫助：盤點開源資源、資產、使用情形及其狀態，以及潛在需求與可用的解決方案。這也包括評估彌補差距所需的投入與技能。',
    },
    inserted: 'A new opening paragraph, written after the translation.',
    deleted:
      'This activity aims to take a snapshot of the open source situation within the organisation and on the market and evaluate the bridge between them.',
    severity: 'warning',
    exitCode: 0,
  },
];

/** Read a project's JSON file. */
async function readJson<T>(root: string, path: string): Promise<T> {
  return JSON.parse(await read(root, path)) as T;
}

/** The key of the unit with this English text (exactly one must exist). */
function keyOf(english: Record<string, string>, text: string): string {
  const keys = Object.keys(english).filter((key) => english[key] === text);
  expect(keys, `one key for “${text}”`).toHaveLength(1);
  return keys[0] ?? '';
}

/** 1-based line of the only source line holding `text`. */
function lineOf(markdown: string, text: string): number {
  const lines = markdown.split('\n');
  const found = lines.flatMap((line, index) => (line.includes(text) ? [index + 1] : []));
  expect(found, `one line holding “${text}”`).toHaveLength(1);
  return found[0] ?? 0;
}

beforeAll(async () => {
  await assertTranslateToolkit();
});

const roots: string[] = [];
afterAll(async () => {
  await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));
});

for (const scenario of scenarios) {
  describe(`A Weblate commit, simulated, on ${scenario.name}`, () => {
    const localeFile = `locales/${LANG}/${scenario.namespace}.json`;
    const enFile = `locales/en/${scenario.namespace}.json`;
    let root = '';
    /** The English catalog after the first extraction. */
    let english: Record<string, string> = {};
    /** The translator's file as translate-toolkit wrote it. */
    let committed = '';
    /** English text → translation, as the file holds them after the translator's commit. */
    let translations: Record<string, string> = {};
    let editedKey = '';

    beforeAll(async () => {
      root = await scenario.setup();
      roots.push(root);
    });

    it('should leave the file the translator committed through translate-toolkit byte for byte, and merge every translation in place', async () => {
      await runExtract(root);
      english = await readJson<Record<string, string>>(root, enFile);
      const toKeys = (texts: Record<string, string>): Record<string, string> =>
        Object.fromEntries(Object.entries(texts).map(([text, target]) => [keyOf(english, text), target]));

      // Weblate adds the language and a translator translates the first strings; CI extracts.
      const first = await weblateCommit(root, scenario.namespace, toKeys(scenario.first));
      expect(first).toEqual({ created: true, added: Object.keys(toKeys(scenario.first)), changed: [] });
      await runExtract(root);

      // The translator's commit under test: one string changed, others added.
      const second = await weblateCommit(root, scenario.namespace, toKeys(scenario.second));
      const [changedText, ...addedTexts] = Object.keys(scenario.second);
      expect(second).toEqual({ created: false, added: addedTexts.map((text) => keyOf(english, text)), changed: [keyOf(english, changedText ?? '')] });
      committed = await read(root, localeFile);
      translations = { ...scenario.first, ...scenario.second };

      const extracted = await runExtract(root);
      expect(extracted.written).not.toContain(localeFile);
      expect(await read(root, localeFile)).toBe(committed);
      // No translation lost: every English key is there, in document order, translated or empty.
      expect(Object.entries(JSON.parse(committed) as Record<string, string>)).toEqual(
        Object.entries(english).map(([key, text]) => [key, translations[text] ?? '']),
      );
      const judged = (await runJudge(root)).locales.find((item) => item.file === localeFile);
      expect(judged).toMatchObject({ identical: true, bom: false, error: null, pluralTaken: [], duplicateKeys: [] });

      const merges = await runMerge(root, { lang: [LANG] });
      expect(merges.map((merge) => merge.lang)).toEqual([LANG]);
      expect(merges[0]?.rejected).toEqual([]);
      const markdown = await read(root, scenario.source);
      const merged = await read(root, `build/md/${LANG}/${scenario.source.replace(/^handbook\//, '')}`);
      const sourceLines = markdown.split('\n');
      const mergedLines = merged.split('\n');
      expect(mergedLines).toHaveLength(sourceLines.length);
      for (const [text, target] of Object.entries(translations)) {
        const line = lineOf(markdown, text);
        expect(mergedLines[line - 1], `line ${line}`).toBe(sourceLines[line - 1]?.replace(text, target));
      }
      for (const [index, line] of sourceLines.entries()) {
        if (!Object.keys(translations).some((text) => line.includes(text))) expect(mergedLines[index], `line ${index + 1}`).toBe(line);
      }

      const { report, files } = await runCheck(root, { lang: [LANG] });
      const translatedKeys = new Set(Object.keys(translations).map((text) => keyOf(english, text)));
      expect(report.findings.filter((finding) => finding.file === scenario.source && finding.key !== undefined && translatedKeys.has(finding.key))).toEqual([]);
      const units = Object.keys(english).length;
      expect(files[LANG]?.find((row) => row.file === scenario.source)).toEqual({
        file: scenario.source,
        units,
        translated: translatedKeys.size,
        missing: units - translatedKeys.size,
        outdated: 0,
        rejected: 0,
      });
    });

    it('should keep the key and the translation of an edited paragraph, report it outdated and the inserted one missing', async () => {
      const { text, from, to } = scenario.edit;
      editedKey = keyOf(english, text);
      const edited = text.replace(from, to);
      const markdown = await read(root, scenario.source);
      expect(markdown.split(text)).toHaveLength(2);
      await writeFile(join(root, scenario.source), `${scenario.inserted}\n\n${markdown.replace(text, edited)}`);

      const result = await runExtract(root);
      expect(result).toMatchObject({ added: 1, changed: 1, removed: 0, archived: 0 });
      const after = await readJson<Record<string, string>>(root, enFile);
      const insertedKey = keyOf(after, scenario.inserted);
      expect(Object.keys(after)).toEqual([insertedKey, ...Object.keys(english)]);
      expect(after[editedKey]).toBe(edited);
      expect(await read(root, localeFile)).toBe(committed);

      const cli = await runCommand(['check', '--root', root, '--lang', LANG, '--format', 'json']);
      expect(cli.status, cli.stderr).toBe(scenario.exitCode);
      const report = JSON.parse(cli.stdout) as { findings: JsonFinding[] };
      const newMarkdown = await read(root, scenario.source);
      const ofFile = (rule: string): JsonFinding[] => report.findings.filter((finding) => finding.rule === rule && finding.file === scenario.source);
      expect(ofFile('outdated')).toEqual([
        { rule: 'outdated', severity: scenario.severity, lang: LANG, file: scenario.source, line: lineOf(newMarkdown, edited), key: editedKey, message: expect.any(String) },
      ]);
      expect(ofFile('missing').find((finding) => finding.key === insertedKey)).toEqual({
        rule: 'missing',
        severity: scenario.severity,
        lang: LANG,
        file: scenario.source,
        line: 1,
        key: insertedKey,
        message: expect.any(String),
      });
      english = after;
    });

    it('should count the updated translation current, record it on extract, then rewrite nothing', async () => {
      const { text, from, to, translation } = scenario.edit;
      const edited = text.replace(from, to);
      const old = translations[text] ?? '';
      const result = await weblateCommit(root, scenario.namespace, { [editedKey]: translation });
      expect(result).toEqual({ created: false, added: [], changed: [editedKey] });
      committed = await read(root, localeFile);
      translations = { ...translations, [edited]: translation };
      delete translations[text];

      const { report } = await runCheck(root, { lang: [LANG] });
      expect(report.findings.filter((finding) => finding.file === scenario.source && finding.key === editedKey)).toEqual([]);

      const statePath = `.l10n/state/${scenario.namespace}.json`;
      type State = Record<string, Record<string, { source: string; target: string }>>;
      expect((await readJson<State>(root, statePath))[LANG]?.[editedKey]).toEqual({ source: hashText(text), target: hashText(old) });
      const recorded = await runExtract(root);
      expect(recorded.written).toEqual([statePath]);
      expect((await readJson<State>(root, statePath))[LANG]?.[editedKey]).toEqual({ source: hashText(edited), target: hashText(translation) });
      expect(await read(root, localeFile)).toBe(committed);
      const again = await runExtract(root);
      expect(again.written).toEqual([]);
    });

    it('should move the translation of a deleted paragraph to the archive and export it to TMX as archived', async () => {
      const deletedKey = keyOf(english, scenario.deleted);
      const target = translations[scenario.deleted] ?? '';
      expect(target).not.toBe('');
      const markdown = await read(root, scenario.source);
      expect(markdown.split(`${scenario.deleted}\n\n`)).toHaveLength(2);
      await writeFile(join(root, scenario.source), markdown.replace(`${scenario.deleted}\n\n`, ''));

      const result = await runExtract(root);
      expect(result.removed).toBe(1);
      expect(result.archived).toBeGreaterThanOrEqual(1);
      const archive = await readJson<Array<{ namespace: string; key: string; source: string; target: string }>>(root, `.l10n/archive/${LANG}.json`);
      expect(archive).toContainEqual({ namespace: scenario.namespace, key: deletedKey, source: scenario.deleted, target });
      const before = JSON.parse(committed) as Record<string, string>;
      delete before[deletedKey];
      expect(Object.entries(await readJson<Record<string, string>>(root, localeFile))).toEqual(Object.entries(before));
      const judged = (await runJudge(root)).locales.find((item) => item.file === localeFile);
      expect(judged).toMatchObject({ identical: true, bom: false, error: null });

      const cli = await runCommand(['tmx', '--root', root, '--lang', LANG]);
      expect(cli.status, cli.stderr).toBe(0);
      const tmx = new XMLParser({
        ignoreAttributes: false,
        attributeNamePrefix: '@_',
        parseTagValue: false,
        trimValues: false,
        isArray: (name) => ['tu', 'tuv', 'prop'].includes(name),
      }).parse(await read(root, `build/tmx/${LANG}.tmx`)) as {
        tmx: { body: { tu: Array<{ prop: Array<{ '@_type': string; '#text': string }>; tuv: Array<{ '@_xml:lang': string; seg: string }> }> } };
      };
      const props = (tu: { prop: Array<{ '@_type': string; '#text': string }> }): Record<string, string> =>
        Object.fromEntries(tu.prop.map((prop) => [prop['@_type'], prop['#text']]));
      const units = tmx.tmx.body.tu.filter((tu) => props(tu)['x-key'] === deletedKey && props(tu)['x-namespace'] === scenario.namespace);
      expect(units.map((tu) => ({ props: props(tu), tuv: tu.tuv.map((tuv) => ({ lang: tuv['@_xml:lang'], seg: tuv.seg })) }))).toEqual([
        {
          props: { 'x-key': deletedKey, 'x-namespace': scenario.namespace, 'x-archived': 'true' },
          tuv: [
            { lang: 'en', seg: scenario.deleted },
            { lang: LANG, seg: target },
          ],
        },
      ]);
    });
  });
}

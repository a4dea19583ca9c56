/**
 * The translation memory export: each language's current and archived translation pairs,
 * collected from the locale files and the archive, written as TMX 1.4 to `build/tmx/<lang>.tmx`.
 */
import { join } from 'node:path';
import { XMLBuilder } from 'fast-xml-parser';
import { UsageError } from '../base/index.js';
import { ARCHIVE_SCHEMA, getLocalePath, PROJECT_PATHS, readJsonFile, readLocaleFile, writeFileAtomic, type ArchiveEntry } from '../store/index.js';

/** One translation pair for the translation memory. */
export interface TmxEntry {
  /** The English text. */
  source: string;
  /** The translation. */
  target: string;
  /** The unit key it had in its locale file. */
  key: string;
  /** The namespace (locale file) it belongs to. */
  namespace: string;
  /** True when the key has left English and the pair comes from the archive. */
  archived: boolean;
}

/** What `formatTmx` needs. */
export interface TmxInput {
  /** Language of the sources (BCP 47 folder code), e.g. `en`. */
  sourceLang: string;
  /** Language of the targets (BCP 47 folder code), e.g. `zh-Hant`. */
  targetLang: string;
  /** The pairs, in the order they should appear. */
  entries: readonly TmxEntry[];
  /** Value of the header's `creationtoolversion`. Default `0.1.0`. */
  toolVersion?: string;
}

/** Characters XML 1.0 does not allow in a document (C0 controls other than tab, LF and CR). */
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
});

/**
 * Format translation pairs as a TMX 1.4 document that Weblate's `import_memory` and
 * translate-toolkit's TMX storage read.
 * Deterministic (no dates, no ids that change between runs): the same input gives the
 * same bytes. Pairs with an empty source or target and exact repeats are left out, so every
 * `<tu>` holds a usable pair; its first `<tuv>` is the source.
 * @param input Languages and pairs; see `TmxInput`.
 * @returns The TMX text, UTF-8, ending with a newline.
 */
export function formatTmx(input: TmxInput): string {
  const seen = new Set<string>();
  const units = [];
  for (const entry of input.entries) {
    if (entry.source === '' || entry.target === '') continue;
    const id = JSON.stringify([entry.namespace, entry.key, entry.source, entry.target, entry.archived]);
    if (seen.has(id)) continue;
    seen.add(id);
    units.push({
      prop: [
        { '@_type': 'x-key', '#text': clean(entry.key) },
        { '@_type': 'x-namespace', '#text': clean(entry.namespace) },
        { '@_type': 'x-archived', '#text': entry.archived ? 'true' : 'false' },
      ],
      tuv: [
        { '@_xml:lang': input.sourceLang, seg: clean(entry.source) },
        { '@_xml:lang': input.targetLang, seg: clean(entry.target) },
      ],
    });
  }
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    tmx: {
      '@_version': '1.4',
      header: {
        '@_creationtool': 'handbook-l10n',
        '@_creationtoolversion': input.toolVersion ?? '0.1.0',
        '@_segtype': 'paragraph',
        '@_o-tmf': 'handbook-l10n',
        '@_adminlang': 'en',
        '@_srclang': input.sourceLang,
        '@_datatype': 'plaintext',
      },
      body: units.length > 0 ? { tu: units } : '',
    },
  };
  const text: string = builder.build(document);
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** The text without characters XML 1.0 forbids. */
function clean(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}

/** One namespace's catalogs, as read from `locales/`. */
export interface NamespaceCatalogs {
  /** Namespace (locale file name without `.json`). */
  namespace: string;
  /** English text by key, in document order. */
  english: ReadonlyMap<string, string>;
  /** Translation by key; missing or empty means untranslated. */
  translations: ReadonlyMap<string, string>;
}

/**
 * Collect the translation pairs of one language for its translation memory: every translated
 * unit of the current catalogs, then every archived translation.
 * Pure; pairs with an empty source or target and repeated archive entries are left
 * out, and the order follows the input (namespaces, then English key order, then archive order),
 * so the output is stable.
 * @param namespaces The catalogs of each namespace, in book order.
 * @param archive The language's archive (`.l10n/archive/<lang>.json`).
 * @returns The pairs, current ones with `archived: false`, archived ones with `archived: true`.
 */
export function getTranslationMemoryEntries(namespaces: readonly NamespaceCatalogs[], archive: readonly ArchiveEntry[]): TmxEntry[] {
  const entries: TmxEntry[] = [];
  for (const { namespace, english, translations } of namespaces) {
    for (const [key, source] of english) {
      const target = translations.get(key);
      if (source === '' || target === undefined || target === '') continue;
      entries.push({ source, target, key, namespace, archived: false });
    }
  }
  const seen = new Set<string>();
  for (const entry of archive) {
    const id = JSON.stringify([entry.namespace, entry.key, entry.source, entry.target]);
    if (entry.source === '' || entry.target === '' || seen.has(id)) continue;
    seen.add(id);
    entries.push({ source: entry.source, target: entry.target, key: entry.key, namespace: entry.namespace, archived: true });
  }
  return entries;
}

/** What was exported for one language. */
export interface TranslationMemoryResult {
  /** Language folder code. */
  lang: string;
  /** Project-relative path of the TMX file, e.g. `build/tmx/zh-Hant.tmx`. */
  file: string;
  /** Pairs taken from the current locale files. */
  current: number;
  /** Pairs taken from the archive. */
  archived: number;
  /** False when the file already held exactly this content and was left alone. */
  written: boolean;
}

/** The archive file: an array of the pairs whose keys left English. */

/**
 * Export each language's translations and archived translations as `build/tmx/<lang>.tmx`, for
 * Weblate's translation memory (`weblate import_memory`) or any CAT tool.
 * Reads everything of a language before writing its file; each file is written
 * atomically and only when its content changed.
 * @param project The project's root, source language, namespaces (in book order) and the languages to export.
 * @returns One result per language, in the project's language order.
 * @throws UsageError for an invalid locale file or archive (the file is named).
 */
export async function writeTranslationMemory(project: { root: string; sourceLanguage: string; namespaces: readonly string[]; languages: readonly string[] }): Promise<TranslationMemoryResult[]> {
  const { root, sourceLanguage } = project;
  const englishByNamespace = new Map<string, ReadonlyMap<string, string>>();
  for (const namespace of project.namespaces) {
    const path = getLocalePath(root, sourceLanguage, namespace);
    const catalog = await readLocaleFile(path, `${PROJECT_PATHS.locales}/${sourceLanguage}/${namespace}.json`);
    englishByNamespace.set(namespace, catalog?.values ?? new Map());
  }
  const results: TranslationMemoryResult[] = [];
  for (const lang of project.languages) {
    const namespaces: NamespaceCatalogs[] = [];
    for (const [namespace, english] of englishByNamespace) {
      const label = `${PROJECT_PATHS.locales}/${lang}/${namespace}.json`;
      const catalog = await readLocaleFile(getLocalePath(root, lang, namespace), label);
      namespaces.push({ namespace, english, translations: catalog?.values ?? new Map() });
    }
    const archive = await readArchive(root, lang);
    const entries = getTranslationMemoryEntries(namespaces, archive);
    const file = `${PROJECT_PATHS.build}/tmx/${lang}.tmx`;
    const text = formatTmx({ sourceLang: sourceLanguage, targetLang: lang, entries });
    const written = await writeFileAtomic(join(root, file), text);
    const archived = entries.filter((entry) => entry.archived).length;
    results.push({ lang, file, current: entries.length - archived, archived, written });
  }
  return results;
}

/** Read and validate a language's archive; a missing file is an empty archive. */
function readArchive(root: string, lang: string): Promise<ArchiveEntry[]> {
  return readJsonFile(join(root, PROJECT_PATHS.archive, `${lang}.json`), `${PROJECT_PATHS.archive}/${lang}.json`, [], ARCHIVE_SCHEMA);
}

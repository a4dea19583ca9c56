import { join } from 'node:path';
import { z } from 'zod';
import { UsageError } from '../base/index.js';
import type { ArchiveEntry } from '../store/index.js';
import { getLocalePath, PROJECT_PATHS } from '../store/index.js';
import { readJsonFile } from '../store/index.js';
import { readLocaleFile } from '../store/index.js';
import { writeFileAtomic } from '../store/index.js';
import { formatTmx } from './format-tmx.js';
import { getTranslationMemoryEntries, type NamespaceCatalogs } from './get-translation-memory-entries.js';

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

const archiveSchema = z.array(
  z.object({ namespace: z.string(), key: z.string(), source: z.string(), target: z.string() }),
);

/**
 * Export each language's translations and archived translations as `build/tmx/<lang>.tmx`, for
 * Weblate's translation memory (`weblate import_memory`) or any CAT tool.
 * Invariant: reads everything of a language before writing its file; each file is written
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

async function readArchive(root: string, lang: string): Promise<ArchiveEntry[]> {
  const label = `${PROJECT_PATHS.archive}/${lang}.json`;
  const data = await readJsonFile<unknown>(join(root, PROJECT_PATHS.archive, `${lang}.json`), label, []);
  const parsed = archiveSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `at ${issue.path.join('.') || 'the root'}: ${issue.message}` : 'unexpected content';
    throw new UsageError(`${label}: not a valid archive (${where}); expected an array of { namespace, key, source, target }`, { file: label });
  }
  return parsed.data;
}

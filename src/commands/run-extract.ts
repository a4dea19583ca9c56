import { rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import fg from 'fast-glob';
import { readProject } from '../project/read-project.js';
import { segmentSource } from '../project/segment-source.js';
import { openCaches } from '../project/open-caches.js';
import { assignKeys } from '../keys/assign-keys.js';
import { readLocaleFile } from '../store/read-locale-file.js';
import { formatLocaleJson } from '../store/format-locale-json.js';
import { writeFileAtomic } from '../store/write-file-atomic.js';
import { getLocalePath, PROJECT_PATHS } from '../store/project-paths.js';
import { addToArchive, type ArchiveEntry } from '../store/archive.js';
import { readJsonFile } from '../store/read-json-file.js';
import { updateNamespaceState, type LanguageState } from '../store/staleness.js';
import { UsageError } from '../cli/usage-error.js';

/** What one extraction did. */
export interface ExtractResult {
  /** Files read from the handbook. */
  files: number;
  /** Units found. */
  units: number;
  /** Keys given for the first time. */
  added: number;
  /** Keys whose English text changed. */
  changed: number;
  /** Keys gone from English. */
  removed: number;
  /** Translations moved to the archive. */
  archived: number;
  /** Project-relative paths written; empty when nothing changed. */
  written: string[];
}

/**
 * Extract every source file into `locales/en`, keep keys stable by aligning with the previous
 * English catalog, move translations of vanished keys to the archive, and update the staleness
 * record of every language.
 * Invariant: everything is read and validated before the first write, so a failing run
 * overwrites nothing; a run with no change writes no file.
 * @param rootDir Project root.
 * @param options `lang`: limit the languages whose files and records are updated.
 * @returns What was done.
 * @throws UsageError for bad input (file, line, key named).
 */
export async function runExtract(rootDir: string, options: { lang?: string[] } = {}): Promise<ExtractResult> {
  const project = await readProject(rootDir, options.lang);
  const { root, config } = project;
  const source = config.sourceLanguage;
  const rel = (path: string): string => relative(root, path).split('\\').join('/');
  const writes = new Map<string, string>();
  const deletions: string[] = [];
  const result: ExtractResult = { files: project.sources.length, units: 0, added: 0, changed: 0, removed: 0, archived: 0, written: [] };
  const states = new Map<string, LanguageState>();
  const archives = new Map<string, ArchiveEntry[]>();
  for (const lang of project.languages) {
    states.set(lang, await readJsonFile<LanguageState>(join(root, PROJECT_PATHS.state, `${lang}.json`), `${PROJECT_PATHS.state}/${lang}.json`, {}));
    archives.set(lang, await readJsonFile<ArchiveEntry[]>(join(root, PROJECT_PATHS.archive, `${lang}.json`), `${PROJECT_PATHS.archive}/${lang}.json`, []));
  }
  const namespaces = new Set<string>();
  const notes: Record<string, Record<string, string>> = {};

  /** Drop vanished keys from every translation and archive them; update the records. */
  const syncLanguages = async (namespace: string, english: Map<string, string>, previous: Map<string, string>): Promise<void> => {
    for (const lang of project.languages) {
      const path = getLocalePath(root, lang, namespace);
      const catalog = await readLocaleFile(path, rel(path));
      if (!catalog) continue;
      const gone: ArchiveEntry[] = [];
      for (const [key, target] of catalog.values) {
        if (english.has(key) || target === '') continue;
        gone.push({ namespace, key, source: previous.get(key) ?? '', target });
      }
      if (gone.length > 0) {
        archives.set(lang, addToArchive(archives.get(lang) ?? [], gone));
        result.archived += gone.length;
        const kept = [...catalog.values].filter(([key]) => english.has(key));
        writes.set(path, formatLocaleJson(kept));
      }
      const state = states.get(lang) ?? {};
      state[namespace] = updateNamespaceState(state[namespace], english, catalog.values, previous);
      states.set(lang, state);
    }
  };

  for (const file of project.sources) {
    namespaces.add(file.namespace);
    const enPath = getLocalePath(root, source, file.namespace);
    const previous = (await readLocaleFile(enPath, rel(enPath)))?.values ?? new Map<string, string>();
    const caches = await openCaches(project, file);
    let keyed;
    try {
      keyed = assignKeys(segmentSource(file, config, caches.units), [...previous]);
    } catch (error) {
      throw new UsageError(`${file.path}: cannot extract: ${(error as Error).message}`, { file: file.path }, { cause: error });
    }
    const english = new Map(keyed.map((unit) => [unit.key, unit.text] as const));
    for (const unit of keyed) if (unit.note) (notes[file.namespace] ??= {})[unit.key] = unit.note;
    result.units += keyed.length;
    for (const [key, text] of english) {
      const before = previous.get(key);
      if (before === undefined) result.added++;
      else if (before !== text) result.changed++;
    }
    for (const key of previous.keys()) if (!english.has(key)) result.removed++;
    writes.set(enPath, formatLocaleJson([...english]));
    await caches.save();
    await syncLanguages(file.namespace, english, previous);
  }

  // Namespaces whose source file is gone: archive their translations, then remove their files.
  const enDir = join(root, PROJECT_PATHS.locales, source);
  const stale = (await fg('**/*.json', { cwd: enDir }).catch(() => [] as string[])).map((f) => f.replace(/\.json$/, '')).filter((ns) => !namespaces.has(ns));
  for (const namespace of stale.sort()) {
    const enPath = getLocalePath(root, source, namespace);
    const previous = (await readLocaleFile(enPath, rel(enPath)))?.values ?? new Map<string, string>();
    result.removed += previous.size;
    await syncLanguages(namespace, new Map(), previous);
    for (const lang of [source, ...project.languages]) {
      const path = getLocalePath(root, lang, namespace);
      writes.delete(path);
      deletions.push(path);
    }
    for (const lang of project.languages) delete states.get(lang)?.[namespace];
  }

  for (const lang of project.languages) {
    const state = states.get(lang) ?? {};
    const ordered: LanguageState = {};
    for (const ns of [...namespaces].sort()) if (state[ns] && Object.keys(state[ns]).length > 0) ordered[ns] = state[ns];
    writes.set(join(root, PROJECT_PATHS.state, `${lang}.json`), `${JSON.stringify(ordered, null, 2)}\n`);
    const archive = archives.get(lang) ?? [];
    if (archive.length > 0) writes.set(join(root, PROJECT_PATHS.archive, `${lang}.json`), `${JSON.stringify(archive, null, 2)}\n`);
  }

  writes.set(join(root, PROJECT_PATHS.notes), `${JSON.stringify(notes, null, 2)}\n`);

  // Phase two: write. Archives first, so a translation is kept before it leaves its locale file.
  const archiveDir = join(root, PROJECT_PATHS.archive);
  const order = [...writes.keys()].sort((a, b) => Number(!a.startsWith(archiveDir)) - Number(!b.startsWith(archiveDir)));
  for (const path of order) {
    if (await writeFileAtomic(path, writes.get(path) ?? '')) result.written.push(rel(path));
  }
  for (const path of deletions) {
    await rm(path, { force: true });
    result.written.push(rel(path));
  }
  return result;
}

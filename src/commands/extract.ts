/**
 * `extract`: segment the handbook into units, keep keys stable, write the English catalogs,
 * archive translations whose keys left English, and update every language's staleness record.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import fg from 'fast-glob';
import { keySource, type Project, readProject, withProjectLock } from '../project/index.js';
import {
  addToArchive,
  ARCHIVE_SCHEMA,
  formatLocaleJson,
  formatNamespaceState,
  getLocalePath,
  getStatePath,
  PROJECT_PATHS,
  readJsonFile,
  readLocaleFile,
  readNamespaceState,
  toProjectPath,
  updateNamespaceState,
  writeFileAtomic,
  type ArchiveEntry,
} from '../store/index.js';
import { pickLang, type Command, type FileProgress } from './command.js';

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
  /** Files under dot-folders that the `include` patterns match but do not name, not read. */
  skipped: string[];
  /** Symbolic links the `include` patterns match, not followed. */
  links: string[];
}

/**
 * Extract every source file into `locales/<source>`, keep keys stable by aligning with the
 * previous English catalog, move translations of vanished keys to the archive, and update the
 * staleness record of every language. Every locale file, record and archive is read and
 * validated before the first write, so bad input overwrites nothing; a translation is
 * archived before it leaves its locale file; a run with no change writes no file.
 * @param rootDir Project root.
 * @param options `lang`: limit the languages whose files and records are updated; `onFile`:
 *   called after each source file.
 * @returns What was done.
 * @throws UsageError for bad input (file, line, key named).
 */
export async function runExtract(rootDir: string, options: { lang?: string[]; onFile?: FileProgress } = {}): Promise<ExtractResult> {
  const project = await readProject(rootDir, options.lang);
  return withProjectLock(project.root, 'extract', () => extractProject(project, options));
}

/** The work of `runExtract`, under the project's write lock. */
async function extractProject(project: Project, options: { lang?: string[]; onFile?: FileProgress }): Promise<ExtractResult> {
  const { root, config } = project;
  const source = config.sourceLanguage;
  const rel = (path: string): string => toProjectPath(root, path);
  const result: ExtractResult = { files: project.sources.length, units: 0, added: 0, changed: 0, removed: 0, archived: 0, written: [], skipped: project.skipped, links: project.links };
  const write = async (path: string, text: string): Promise<void> => {
    if (await writeFileAtomic(path, text)) result.written.push(rel(path));
  };
  const namespaces = new Set(project.sources.map((file) => file.namespace));
  const enDir = join(root, PROJECT_PATHS.locales, source);
  const stale = (await fg('**/*.json', { cwd: enDir }).catch(() => [] as string[])).map((f) => f.replace(/\.json$/, '')).filter((ns) => !namespaces.has(ns)).sort();

  // Validate everything this run will read, so bad input stops it before any write.
  const archives = new Map<string, ArchiveEntry[]>();
  for (const lang of project.languages) {
    archives.set(lang, await readJsonFile<ArchiveEntry[]>(join(root, PROJECT_PATHS.archive, `${lang}.json`), `${PROJECT_PATHS.archive}/${lang}.json`, [], ARCHIVE_SCHEMA));
  }
  for (const namespace of [...namespaces, ...stale]) {
    for (const lang of [source, ...project.languages]) {
      const path = getLocalePath(root, lang, namespace);
      await readLocaleFile(path, rel(path));
    }
    await readNamespaceState(root, namespace);
  }

  /** Archive and drop the translations of vanished keys, and update the namespace's record. */
  const syncLanguages = async (namespace: string, english: Map<string, string>, previous: ReadonlyMap<string, string>, isStale = false): Promise<void> => {
    const state = await readNamespaceState(root, namespace);
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
        const archive = addToArchive(archives.get(lang) ?? [], gone);
        archives.set(lang, archive);
        await write(join(root, PROJECT_PATHS.archive, `${lang}.json`), `${JSON.stringify(archive, null, 2)}\n`);
        result.archived += gone.length;
        if (!isStale) await write(path, formatLocaleJson([...catalog.values].filter(([key]) => english.has(key))));
      }
      state[lang] = updateNamespaceState(state[lang], english, catalog.values, previous);
    }
    const statePath = getStatePath(root, namespace);
    const text = isStale ? undefined : formatNamespaceState(state);
    if (text === undefined) {
      if (await rm(statePath).then(() => true, () => false)) result.written.push(rel(statePath));
    } else await write(statePath, text);
  };

  const notes: Record<string, Record<string, string>> = {};
  let filesDone = 0;
  for (const file of project.sources) {
    const enPath = getLocalePath(root, source, file.namespace);
    const previous = (await readLocaleFile(enPath, rel(enPath)))?.values ?? new Map<string, string>();
    const { units } = await keySource(project, file, previous);
    const english = new Map(units.map((unit) => [unit.key, unit.text] as const));
    for (const unit of units) if (unit.note) (notes[file.namespace] ??= {})[unit.key] = unit.note;
    result.units += units.length;
    for (const [key, text] of english) {
      const before = previous.get(key);
      if (before === undefined) result.added++;
      else if (before !== text) result.changed++;
    }
    for (const key of previous.keys()) if (!english.has(key)) result.removed++;
    await syncLanguages(file.namespace, english, previous);
    await write(enPath, formatLocaleJson([...english]));
    options.onFile?.(++filesDone, project.sources.length, file.path);
  }

  // Namespaces whose source file is gone: archive their translations, then remove their files.
  for (const namespace of stale) {
    const enPath = getLocalePath(root, source, namespace);
    const previous = (await readLocaleFile(enPath, rel(enPath)))?.values ?? new Map<string, string>();
    result.removed += previous.size;
    await syncLanguages(namespace, new Map(), previous, true);
    for (const lang of [source, ...project.languages]) {
      const path = getLocalePath(root, lang, namespace);
      if (await rm(path).then(() => true, () => false)) result.written.push(rel(path));
    }
  }

  await write(join(root, PROJECT_PATHS.notes), `${JSON.stringify(notes, null, 2)}\n`);
  return result;
}

/** `handbook-l10n extract`: extracts, then says what was extracted and written. */
export const command: Command = async (options, output) => {
  const progress = output.progress('extract');
  const result = await runExtract(options.root, { ...pickLang(options), onFile: progress.tick }).finally(() => progress.end());
  output.out(
    `extract: ${result.files} files, ${result.units} units (${result.added} new, ${result.changed} changed, ${result.removed} removed)` +
      `${result.archived ? `, ${result.archived} translations archived` : ''}; ` +
      `${result.written.length ? `wrote ${result.written.length} files` : 'nothing to write'}\n`,
  );
  if (result.links.length > 0) {
    output.err(`extract: ${result.links.length} symbolic link(s) not followed (a link may leave the project or loop): ${result.links.slice(0, 5).join(', ')}${result.links.length > 5 ? ', …' : ''}\n`);
  }
  if (result.skipped.length > 0) {
    output.err(`extract: ${result.skipped.length} file(s) under dot-folders not read (name the folder in "include" to read them): ${result.skipped.slice(0, 5).join(', ')}${result.skipped.length > 5 ? ', …' : ''}\n`);
  }
  return 0;
};

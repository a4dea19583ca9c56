import type { Finding } from '../check/finding.js';
import { getLanguage } from '../config/languages.js';
import type { LocaleCatalog } from '../store/parse-locale-json.js';
import { keyFile, type KeyedFile } from './key-file.js';
import { openCaches, type FileCaches } from './open-caches.js';
import { readCatalog } from './read-catalog.js';
import type { Project, SourceFile } from './read-project.js';

/** Everything merge and check need of one source file. */
export interface FileWork {
  /** The file's caches (save them when done). */
  caches: FileCaches;
  /** The file keyed as in its English catalog. */
  keyed: KeyedFile;
  /** Its valid catalogs, by language, for every language of every fallback chain. */
  catalogs: Map<string, LocaleCatalog>;
  /** Its invalid locale files, by language, as `locale-file` findings. */
  problems: Map<string, Finding>;
}

/**
 * Languages whose catalogs a project's merge may read: every language of every fallback
 * chain, except the source.
 * @param project The project.
 * @returns The folder codes.
 */
export function getChainLanguages(project: Project): string[] {
  const source = project.config.sourceLanguage;
  return [...new Set(project.languages.flatMap((lang) => getLanguage(lang, source).fallback))].filter((code) => code !== source);
}

/**
 * Open one source file for work: its caches, its keyed units, and its catalogs in the given
 * languages.
 * @param project The project.
 * @param file The source file.
 * @param languages Languages whose catalogs to read (see `getChainLanguages`).
 * @returns The file's work.
 */
export async function openFileWork(project: Project, file: SourceFile, languages: readonly string[]): Promise<FileWork> {
  const caches = await openCaches(project, file);
  const keyed = await keyFile(project, file, caches);
  const catalogs = new Map<string, LocaleCatalog>();
  const problems = new Map<string, Finding>();
  for (const code of languages) {
    const { catalog, problem } = await readCatalog(project, code, file.namespace);
    if (catalog) catalogs.set(code, catalog);
    if (problem) problems.set(code, problem);
  }
  return { caches, keyed, catalogs, problems };
}

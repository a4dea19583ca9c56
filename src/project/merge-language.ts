import type { MergeResult } from '../merge/merge-options.js';
import type { KeyedFile } from './key-file.js';
import { createLookupPool } from '../merge/create-lookup.js';
import { mergeForLanguage } from './merge-for-language.js';
import type { LanguageCatalogs } from './read-catalogs.js';
import type { Project } from './read-project.js';
import type { FileCaches } from './open-caches.js';

/** One merged file of a language. */
export interface MergedFile {
  /** The keyed source file. */
  keyed: KeyedFile;
  /** The merge result (output text, counts, rejected units). */
  result: MergeResult;
}

/**
 * Merge a whole book into one language in memory (the PDF stage needs the book at once).
 * Invariant: pure over its inputs; writes nothing.
 * @param project The project.
 * @param files The keyed source files.
 * @param lang Folder code of the language.
 * @param catalogsOf Catalogs of a language in the chain (already read).
 * @param cachesOf The caches of a file, if any.
 * @returns The merged files in book order.
 */
export function mergeLanguage(
  project: Project,
  files: readonly KeyedFile[],
  lang: string,
  catalogsOf: (lang: string) => LanguageCatalogs | undefined,
  cachesOf: (keyed: KeyedFile) => FileCaches | undefined = () => undefined,
): MergedFile[] {
  const lookups = createLookupPool();
  return files.map((keyed) => ({
    keyed,
    result: mergeForLanguage(project, keyed, lang, (code) => catalogsOf(code)?.catalogs.get(keyed.file.namespace), cachesOf(keyed), lookups),
  }));
}

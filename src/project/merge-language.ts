import { getLanguage } from '../config/languages.js';
import { createLookup } from '../merge/create-lookup.js';
import { mergeFile } from '../merge/merge-file.js';
import type { MergeResult } from '../merge/merge-options.js';
import type { KeyedFile } from './get-keyed-files.js';
import type { LanguageCatalogs } from './read-catalogs.js';
import type { Project } from './read-project.js';
import { getGuardOptionsFromConfig } from './get-guard-options-from-config.js';
import type { ProjectCaches } from './open-caches.js';

/** One merged file of a language. */
export interface MergedFile {
  /** The keyed source file. */
  keyed: KeyedFile;
  /** The merge result (output text, counts, rejected units). */
  result: MergeResult;
}

/**
 * Merge every source file into one language in memory, resolving untranslated units through
 * the language's fallback chain.
 * Invariant: pure over its inputs; writes nothing.
 * @param project The project.
 * @param files The keyed source files.
 * @param lang Folder code of the language.
 * @param catalogsOf Catalogs of a language in the chain (already read).
 * @param caches Shared caches: a translation validated before is not validated again.
 * @returns The merged files in book order.
 */
export function mergeLanguage(
  project: Project,
  files: readonly KeyedFile[],
  lang: string,
  catalogsOf: (lang: string) => LanguageCatalogs | undefined,
  caches?: ProjectCaches,
): MergedFile[] {
  const source = project.config.sourceLanguage;
  const chain = getLanguage(lang, source).fallback;
  const guard = getGuardOptionsFromConfig(project.config);
  return files.map((keyed) => {
    const catalogs: Record<string, Record<string, unknown>> = {};
    for (const code of chain) {
      if (code === source) continue;
      const catalog = catalogsOf(code)?.catalogs.get(keyed.file.namespace);
      if (catalog) catalogs[code] = Object.fromEntries(catalog.values);
    }
    const lookup = createLookup(catalogs, chain, keyed.file.namespace);
    const result = mergeFile({ source: keyed.file.text, units: keyed.units }, lookup, { ...guard, sourceLanguage: source, verdicts: caches?.verdicts, verified: caches?.verified });
    return { keyed, result };
  });
}

import { getLanguage } from '../config/languages.js';
import { createLookupPool, type LookupPool } from '../merge/create-lookup.js';
import { mergeFile } from '../merge/merge-file.js';
import type { MergeResult } from '../merge/merge-options.js';
import type { LocaleCatalog } from '../store/parse-locale-json.js';
import { getGuardOptionsFromConfig } from './get-guard-options-from-config.js';
import type { KeyedFile } from './key-file.js';
import type { FileCaches } from './open-caches.js';
import type { Project } from './read-project.js';

/**
 * Merge one keyed source file into one language in memory, resolving untranslated units
 * through the language's fallback chain.
 * Invariant: pure over its inputs; writes nothing.
 * @param project The project.
 * @param keyed The keyed source file.
 * @param lang Folder code of the language.
 * @param catalogOf The file's catalog in a language of the chain, if any.
 * @param caches The file's caches: a translation validated before is not validated again.
 * @param lookups The run's lookup pool (one per run spares setting i18next up for every file).
 * @returns The merge result.
 */
export function mergeForLanguage(
  project: Project,
  keyed: KeyedFile,
  lang: string,
  catalogOf: (lang: string) => LocaleCatalog | undefined,
  caches?: FileCaches,
  lookups: LookupPool = createLookupPool(),
): MergeResult {
  const source = project.config.sourceLanguage;
  const chain = getLanguage(lang, source).fallback;
  const catalogs: Record<string, Record<string, unknown>> = {};
  for (const code of chain) {
    const catalog = code === source ? undefined : catalogOf(code);
    if (catalog) catalogs[code] = Object.fromEntries(catalog.values);
  }
  const lookup = lookups.open(catalogs, chain, keyed.file.namespace);
  const guard = getGuardOptionsFromConfig(project.config);
  return mergeFile({ source: keyed.file.text, units: keyed.units }, lookup, { ...guard, sourceLanguage: source, verdicts: caches?.verdicts, verified: caches?.verified, structures: caches?.structures });
}

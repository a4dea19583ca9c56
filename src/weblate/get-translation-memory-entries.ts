import type { ArchiveEntry } from '../store/index.js';
import type { TmxEntry } from './format-tmx.js';

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
 * Invariant: pure; pairs with an empty source or target and repeated archive entries are left
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

/**
 * Look translations up through a language's fallback chain with i18next.
 */
import { createInstance, type i18n } from 'i18next';
import type { LookupResult } from './merge-file.js';

/**
 * Create a lookup over one namespace's catalogs that resolves a key through `chain`
 * (for example `['zh-Hant-HK', 'zh-Hant', 'en']`), the way i18next's `fallbackLng` does.
 *
 * Invariant: values come out literally: interpolation and nesting are off, so `{{x}}`,
 * `$t(…)` and `::` stay as written, and keys are never split at `.` or `:`. An empty string
 * or `null` counts as missing (the next language in the chain answers). Non-string values
 * are returned as they are, for the guard to reject. The value is the catalog entry of the
 * language i18next resolved to, never a processed or defaulted string. Only the languages of `chain` are
 * consulted, in order; `catalogs` is not changed.
 *
 * @param catalogs Per language, the flat key → value catalog of the namespace.
 * @param chain The languages to try, most specific first; the last is usually the source language.
 * @param namespace The i18next namespace (one per source file).
 * @returns A function giving a key's value and the language it came from, or `undefined` when no language has it.
 * @throws When `chain` is empty.
 */
export function createLookup(
  catalogs: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
  chain: readonly string[],
  namespace = 'translation',
): (key: string) => LookupResult | undefined {
  const [language, ...fallbacks] = chain;
  if (language === undefined) throw new Error('Unexpected empty `chain` for `createLookup`, expected at least one language');
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const code of chain) resources[code] = { [namespace]: structuredClone({ ...(catalogs[code] ?? {}) }) };
  const instance: i18n = createInstance();
  void instance.init({
    initAsync: false,
    resources,
    lng: language,
    fallbackLng: fallbacks.length === 0 ? false : fallbacks,
    load: 'currentOnly',
    ns: [namespace],
    defaultNS: namespace,
    keySeparator: false,
    nsSeparator: false,
    returnNull: false,
    returnEmptyString: false,
    returnObjects: true,
    interpolation: { escapeValue: false },
  });
  return (key) => {
    const { usedLng } = instance.t(key, { returnDetails: true, skipInterpolation: true, nest: false });
    const text: unknown = instance.getResource(usedLng, namespace, key);
    return text === undefined || text === null || text === '' ? undefined : { text, lang: usedLng };
  };
}

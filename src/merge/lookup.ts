/**
 * Look translations up through a language's fallback chain with i18next.
 */
import { createInstance, type i18n } from 'i18next';

/** What a lookup answers for a key: the translation (any value) and the language it came from. */
export interface LookupResult {
  /** The catalog value; untrusted, checked by the guard. */
  text: unknown;
  /** The language whose catalog held it. */
  lang: string;
}

/** A key's value and the language it came from, or `undefined` when no language of the chain has it. */
export type Lookup = (key: string) => LookupResult | undefined;

/** The one i18next namespace a lookup's instance holds: one source file's catalogs. */
const NAMESPACE = 'file';

/**
 * Create a lookup over one source file's catalogs that resolves a key through `chain`
 * (for example `['zh-Hant-HK', 'zh-Hant', 'en']`), the way i18next's `fallbackLng` does.
 *
 * Values come out literally: interpolation and nesting are off, so `{{x}}`, `$t(…)` and `::`
 * stay as written, and keys are never split at `.` or `:`. An empty string or `null` counts as
 * missing (the next language in the chain answers). Non-string values are returned as they
 * are, for the guard to reject. Only the languages of the chain are consulted, in order.
 *
 * @param catalogs Per language, the flat key → value catalog of the file.
 * @param chain The languages to try, most specific first; the last is usually the source language.
 * @returns The lookup.
 * @throws When `chain` is empty.
 */
export function createLookup(catalogs: Readonly<Record<string, Readonly<Record<string, unknown>>>>, chain: readonly string[]): Lookup {
  const [language, ...fallbacks] = chain;
  if (language === undefined) throw new Error('Unexpected empty `chain` for `createLookup`, expected at least one language');
  const instance = initInstance(language, fallbacks);
  for (const code of chain) instance.addResourceBundle(code, NAMESPACE, { ...(catalogs[code] ?? {}) }, false, true);
  return (key) => {
    const { usedLng } = instance.t(key, { ns: NAMESPACE, returnDetails: true, skipInterpolation: true, nest: false });
    const text: unknown = instance.getResource(usedLng, NAMESPACE, key);
    return text === undefined || text === null || text === '' ? undefined : { text, lang: usedLng };
  };
}

/** An i18next instance for one chain, with no resources yet. */
function initInstance(language: string, fallbacks: readonly string[]): i18n {
  const instance = createInstance();
  void instance.init({
    initAsync: false,
    resources: {},
    lng: language,
    fallbackLng: fallbacks.length === 0 ? false : [...fallbacks],
    load: 'currentOnly',
    ns: [NAMESPACE],
    defaultNS: NAMESPACE,
    keySeparator: false,
    nsSeparator: false,
    returnNull: false,
    returnEmptyString: false,
    returnObjects: true,
    interpolation: { escapeValue: false },
  });
  return instance;
}

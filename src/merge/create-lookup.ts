/**
 * Look translations up through a language's fallback chain with i18next.
 */
import { createInstance, type i18n } from 'i18next';
import type { LookupResult } from './merge-file.js';

/** A key's value and the language it came from, or `undefined` when no language of the chain has it. */
export type Lookup = (key: string) => LookupResult | undefined;

/**
 * Lookups that share one i18next instance per fallback chain, so a run over many files sets
 * i18next up once per language instead of once per file (its set-up costs far more than a
 * file's lookups).
 */
export interface LookupPool {
  /**
   * Load one file's catalogs into the chain's instance and look keys up in them.
   * Invariant: the chain's instance holds this file's catalogs only, so memory does not grow
   * with the book; a lookup opened earlier on the same chain is closed and throws when called.
   * @param catalogs Per language, the flat key → value catalog of the file's namespace.
   * @param chain The languages to try, most specific first; the last is usually the source language.
   * @param namespace The file's namespace, for messages.
   * @returns The lookup.
   * @throws When `chain` is empty.
   */
  open(catalogs: Readonly<Record<string, Readonly<Record<string, unknown>>>>, chain: readonly string[], namespace: string): Lookup;
}

/** One chain's instance and what it holds. */
interface ChainInstance {
  instance: i18n;
  /** Bumped at each `open`, to close the lookups of earlier ones. */
  generation: number;
}

/**
 * The one i18next namespace a chain's instance holds, whatever the file: i18next keeps a list
 * of every namespace it was given and searches it on each addition, so a namespace per file
 * would make a run quadratic in the number of files.
 */
const LOADED = 'file';

/**
 * Create a pool of lookups (see `LookupPool`): keep one per run, open a lookup per file.
 *
 * Invariant: values come out literally: interpolation and nesting are off, so `{{x}}`,
 * `$t(…)` and `::` stay as written, and keys are never split at `.` or `:`. An empty string
 * or `null` counts as missing (the next language in the chain answers). Non-string values
 * are returned as they are, for the guard to reject. The value is the catalog entry of the
 * language i18next resolved to, never a processed or defaulted string. Only the languages of
 * the chain are consulted, in order; `catalogs` is not changed.
 *
 * @returns The pool.
 */
export function createLookupPool(): LookupPool {
  const chains = new Map<string, ChainInstance>();
  return {
    open(catalogs, chain, namespace) {
      const [language, ...fallbacks] = chain;
      if (language === undefined) throw new Error('Unexpected empty `chain` for `createLookup`, expected at least one language');
      const chainKey = chain.join('\n');
      let entry = chains.get(chainKey);
      if (!entry) {
        entry = { instance: initInstance(language, fallbacks), generation: 0 };
        chains.set(chainKey, entry);
      }
      const { instance } = entry;
      for (const code of chain) {
        instance.removeResourceBundle(code, LOADED);
        instance.addResourceBundle(code, LOADED, { ...(catalogs[code] ?? {}) }, false, true);
      }
      const generation = ++entry.generation;
      const current = entry;
      return (key) => {
        if (current.generation !== generation) throw new Error(`Unexpected lookup in namespace "${namespace}" after another namespace was opened on its chain`);
        const { usedLng } = instance.t(key, { ns: LOADED, returnDetails: true, skipInterpolation: true, nest: false });
        const text: unknown = instance.getResource(usedLng, LOADED, key);
        return text === undefined || text === null || text === '' ? undefined : { text, lang: usedLng };
      };
    },
  };
}

/**
 * Create a lookup over one namespace's catalogs that resolves a key through `chain`
 * (for example `['zh-Hant-HK', 'zh-Hant', 'en']`), the way i18next's `fallbackLng` does; the
 * rules are those of `createLookupPool`. A run over many files should keep one pool instead.
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
): Lookup {
  return createLookupPool().open(catalogs, chain, namespace);
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
    ns: [LOADED],
    defaultNS: LOADED,
    keySeparator: false,
    nsSeparator: false,
    returnNull: false,
    returnEmptyString: false,
    returnObjects: true,
    interpolation: { escapeValue: false },
  });
  return instance;
}

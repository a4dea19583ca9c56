/**
 * The one mapping table of languages: folder code ↔ Weblate code ↔ HTML `lang` ↔ PDF file
 * suffix ↔ fallback chain ↔ script. Languages not listed are derived by `getLanguage`.
 */

/** How one language is named in each place, and what it falls back to. */
export interface LanguageInfo {
  /** BCP 47 folder code under `locales/`, e.g. `zh-Hant`. */
  code: string;
  /** Weblate's internal code, e.g. `zh_Hant`. */
  weblate: string;
  /** Value of `<html lang>` and the PDF `/Lang`. */
  html: string;
  /** Suffix of the PDF file name, `<book>-<pdf>.pdf`: the folder code, as the command line contract says. */
  pdf: string;
  /** Fallback chain for untranslated units, ending with the source language. */
  fallback: string[];
  /** Han script of the language, if it is written in Han characters. */
  script?: 'Hant' | 'Hans';
}

/** Known languages, with the reason an entry differs from what `getLanguage` would derive. */
export const LANGUAGES: Record<string, LanguageInfo> = {
  en: { code: 'en', weblate: 'en', html: 'en', pdf: 'en', fallback: ['en'] },
  // Traditional Chinese as used in Taiwan: the OCF translation.
  'zh-Hant': { code: 'zh-Hant', weblate: 'zh_Hant', html: 'zh-Hant', pdf: 'zh-Hant', fallback: ['zh-Hant', 'en'], script: 'Hant' },
  // Hong Kong falls back to Taiwan's Traditional text before English.
  'zh-Hant-HK': { code: 'zh-Hant-HK', weblate: 'zh_Hant_HK', html: 'zh-Hant-HK', pdf: 'zh-Hant-HK', fallback: ['zh-Hant-HK', 'zh-Hant', 'en'], script: 'Hant' },
  // Simplified Chinese: an independent translation, never converted from zh-Hant.
  'zh-Hans': { code: 'zh-Hans', weblate: 'zh_Hans', html: 'zh-Hans', pdf: 'zh-Hans', fallback: ['zh-Hans', 'en'], script: 'Hans' },
};

/**
 * Get the language entry for a folder code, deriving one for languages not in the table.
 * The fallback chain starts with the code itself and ends with the source language.
 * @param code BCP 47 folder code, e.g. `pt-BR`.
 * @param source The source language code (default `en`).
 * @returns The language entry.
 */
export function getLanguage(code: string, source = 'en'): LanguageInfo {
  const known = LANGUAGES[code];
  if (known) return { ...known, fallback: withSource(known.fallback, source) };
  const parts = code.split('-');
  const chain: string[] = [];
  for (let n = parts.length; n > 0; n--) chain.push(parts.slice(0, n).join('-'));
  const script = /-Hant(?:-|$)/.test(code) ? 'Hant' : /-Hans(?:-|$)/.test(code) ? 'Hans' : undefined;
  const underscored = code.replace(/-/g, '_');
  return {
    code,
    weblate: underscored,
    html: code,
    pdf: code,
    fallback: withSource(chain, source),
    ...(script ? { script } : {}),
  };
}

function withSource(chain: string[], source: string): string[] {
  const rest = chain.filter((code) => code !== source);
  return [...rest, source];
}

/**
 * Tell whether a string is a well-formed BCP 47 folder code this tool accepts.
 * @param code Candidate code.
 * @returns True for codes like `de`, `pt-BR`, `zh-Hant`, `zh-Hant-HK`.
 */
export function isLanguageCode(code: string): boolean {
  return /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/.test(code);
}

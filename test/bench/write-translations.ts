/**
 * Write synthetic translations (`locales/<lang>/…json`) for every English catalog of a project.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fg from 'fast-glob';
import { formatLocaleJson } from '../../src/store/locale-json.js';
import { getPseudoOutcome, pseudoTranslate } from './pseudo-translate.js';

/** Share of units left untranslated per language, so coverage differs between languages. */
export const MISSING_RATES: Record<string, number> = { de: 0.05, fr: 0.1, es: 0.15, 'pt-BR': 0.3, 'zh-Hans': 0.08, 'zh-Hant': 0.12 };

/** What was written. */
export interface TranslationCounts {
  /** Units translated, over all languages. */
  translated: number;
  /** Units left out. */
  missing: number;
  /** Units broken on purpose (the merge guard should reject them). */
  broken: number;
}

/**
 * Pseudo-translate every `locales/en/**\/*.json` into each language.
 * Invariant: deterministic; keys keep English order; missing units are absent from the file.
 * @param root Project root (after `extract`).
 * @param languages Folder codes.
 * @returns Counts over all languages.
 */
export function writeTranslations(root: string, languages: readonly string[]): TranslationCounts {
  const counts: TranslationCounts = { translated: 0, missing: 0, broken: 0 };
  const enDir = join(root, 'locales', 'en');
  for (const file of fg.sync('**/*.json', { cwd: enDir }).sort()) {
    const english = Object.entries(JSON.parse(readFileSync(join(enDir, file), 'utf8')) as Record<string, string>);
    const namespace = file.replace(/\.json$/, '');
    for (const lang of languages) {
      const entries: Array<[string, string]> = [];
      for (const [key, text] of english) {
        const outcome = getPseudoOutcome(lang, `${namespace}#${key}`, MISSING_RATES[lang] ?? 0.1);
        counts[outcome === 'translated' ? 'translated' : outcome]++;
        if (outcome !== 'missing') entries.push([key, pseudoTranslate(text, lang, outcome === 'broken')]);
      }
      const target = join(root, 'locales', lang, file);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, formatLocaleJson(entries));
    }
  }
  return counts;
}

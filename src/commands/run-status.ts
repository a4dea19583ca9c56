import type { LanguageStatus } from '../weblate/language-status.js';
import { getPercent } from '../weblate/get-percent.js';
import { writeBadges } from '../weblate/write-badges.js';
import { streamCheck } from './run-check.js';

/**
 * Compute the progress of every language (units, translated %, missing, outdated, rejected,
 * per language and per file) and write an SVG badge per language to `build/status/<lang>.svg`.
 * Invariant: writes only the badges, and only when they change.
 * @param rootDir Project root.
 * @param options `lang`: limit to these languages.
 * @returns The statuses, in language order.
 */
export async function runStatus(rootDir: string, options: { lang?: string[] } = {}): Promise<LanguageStatus[]> {
  const { languages, files } = await streamCheck(rootDir, options, () => undefined);
  const statuses = Object.entries(languages).map(([lang, summary]): LanguageStatus => ({
    lang,
    ...summary,
    percent: getPercent(summary.translated, summary.units),
    files: files[lang] ?? [],
  }));
  await writeBadges(rootDir, statuses);
  return statuses;
}

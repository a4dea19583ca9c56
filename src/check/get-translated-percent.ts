/**
 * The translated share of a language, as shown in reports and compared by gates.
 */

import type { LanguageSummary } from './finding.js';

/**
 * Compute the percentage of units translated.
 *
 * Invariant: rounded down to one decimal, so 99.96 % is 99.9 % and never shows as 100 %;
 * a language without units counts as fully translated (100).
 *
 * @param summary The language's counts.
 * @returns A number from 0 to 100 with at most one decimal.
 */
export function getTranslatedPercent(summary: LanguageSummary): number {
  if (summary.units <= 0) return 100;
  return Math.floor((summary.translated / summary.units) * 1000) / 10;
}

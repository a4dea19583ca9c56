/**
 * One line summing up a language: its translation counts and its findings.
 */

import type { Finding, LanguageSummary, Severity } from './finding.js';
import { getTranslatedPercent } from './get-translated-percent.js';

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * Format a language's summary line.
 *
 * Invariant: the same counts always give the same line, e.g.
 * `zh-Hant: 12 of 15 units translated (80.0%), 2 missing, 1 outdated, 0 rejected; 3 errors, 1 warning, 0 notes`.
 * A language with findings but no counts (a locale file that failed to load) shows only its findings.
 *
 * @param lang The language code.
 * @param summary Its counts, or `undefined` when the report has none.
 * @param findings The report's findings (only this language's are counted).
 * @returns The line, without a newline.
 */
export function formatLanguageSummary(lang: string, summary: LanguageSummary | undefined, findings: readonly Finding[]): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) if (finding.lang === lang) counts[finding.severity] += 1;
  return formatSummaryLine(lang, summary, counts);
}

/**
 * Format a language's summary line from its counts of findings by severity.
 * Invariant: the line {@link formatLanguageSummary} gives for findings with these counts.
 * @param lang The language code.
 * @param summary Its counts, or `undefined` when the report has none.
 * @param counts Its findings by severity; missing means none.
 * @returns The line, without a newline.
 */
export function formatSummaryLine(lang: string, summary: LanguageSummary | undefined, counts: Readonly<Record<Severity, number>> | undefined): string {
  const count = (severity: Severity): number => counts?.[severity] ?? 0;
  const tally = `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'note')}`;
  if (summary === undefined) return `${lang}: ${tally}`;
  const percent = getTranslatedPercent(summary).toFixed(1);
  return (
    `${lang}: ${summary.translated} of ${plural(summary.units, 'unit')} translated (${percent}%), ` +
    `${summary.missing} missing, ${summary.outdated} outdated, ${summary.rejected} rejected; ${tally}`
  );
}

/**
 * The languages a report speaks about, in report order.
 */

import type { LanguageSummary, Report } from './finding.js';

/**
 * List a report's languages: those with counts first, in the report's order, then those
 * that only have findings, sorted.
 *
 * Invariant: each language appears once; every finding's language is listed.
 *
 * @param report The report.
 * @returns The language codes.
 */
export function getReportLanguages(report: Report): string[] {
  return listReportLanguages(report.languages, report.findings.map((finding) => finding.lang));
}

/**
 * List the languages of counts and findings, as {@link getReportLanguages} does.
 * Invariant: each language appears once: the counted ones in their order, then the others sorted.
 * @param languages The per-language counts.
 * @param findingLanguages The languages of the findings, repeats allowed.
 * @returns The language codes.
 */
export function listReportLanguages(languages: Record<string, LanguageSummary>, findingLanguages: Iterable<string>): string[] {
  const counted = Object.keys(languages);
  const known = new Set(counted);
  const extra = [...new Set(findingLanguages)].filter((lang) => !known.has(lang)).sort();
  return [...counted, ...extra];
}

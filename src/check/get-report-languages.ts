/**
 * The languages a report speaks about, in report order.
 */

import type { Report } from './finding.js';

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
  const counted = Object.keys(report.languages);
  const known = new Set(counted);
  const extra = [...new Set(report.findings.map((finding) => finding.lang))].filter((lang) => !known.has(lang)).sort();
  return [...counted, ...extra];
}

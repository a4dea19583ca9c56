/**
 * What the report formats read: the language counts and the spooled findings.
 */

import type { LanguageSummary, Report } from './finding.js';
import { addToSpool, createFindingSpool, createMemoryStorage, type FindingSpool } from './finding-spool.js';
import { listReportLanguages } from './get-report-languages.js';

/** A report whose findings are in a spool rather than an array. */
export interface ReportSource {
  /** Per-language counts, in report order. */
  languages: Record<string, LanguageSummary>;
  /** The weighed findings, in report order. */
  spool: FindingSpool;
}

/**
 * Put an in-memory report behind the interface the formats read.
 * Invariant: the report is not changed or copied; its findings keep their order.
 * @param report The report.
 * @returns The source.
 */
export function getReportSource(report: Report): ReportSource {
  const spool = createFindingSpool(createMemoryStorage());
  addToSpool(spool, report.findings);
  return { languages: report.languages, spool };
}

/**
 * The languages of a report source, as `getReportLanguages` lists those of a report.
 * Invariant: the counted languages in their order, then those with only findings, sorted.
 * @param source The source.
 * @returns The language codes.
 */
export function getSourceLanguages(source: ReportSource): string[] {
  return listReportLanguages(source.languages, source.spool.tally.languages.keys());
}

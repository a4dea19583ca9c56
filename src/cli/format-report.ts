import type { Report } from '../check/finding.js';
import { formatCodeQualityChunks } from '../check/format-code-quality.js';
import { formatGithubChunks } from '../check/format-github.js';
import { formatJsonChunks } from '../check/format-json.js';
import { formatJunitChunks } from '../check/format-junit.js';
import { formatTextChunks } from '../check/format-text.js';
import { getReportSource, type ReportSource } from '../check/report-source.js';
import { UsageError } from './usage-error.js';

/** A report format: the report's text, in chunks. */
export type ReportFormatter = (source: ReportSource, color: boolean) => Iterable<string>;

/** The report formats of `check --format`, by name. */
const FORMATS: Record<string, ReportFormatter> = {
  text: (source, color) => formatTextChunks(source, { color }),
  json: (source) => formatJsonChunks(source),
  junit: (source) => formatJunitChunks(source),
  codequality: (source) => formatCodeQualityChunks(source),
  github: (source) => formatGithubChunks(source),
};

/**
 * The formatter of a `check --format` name.
 * Invariant: every name the usage lists has one; any other name is refused.
 * @param format `text`, `json`, `junit`, `codequality` or `github`.
 * @returns The formatter.
 * @throws UsageError for an unknown format.
 */
export function getReportFormatter(format: string): ReportFormatter {
  const formatter = FORMATS[format];
  if (!formatter) throw new UsageError(`--format: unknown format "${format}"; expected one of ${Object.keys(FORMATS).join(', ')}`);
  return formatter;
}

/**
 * Format a check report in the named format.
 * Invariant: the text of {@link getReportFormatter}'s formatter for this report, joined.
 * @param report The report.
 * @param format `text`, `json`, `junit`, `codequality` or `github`.
 * @param options `color`: colour the text format.
 * @returns The formatted report.
 * @throws UsageError for an unknown format.
 */
export function formatReport(report: Report, format: string, options: { color: boolean }): string {
  return [...getReportFormatter(format)(getReportSource(report), options.color)].join('');
}

import type { Report } from '../check/finding.js';
import { formatCodeQuality } from '../check/format-code-quality.js';
import { formatGithub } from '../check/format-github.js';
import { formatJson } from '../check/format-json.js';
import { formatJunit } from '../check/format-junit.js';
import { formatText } from '../check/format-text.js';
import { UsageError } from './usage-error.js';

/** The report formats of `check --format`, by name. */
const FORMATS: Record<string, (report: Report, color: boolean) => string> = {
  text: (report, color) => formatText(report, { color }),
  json: (report) => formatJson(report),
  junit: (report) => formatJunit(report),
  codequality: (report) => formatCodeQuality(report),
  github: (report) => formatGithub(report),
};

/**
 * Format a check report in the named format.
 * @param report The report.
 * @param format `text`, `json`, `junit`, `codequality` or `github`.
 * @param options `color`: colour the text format.
 * @returns The formatted report.
 * @throws UsageError for an unknown format.
 */
export function formatReport(report: Report, format: string, options: { color: boolean }): string {
  const formatter = FORMATS[format];
  if (!formatter) throw new UsageError(`--format: unknown format "${format}"; expected one of ${Object.keys(FORMATS).join(', ')}`);
  return formatter(report, options.color);
}

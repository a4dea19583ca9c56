/**
 * GitHub Actions workflow commands that annotate the lines of a pull request.
 */

import type { Report, Severity } from './finding.js';
import { formatLanguageSummary } from './format-language-summary.js';
import { getReportLanguages } from './get-report-languages.js';
import { sortFindings } from './sort-findings.js';

/** Finding severity → workflow command. */
const commands: Readonly<Record<Severity, 'error' | 'warning' | 'notice'>> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};

/** Escape a command's message (GitHub's `escapeData`). */
const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Escape a command property (GitHub's `escapeProperty`). */
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * Format a report as GitHub workflow commands, one per finding
 * (`::error file=…,line=…,title=…::message`), then the plain summary line of each language.
 *
 * Invariant: every finding is exactly one output line, whatever its message holds: `%`,
 * CR and LF are escaped in messages and properties, and `:` and `,` in properties too.
 * `info` findings become `notice` commands. The output ends with a newline.
 *
 * @param report The report.
 * @returns The commands and summary lines.
 */
export function formatGithub(report: Report): string {
  const lines = sortFindings(report.findings).map((finding) => {
    const properties = [
      `file=${escapeProperty(finding.file)}`,
      `line=${finding.line}`,
      `title=${escapeProperty(`${finding.rule} (${finding.lang})`)}`,
    ].join(',');
    const key = finding.key === undefined ? '' : ` [${finding.key}]`;
    return `::${commands[finding.severity]} ${properties}::${escapeData(`${finding.message}${key}`)}`;
  });
  for (const lang of getReportLanguages(report)) {
    lines.push(formatLanguageSummary(lang, report.languages[lang], report.findings));
  }
  return `${lines.join('\n')}\n`;
}

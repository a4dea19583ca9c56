/**
 * GitHub Actions workflow commands that annotate the lines of a pull request.
 */

import { endLines } from './end-lines.js';
import type { Report, Severity } from './finding.js';
import { formatSummaryLine } from './format-language-summary.js';
import { readFileGroups } from './read-spool.js';
import { getReportSource, getSourceLanguages, type ReportSource } from './report-source.js';

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
  return [...formatGithubChunks(getReportSource(report))].join('');
}

/**
 * Format a report source as GitHub workflow commands, a line at a time.
 * Invariant: the chunks joined are what {@link formatGithub} gives for the same report; one
 * file's findings are held at a time.
 * @param source The report source.
 * @returns The commands and summary lines, in chunks.
 */
export function formatGithubChunks(source: ReportSource): Generator<string> {
  return endLines(getGithubLines(source));
}

function* getGithubLines(source: ReportSource): Generator<string> {
  for (const inFile of readFileGroups(source.spool, {})) {
    for (const finding of inFile) {
      const properties = [
        `file=${escapeProperty(finding.file)}`,
        `line=${finding.line}`,
        `title=${escapeProperty(`${finding.rule} (${finding.lang})`)}`,
      ].join(',');
      const key = finding.key === undefined ? '' : ` [${finding.key}]`;
      yield `::${commands[finding.severity]} ${properties}::${escapeData(`${finding.message}${key}`)}`;
    }
  }
  const { tally } = source.spool;
  for (const lang of getSourceLanguages(source)) yield formatSummaryLine(lang, source.languages[lang], tally.languages.get(lang));
}

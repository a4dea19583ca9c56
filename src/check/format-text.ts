/**
 * The human-readable report: findings grouped by language and file, then a summary line
 * per language.
 */

import { createColors } from 'picocolors';
import { endLines } from './end-lines.js';
import type { Report } from './finding.js';
import { formatSummaryLine } from './format-language-summary.js';
import { readFileGroups } from './read-spool.js';
import { getReportSource, getSourceLanguages, type ReportSource } from './report-source.js';

/** Options of {@link formatText}. */
export interface TextFormatOptions {
  /** Colour the output with ANSI escapes. Default `false`; the CLI turns it on for a terminal. */
  color?: boolean;
}

/**
 * Format a report for people.
 *
 * Invariant: without `color` the output has no escape codes; with it, only colours are
 * added. Each language lists its files in path order, each file its findings by line as
 * `line  severity  rule  key  message` (continuation lines of a message indented); the summary lines follow, and the text ends with a
 * newline. A report with no finding says so.
 *
 * @param report The report.
 * @param options See {@link TextFormatOptions}; copied, never changed.
 * @returns The text.
 */
export function formatText(report: Report, options?: TextFormatOptions): string {
  return [...formatTextChunks(getReportSource(report), options)].join('');
}

/**
 * Format a report source for people, a piece at a time.
 * Invariant: the chunks joined are what {@link formatText} gives for the same report; one
 * file's findings of one language are held at a time.
 * @param source The report source.
 * @param options See {@link TextFormatOptions}.
 * @returns The text, in chunks.
 */
export function formatTextChunks(source: ReportSource, options?: TextFormatOptions): Generator<string> {
  return endLines(getTextLines(source, options));
}

function* getTextLines(source: ReportSource, options?: TextFormatOptions): Generator<string> {
  const colors = createColors(options?.color ?? false);
  const paint = { error: colors.red, warning: colors.yellow, info: colors.blue } as const;
  const { tally } = source.spool;
  const languages = getSourceLanguages(source);
  for (const lang of languages) {
    if (!tally.languages.get(lang)?.total) continue;
    yield colors.bold(lang);
    for (const inFile of readFileGroups(source.spool, { lang })) {
      yield `  ${colors.underline(inFile[0]?.file ?? '')}`;
      const lineWidth = inFile.reduce((width, finding) => Math.max(width, String(finding.line).length), 0);
      for (const finding of inFile) {
        const key = finding.key === undefined ? '' : `${colors.dim(finding.key)}  `;
        const severity = paint[finding.severity](finding.severity.padEnd(7));
        const message = finding.message.replace(/\r?\n/g, '\n      ');
        yield `    ${String(finding.line).padStart(lineWidth)}  ${severity}  ${finding.rule.padEnd(tally.ruleWidth)}  ${key}${message}`;
      }
    }
    yield '';
  }
  if (tally.total === 0) yield* [colors.green('No findings.'), ''];
  for (const lang of languages) yield formatSummaryLine(lang, source.languages[lang], tally.languages.get(lang));
}

/**
 * The human-readable report: findings grouped by language and file, then a summary line
 * per language.
 */

import { createColors } from 'picocolors';
import type { Report } from './finding.js';
import { formatLanguageSummary } from './format-language-summary.js';
import { getReportLanguages } from './get-report-languages.js';
import { sortFindings } from './sort-findings.js';

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
  const colors = createColors(options?.color ?? false);
  const paint = { error: colors.red, warning: colors.yellow, info: colors.blue } as const;
  const languages = getReportLanguages(report);
  const ruleWidth = report.findings.reduce((width, finding) => Math.max(width, finding.rule.length), 0);
  const lines: string[] = [];
  for (const lang of languages) {
    const findings = sortFindings(report.findings.filter((finding) => finding.lang === lang));
    if (findings.length === 0) continue;
    lines.push(colors.bold(lang));
    const byFile = new Map<string, typeof findings>();
    for (const finding of findings) {
      const inFile = byFile.get(finding.file);
      if (inFile) inFile.push(finding);
      else byFile.set(finding.file, [finding]);
    }
    for (const [file, inFile] of byFile) {
      lines.push(`  ${colors.underline(file)}`);
      const lineWidth = inFile.reduce((width, finding) => Math.max(width, String(finding.line).length), 0);
      for (const finding of inFile) {
        const key = finding.key === undefined ? '' : `${colors.dim(finding.key)}  `;
        const severity = paint[finding.severity](finding.severity.padEnd(7));
        const message = finding.message.replace(/\r?\n/g, '\n      ');
        lines.push(`    ${String(finding.line).padStart(lineWidth)}  ${severity}  ${finding.rule.padEnd(ruleWidth)}  ${key}${message}`);
      }
    }
    lines.push('');
  }
  if (report.findings.length === 0) lines.push(colors.green('No findings.'), '');
  for (const lang of languages) lines.push(formatLanguageSummary(lang, report.languages[lang], report.findings));
  return `${lines.join('\n')}\n`;
}

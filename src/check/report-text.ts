/**
 * The check report for people and for programs: the text and JSON formats, the per-language
 * summary line, and the order findings are listed in.
 */
import { createColors } from 'picocolors';
import { RULES, type Counts, type Finding, type Report, type Severity } from '../base/index.js';
import { getTranslatedPercent } from './gates.js';

/** Options of {@link formatText}. */
export interface TextFormatOptions {
  /** Colour the output with ANSI escapes. Default `false`; the command line turns it on for a terminal. */
  color?: boolean;
}

/**
 * Format a report for people: per language, its files in path order and each file's findings
 * by line as `line  severity  rule  key  message`, then a summary line per language. Without
 * `color` the output has no escape codes; it ends with a newline.
 * @param report The report.
 * @param options See {@link TextFormatOptions}; copied, never changed.
 * @returns The text.
 */
export function formatText(report: Report, options?: TextFormatOptions): string {
  const colors = createColors(options?.color ?? false);
  const paint = { error: colors.red, warning: colors.yellow, info: colors.blue } as const;
  const ruleWidth = report.findings.reduce((width, finding) => Math.max(width, finding.rule.length), 0);
  const languages = getReportLanguages(report);
  const lines: string[] = [];
  for (const lang of languages) {
    const groups = groupByFile(report.findings.filter((finding) => finding.lang === lang));
    if (groups.length === 0) continue;
    lines.push(colors.bold(lang));
    for (const inFile of groups) {
      lines.push(`  ${colors.underline(showControls(inFile[0]?.file ?? ''))}`);
      const lineWidth = inFile.reduce((width, finding) => Math.max(width, String(finding.line).length), 0);
      for (const finding of inFile) {
        const key = finding.key === undefined ? '' : `${colors.dim(showControls(finding.key))}  `;
        const severity = paint[finding.severity](finding.severity.padEnd(7));
        const message = showControls(finding.message.replace(/\r?\n/g, '\n      '), '\n');
        lines.push(`    ${String(finding.line).padStart(lineWidth)}  ${severity}  ${finding.rule.padEnd(ruleWidth)}  ${key}${message}`);
      }
    }
    lines.push('');
  }
  if (report.findings.length === 0) lines.push(colors.green('No findings.'), '');
  for (const lang of languages) lines.push(formatSummaryLine(lang, report.languages[lang], report.findings));
  return lines.length === 0 ? '\n' : `${lines.join('\n')}\n`;
}

/**
 * Format a report as the JSON contract (design §9): `{ languages, findings }`, with keys in the
 * contract's order, `key` left out when a finding has none, no other field, two-space indent
 * and a final newline.
 * @param report The report.
 * @returns The JSON text.
 */
export function formatJson(report: Report): string {
  const languages = Object.fromEntries(
    Object.entries(report.languages).map(([lang, c]) => [lang, { units: c.units, translated: c.translated, missing: c.missing, outdated: c.outdated, rejected: c.rejected }]),
  );
  const findings = report.findings.map((finding) => ({
    rule: finding.rule,
    severity: finding.severity,
    lang: finding.lang,
    file: finding.file,
    line: finding.line,
    ...(finding.key === undefined ? {} : { key: finding.key }),
    message: finding.message,
  }));
  return `${JSON.stringify({ languages, findings }, null, 2)}\n`;
}

/**
 * One language's summary line: its counts when it has them, and how many findings of each
 * severity it has, e.g. `de: 12 of 40 units translated (30.0%), 28 missing, …; 0 errors, 28 warnings, 0 notes`.
 * @param lang Folder code.
 * @param counts Its counts, if the report has them.
 * @param findings The report's findings (those of other languages are not counted).
 * @returns The line.
 */
export function formatSummaryLine(lang: string, counts: Counts | undefined, findings: readonly Finding[]): string {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) if (finding.lang === lang) bySeverity[finding.severity] += 1;
  const tally = `${plural(bySeverity.error, 'error')}, ${plural(bySeverity.warning, 'warning')}, ${plural(bySeverity.info, 'note')}`;
  if (counts === undefined) return `${lang}: ${tally}`;
  return (
    `${lang}: ${counts.translated} of ${plural(counts.units, 'unit')} translated (${getTranslatedPercent(counts).toFixed(1)}%), ` +
    `${counts.missing} missing, ${counts.outdated} outdated, ${counts.rejected} rejected; ${tally}`
  );
}

/**
 * The languages of a report: the counted ones in their order, then those with only findings, sorted.
 * @param report The report.
 * @returns The folder codes.
 */
export function getReportLanguages(report: Report): string[] {
  const counted = Object.keys(report.languages);
  const known = new Set(counted);
  return [...counted, ...[...new Set(report.findings.map((finding) => finding.lang))].filter((lang) => !known.has(lang)).sort()];
}

/**
 * Group findings by file, files in path order, each file's findings sorted by line, rule (in
 * the rule table's order), key and message; equal findings keep their order.
 * @param findings The findings.
 * @returns Non-empty groups of one file each.
 */
export function groupByFile(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.file);
    if (group) group.push(finding);
    else groups.set(finding.file, [finding]);
  }
  return [...groups.keys()].sort(compareText).map((file) => (groups.get(file) ?? []).sort(compareFindings));
}

const ruleOrder = new Map<string, number>(RULES.map((rule, index) => [rule.id, index]));

/** Compare by line, rule, key and message (the file is the group's). */
function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || (ruleOrder.get(a.rule) ?? 0) - (ruleOrder.get(b.rule) ?? 0) || compareText(a.key ?? '', b.key ?? '') || compareText(a.message, b.message);
}

/** Compare texts by UTF-16 code units, as `<` does. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Write control characters as `\u{…}`: a key or message comes from files anyone can send in a
 * pull request, and an escape sequence in it would drive the reader's terminal.
 */
function showControls(text: string, keep = ''): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (char) =>
    keep.includes(char) ? char : `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`,
  );
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

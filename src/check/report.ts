/**
 * The report formats of `check --format`, one table from name to formatter, and the formats for
 * CI systems: JUnit XML for test views, GitLab Code Quality JSON, and GitHub workflow commands
 * that annotate the lines of a pull request.
 */
import { UsageError, type Report, RULES, type Finding, type Severity } from '../base/index.js';
import { formatJson, formatText, formatSummaryLine, getReportLanguages, groupByFile } from './report-text.js';
import { createHash } from 'node:crypto';

/** The report formats of `check --format`, by name. */
const FORMATS: Readonly<Record<string, (report: Report, options: { color: boolean }) => string>> = {
  text: (report, options) => formatText(report, options),
  json: (report) => formatJson(report),
  junit: (report) => formatJunit(report),
  codequality: (report) => formatCodeQuality(report),
  github: (report) => formatGithub(report),
};

/** The names `check --format` takes. */
export const REPORT_FORMATS: readonly string[] = Object.keys(FORMATS);

/**
 * Format a check report in the named format.
 * @param report The weighed report.
 * @param format `text`, `json`, `junit`, `codequality` or `github`.
 * @param options `color`: colour the text format.
 * @returns The formatted report.
 * @throws UsageError for an unknown format.
 */
export function formatReport(report: Report, format: string, options: { color: boolean }): string {
  const formatter = FORMATS[format];
  if (!formatter) throw new UsageError(`--format: unknown format "${format}"; expected one of ${REPORT_FORMATS.join(', ')}`);
  return formatter(report, options);
}

/** Characters XML 1.0 cannot hold, even escaped. */
const invalidXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const clean = (text: string): string => text.replace(invalidXml, '\uFFFD');

/** Escape text or an attribute value as fast-xml-parser's XMLBuilder does (`processEntities`). */
const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/>/g, '&gt;').replace(/</g, '&lt;').replace(/'/g, '&apos;').replace(/"/g, '&quot;');

/** An attribute as XMLBuilder writes it: a value of exactly `true` as a bare name. */
const attribute = (name: string, value: string | number): string => {
  const text = escapeXml(String(value));
  return text === 'true' ? ` ${name}` : ` ${name}="${text}"`;
};

/**
 * Format a report as JUnit XML: one test suite per language, one test case per rule. A test
 * case fails when the rule has an `error` finding for the language (its `<failure>` lists
 * them); warnings and notes go to `<system-out>`. Text and attributes are escaped, characters
 * XML cannot hold become U+FFFD, and the output ends with a newline.
 * @param report The report.
 * @returns The XML text.
 */
export function formatJunit(report: Report): string {
  const languages = getReportLanguages(report);
  const of = (lang: string, rule: string, error: boolean): Finding[] =>
    report.findings.filter((finding) => finding.lang === lang && finding.rule === rule && (finding.severity === 'error') === error);
  const failuresOf = (lang: string): number => RULES.filter(({ id }) => of(lang, id, true).length > 0).length;
  const totalFailures = languages.reduce((total, lang) => total + failuresOf(lang), 0);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  out.push(`<testsuites${attribute('name', 'handbook-l10n check')}${attribute('tests', languages.length * RULES.length)}${attribute('failures', totalFailures)}`);
  if (languages.length === 0) return `${out.join('')}/>\n`;
  out.push('>\n');
  for (const lang of languages) {
    const suite = [attribute('name', clean(lang)), attribute('tests', RULES.length), attribute('failures', failuresOf(lang)), attribute('errors', 0), attribute('skipped', 0)];
    out.push(`  <testsuite${suite.join('')}>\n`);
    for (const { id } of RULES) {
      const errors = of(lang, id, true);
      const others = of(lang, id, false);
      const testCase = `    <testcase${attribute('classname', `handbook-l10n.${lang}`)}${attribute('name', id)}`;
      if (errors.length === 0 && others.length === 0) {
        out.push(`${testCase}/>\n`);
        continue;
      }
      out.push(`${testCase}>\n`);
      if (errors.length > 0) {
        out.push(`      <failure${attribute('type', id)}${attribute('message', `${errors.length} ${errors.length === 1 ? 'error' : 'errors'}`)}>`);
        out.push(describeAll(errors), '</failure>\n');
      }
      if (others.length > 0) out.push('      <system-out>', describeAll(others), '</system-out>\n');
      out.push('    </testcase>\n');
    }
    out.push('  </testsuite>\n');
  }
  out.push('</testsuites>\n');
  return out.join('');
}

/** The escaped lines `file:line [key] message` of findings, sorted, separated by newlines. */
function describeAll(findings: readonly Finding[]): string {
  return groupByFile(findings)
    .flat()
    .map((finding) => escapeXml(clean(`${finding.file}:${finding.line}${finding.key === undefined ? '' : ` [${finding.key}]`} ${finding.message}`)))
    .join('\n');
}

/** Finding severity → Code Quality severity. */
const qualitySeverities: Readonly<Record<Severity, 'major' | 'minor' | 'info'>> = { error: 'major', warning: 'minor', info: 'info' };

/**
 * Format a report as GitLab Code Quality JSON: an array of issues with `description`,
 * `check_name`, `fingerprint`, `severity` and `location.path`/`location.lines.begin`. The
 * fingerprint hashes rule, language, file, key and message but not the line, so a unit that
 * moves keeps its issue; identical findings are told apart by their order of appearance.
 * @param report The report.
 * @returns The JSON text (two-space indent, final newline).
 */
export function formatCodeQuality(report: Report): string {
  const seen = new Map<string, number>();
  const issues = report.findings.map((finding) => {
    const identity = [finding.rule, finding.lang, finding.file, finding.key ?? '', finding.message].join('\u0000');
    const repeat = seen.get(identity) ?? 0;
    seen.set(identity, repeat + 1);
    return {
      description: `[${finding.lang}] ${finding.message}${finding.key === undefined ? '' : ` (${finding.key})`}`,
      check_name: finding.rule,
      fingerprint: createHash('sha256').update(repeat === 0 ? identity : `${identity}\u0000${repeat}`).digest('hex'),
      severity: qualitySeverities[finding.severity],
      location: { path: finding.file, lines: { begin: finding.line } },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}

/** Finding severity → workflow command. */
const githubCommands: Readonly<Record<Severity, 'error' | 'warning' | 'notice'>> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escape a command's message (GitHub's `escapeData`). */
const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Escape a command property (GitHub's `escapeProperty`). */
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * Format a report as GitHub workflow commands, one line per finding
 * (`::error file=…,line=…,title=…::message`), then the summary line of each language. `%`, CR
 * and LF are escaped in messages and properties, `:` and `,` in properties too; `info`
 * findings become `notice` commands. The output ends with a newline.
 * @param report The report.
 * @returns The commands and summary lines.
 */
export function formatGithub(report: Report): string {
  const lines: string[] = [];
  for (const finding of groupByFile(report.findings).flat()) {
    const properties = [`file=${escapeProperty(finding.file)}`, `line=${finding.line}`, `title=${escapeProperty(`${finding.rule} (${finding.lang})`)}`].join(',');
    const key = finding.key === undefined ? '' : ` [${finding.key}]`;
    lines.push(`::${githubCommands[finding.severity]} ${properties}::${escapeData(`${finding.message}${key}`)}`);
  }
  for (const lang of getReportLanguages(report)) lines.push(formatSummaryLine(lang, report.languages[lang], report.findings));
  return lines.length === 0 ? '\n' : `${lines.join('\n')}\n`;
}

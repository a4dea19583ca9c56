/**
 * The JUnit XML report, for CI test views (GitLab `artifacts:reports:junit`, GitHub test
 * reporters).
 */

import type { Finding, Report } from './finding.js';
import { readFileGroups, type FindingFilter } from './read-spool.js';
import { getReportSource, getSourceLanguages, type ReportSource } from './report-source.js';
import { ruleIds } from './rule-ids.js';

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

/** A finding's line: `file:line [key] message`. */
const describe = (finding: Finding): string =>
  clean(`${finding.file}:${finding.line}${finding.key === undefined ? '' : ` [${finding.key}]`} ${finding.message}`);

/**
 * Format a report as JUnit XML: one test suite per language, one test case per rule.
 *
 * Invariant: a test case fails when the rule has an `error` finding for the language (its
 * `<failure>` lists them); warnings and notes go to `<system-out>` and do not fail it. The
 * output is well-formed XML (written as fast-xml-parser's XMLBuilder writes it with two-space
 * indent and empty elements closed: text and attributes escaped, characters XML cannot hold
 * replaced by U+FFFD) and ends with a newline.
 *
 * @param report The report.
 * @returns The XML text.
 */
export function formatJunit(report: Report): string {
  return [...formatJunitChunks(getReportSource(report))].join('');
}

/**
 * Format a report source as JUnit XML, a finding at a time.
 * Invariant: the chunks joined are what {@link formatJunit} gives for the same report; the
 * failure counts come from the spool's tally, and one file's findings of one language and
 * rule are held at a time.
 * @param source The report source.
 * @returns The XML text, in chunks.
 */
export function* formatJunitChunks(source: ReportSource): Generator<string> {
  const { tally } = source.spool;
  const languages = getSourceLanguages(source);
  const failuresOf = (lang: string): number => ruleIds.filter(({ id }) => (tally.languages.get(lang)?.rules.get(id)?.errors ?? 0) > 0).length;
  const totalFailures = languages.reduce((total, lang) => total + failuresOf(lang), 0);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<testsuites${attribute('name', 'handbook-l10n check')}${attribute('tests', languages.length * ruleIds.length)}${attribute('failures', totalFailures)}`;
  if (languages.length === 0) {
    yield '/>\n';
    return;
  }
  yield '>\n';
  for (const lang of languages) {
    const suite = [attribute('name', clean(lang)), attribute('tests', ruleIds.length), attribute('failures', failuresOf(lang)), attribute('errors', 0), attribute('skipped', 0)];
    yield `  <testsuite${suite.join('')}>\n`;
    for (const { id } of ruleIds) {
      const counts = tally.languages.get(lang)?.rules.get(id);
      const testCase = `    <testcase${attribute('classname', `handbook-l10n.${lang}`)}${attribute('name', id)}`;
      if (!counts) {
        yield `${testCase}/>\n`;
        continue;
      }
      yield `${testCase}>\n`;
      if (counts.errors > 0) {
        yield `      <failure${attribute('type', id)}${attribute('message', `${counts.errors} ${counts.errors === 1 ? 'error' : 'errors'}`)}>`;
        yield* describeAll(source, { lang, rule: id, error: true });
        yield '</failure>\n';
      }
      if (counts.others > 0) {
        yield '      <system-out>';
        yield* describeAll(source, { lang, rule: id, error: false });
        yield '</system-out>\n';
      }
      yield '    </testcase>\n';
    }
    yield '  </testsuite>\n';
  }
  yield '</testsuites>\n';
}

/** The escaped lines of the findings that pass a filter, sorted, separated by newlines. */
function* describeAll(source: ReportSource, filter: FindingFilter): Generator<string> {
  let first = true;
  for (const inFile of readFileGroups(source.spool, filter)) {
    for (const finding of inFile) {
      yield `${first ? '' : '\n'}${escapeXml(describe(finding))}`;
      first = false;
    }
  }
}

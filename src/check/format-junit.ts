/**
 * The JUnit XML report, for CI test views (GitLab `artifacts:reports:junit`, GitHub test
 * reporters).
 */

import { XMLBuilder } from 'fast-xml-parser';
import type { Finding, Report } from './finding.js';
import { getReportLanguages } from './get-report-languages.js';
import { ruleIds } from './rule-ids.js';
import { sortFindings } from './sort-findings.js';

/** Characters XML 1.0 cannot hold, even escaped. */
const invalidXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const clean = (text: string): string => text.replace(invalidXml, '\uFFFD');

/** One line per finding: `file:line [key] message`. */
const describe = (findings: readonly Finding[]): string =>
  findings.map((finding) => clean(`${finding.file}:${finding.line}${finding.key === undefined ? '' : ` [${finding.key}]`} ${finding.message}`)).join('\n');

/**
 * Format a report as JUnit XML: one test suite per language, one test case per rule.
 *
 * Invariant: a test case fails when the rule has an `error` finding for the language (its
 * `<failure>` lists them); warnings and notes go to `<system-out>` and do not fail it. The
 * output is well-formed XML (built with fast-xml-parser's XMLBuilder, text and attributes
 * escaped, characters XML cannot hold replaced by U+FFFD) and ends with a newline.
 *
 * @param report The report.
 * @returns The XML text.
 */
export function formatJunit(report: Report): string {
  let totalFailures = 0;
  const suites = getReportLanguages(report).map((lang) => {
    const findings = sortFindings(report.findings.filter((finding) => finding.lang === lang));
    let failures = 0;
    const testcase = ruleIds.map(({ id }) => {
      const errors = findings.filter((finding) => finding.rule === id && finding.severity === 'error');
      const others = findings.filter((finding) => finding.rule === id && finding.severity !== 'error');
      const testCase: Record<string, unknown> = { '@_classname': `handbook-l10n.${lang}`, '@_name': id };
      if (errors.length > 0) {
        failures += 1;
        testCase['failure'] = { '@_type': id, '@_message': `${errors.length} ${errors.length === 1 ? 'error' : 'errors'}`, '#text': describe(errors) };
      }
      if (others.length > 0) testCase['system-out'] = { '#text': describe(others) };
      return testCase;
    });
    totalFailures += failures;
    return { '@_name': clean(lang), '@_tests': ruleIds.length, '@_failures': failures, '@_errors': 0, '@_skipped': 0, testcase };
  });
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
    processEntities: true,
  });
  const body = builder.build({
    testsuites: {
      '@_name': 'handbook-l10n check',
      '@_tests': suites.length * ruleIds.length,
      '@_failures': totalFailures,
      testsuite: suites,
    },
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body.trimEnd()}\n`;
}

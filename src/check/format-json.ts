/**
 * The JSON report of `check --format json` (design §9).
 */

import type { Finding, LanguageSummary, Report } from './finding.js';
import { formatNestedJson } from './format-nested-json.js';
import { readRuns } from './read-spool.js';
import { getReportSource, type ReportSource } from './report-source.js';

/**
 * Format a report as the JSON contract: `{ languages, findings }`.
 *
 * Invariant: keys always come in the contract's order (`units, translated, missing,
 * outdated, rejected`; `rule, severity, lang, file, line, key, message`), `key` is left out
 * when a finding has none, and no other field is written; two-space indent and a final newline.
 *
 * @param report The report.
 * @returns The JSON text.
 */
export function formatJson(report: Report): string {
  return [...formatJsonChunks(getReportSource(report))].join('');
}

/**
 * Format a report source as the JSON contract, a finding at a time.
 * Invariant: the chunks joined are what {@link formatJson} gives for the same report (the
 * languages first, then the findings in report order); one run of findings is held at a time.
 * @param source The report source.
 * @returns The JSON text, in chunks.
 */
export function* formatJsonChunks(source: ReportSource): Generator<string> {
  const languages = Object.fromEntries(Object.entries(source.languages).map(([lang, summary]) => [lang, pickSummary(summary)]));
  yield `{\n  "languages": ${formatNestedJson(languages, 1)},\n  "findings": `;
  let first = true;
  for (const { findings } of readRuns(source.spool)) {
    for (const finding of findings) {
      yield `${first ? '[' : ','}\n    ${formatNestedJson(pickFinding(finding), 2)}`;
      first = false;
    }
  }
  yield first ? '[]\n}\n' : '\n  ]\n}\n';
}

/** The contract's fields of a language's counts, in its order. */
function pickSummary(summary: LanguageSummary): LanguageSummary {
  return { units: summary.units, translated: summary.translated, missing: summary.missing, outdated: summary.outdated, rejected: summary.rejected };
}

/** The contract's fields of a finding, in its order. */
function pickFinding(finding: Finding): Finding {
  return {
    rule: finding.rule,
    severity: finding.severity,
    lang: finding.lang,
    file: finding.file,
    line: finding.line,
    ...(finding.key === undefined ? {} : { key: finding.key }),
    message: finding.message,
  };
}

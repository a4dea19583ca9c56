/**
 * The JSON report of `check --format json` (design §9).
 */

import type { Finding, Report } from './finding.js';

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
  const languages = Object.fromEntries(
    Object.entries(report.languages).map(([lang, summary]) => [
      lang,
      { units: summary.units, translated: summary.translated, missing: summary.missing, outdated: summary.outdated, rejected: summary.rejected },
    ]),
  );
  const findings = report.findings.map((finding: Finding) => ({
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

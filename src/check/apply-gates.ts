/**
 * Weigh a report's findings with the configured gates.
 */

import type { Finding, Report } from './finding.js';
import type { Gates } from './gates-schema.js';
import { getLanguageGate } from './get-language-gate.js';
import { getTranslatedPercent } from './get-translated-percent.js';

/**
 * Apply the gates to a report.
 *
 * Invariant: pure (a new report; the input is untouched). Every finding's severity becomes
 * its language gate's weight for its rule, and findings weighed `off` are dropped. A
 * language whose translated share is below its gate's `minTranslated` gains one
 * `min-translated` finding on `locales/<lang>` (line 1), weighed like any other rule.
 * `languages` is copied unchanged.
 *
 * @param report The report with the producers' findings.
 * @param gates The configured gates, or `undefined` for the default gate.
 * @returns The weighed report.
 */
export function applyGates(report: Report, gates: Gates | undefined): Report {
  const findings: Finding[] = [...report.findings];
  for (const [lang, summary] of Object.entries(report.languages)) {
    const { minTranslated } = getLanguageGate(lang, gates);
    const percent = getTranslatedPercent(summary);
    if (percent >= minTranslated) continue;
    findings.push({
      rule: 'min-translated',
      severity: 'error',
      lang,
      file: `locales/${lang}`,
      line: 1,
      message: `${lang} is ${percent.toFixed(1)}% translated; its gate requires at least ${minTranslated}%`,
    });
  }
  const resolved = new Map<string, ReturnType<typeof getLanguageGate>>();
  const weighed: Finding[] = [];
  for (const finding of findings) {
    const gate = resolved.get(finding.lang) ?? getLanguageGate(finding.lang, gates);
    resolved.set(finding.lang, gate);
    const severity = gate.rules[finding.rule];
    if (severity !== 'off') weighed.push({ ...finding, severity });
  }
  return { languages: { ...report.languages }, findings: weighed };
}

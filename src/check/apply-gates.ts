/**
 * Weigh a report's findings with the configured gates.
 */

import type { Report } from './finding.js';
import type { Gates } from './gates-schema.js';
import { getMinTranslatedFindings } from './get-min-translated-findings.js';
import { createFindingWeigher } from './weigh-findings.js';

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
  const weigh = createFindingWeigher(gates);
  const findings = [...weigh(report.findings), ...weigh(getMinTranslatedFindings(report.languages, gates))];
  return { languages: { ...report.languages }, findings };
}

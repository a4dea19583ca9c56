/**
 * Whether a weighed report fails the build.
 */

import type { Report } from './finding.js';
import type { FindingTally } from './finding-tally.js';

/**
 * Tell whether the check fails: whether any finding is an `error`.
 *
 * Invariant: call it on a report that went through `applyGates`, whose severities are the
 * gates' weights; a report without findings never fails.
 *
 * @param report The weighed report.
 * @returns `true` when the CLI must exit with status 1.
 */
export function isGateFailed(report: Report): boolean {
  return report.findings.some((finding) => finding.severity === 'error');
}

/**
 * Tell whether the check fails from the tally of its weighed findings, as {@link isGateFailed}
 * does from the findings themselves.
 * Invariant: true exactly when the tallied findings hold an `error`.
 * @param tally The tally of the weighed findings.
 * @returns `true` when the CLI must exit with status 1.
 */
export function isTallyGateFailed(tally: Pick<FindingTally, 'errors'>): boolean {
  return tally.errors > 0;
}

/**
 * Whether a weighed report fails the build.
 */

import type { Report } from './finding.js';

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

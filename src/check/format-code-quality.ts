/**
 * The GitLab Code Quality report (`artifacts:reports:codequality`).
 */

import { createHash } from 'node:crypto';
import type { Report, Severity } from './finding.js';

/** Finding severity → Code Quality severity. */
const severities: Readonly<Record<Severity, 'major' | 'minor' | 'info'>> = {
  error: 'major',
  warning: 'minor',
  info: 'info',
};

/**
 * Format a report as GitLab Code Quality JSON: an array of issues with `description`,
 * `check_name`, `fingerprint`, `severity` and `location.path`/`location.lines.begin`.
 *
 * Invariant: the fingerprint is the SHA-256 of rule, language, file, key and message (not
 * the line), so moving a unit keeps its issue's identity; identical findings get distinct
 * fingerprints by their order of appearance. Two-space indent and a final newline.
 *
 * @param report The report.
 * @returns The JSON text.
 */
export function formatCodeQuality(report: Report): string {
  const seen = new Map<string, number>();
  const issues = report.findings.map((finding) => {
    const identity = [finding.rule, finding.lang, finding.file, finding.key ?? '', finding.message].join('\u0000');
    const repeat = seen.get(identity) ?? 0;
    seen.set(identity, repeat + 1);
    const fingerprint = createHash('sha256')
      .update(repeat === 0 ? identity : `${identity}\u0000${repeat}`)
      .digest('hex');
    const key = finding.key === undefined ? '' : ` (${finding.key})`;
    return {
      description: `[${finding.lang}] ${finding.message}${key}`,
      check_name: finding.rule,
      fingerprint,
      severity: severities[finding.severity],
      location: { path: finding.file, lines: { begin: finding.line } },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}

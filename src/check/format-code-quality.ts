/**
 * The GitLab Code Quality report (`artifacts:reports:codequality`).
 */

import { createHash } from 'node:crypto';
import type { Finding, Report, Severity } from './finding.js';
import { formatNestedJson } from './format-nested-json.js';
import { readRuns } from './read-spool.js';
import { getReportSource, type ReportSource } from './report-source.js';

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
  return [...formatCodeQualityChunks(getReportSource(report))].join('');
}

/**
 * Format a report source as GitLab Code Quality JSON, an issue at a time.
 * Invariant: the chunks joined are what {@link formatCodeQuality} gives for the same report;
 * the identities counted for repeated findings are those of one file, dropped after its last
 * run (an identity holds its file, so no other file's finding can repeat it).
 * @param source The report source.
 * @returns The JSON text, in chunks.
 */
export function* formatCodeQualityChunks(source: ReportSource): Generator<string> {
  const seen = new Map<string, Map<string, number>>();
  let first = true;
  for (const { run, findings, lastOfFile } of readRuns(source.spool)) {
    const inFile = seen.get(run.file) ?? new Map<string, number>();
    seen.set(run.file, inFile);
    for (const finding of findings) {
      yield `${first ? '[' : ','}\n  ${formatNestedJson(getIssue(finding, inFile), 1)}`;
      first = false;
    }
    if (lastOfFile) seen.delete(run.file);
  }
  yield first ? '[]\n' : '\n]\n';
}

/** A finding's issue; counts its identity in `seen`. */
function getIssue(finding: Finding, seen: Map<string, number>): object {
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
}

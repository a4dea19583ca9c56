/**
 * Read a spool's findings back: in report order, or sorted a file at a time.
 */

import type { Finding, RuleId } from './finding.js';
import { getFindingBit, type FindingSpool, type SpoolRun } from './finding-spool.js';
import { compareText, sortFindings } from './sort-findings.js';

/** One run read back. */
export interface ReadRun {
  /** Its file and language, as in the spool's index. */
  run: SpoolRun;
  /** Its findings, in report order. */
  findings: readonly Finding[];
  /** Whether no later run has the same file. */
  lastOfFile: boolean;
}

/** Which findings to read: those of a language, a rule and an error or non-error severity. */
export interface FindingFilter {
  lang?: string;
  rule?: RuleId;
  /** `true`: errors only; `false`: warnings and notes only. */
  error?: boolean;
}

/**
 * Read every run of a spool in report order, one at a time.
 * Invariant: the findings come exactly in the order they were added; only one run is read
 * at a time.
 * @param spool The spool.
 * @returns The runs.
 */
export function* readRuns(spool: FindingSpool): Generator<ReadRun> {
  for (const run of spool.runs) {
    yield { run, findings: spool.storage.get(run.id), lastOfFile: spool.byFile.get(run.file)?.at(-1) === run };
  }
}

/**
 * Read the findings that pass a filter sorted, one file at a time, files in order.
 * Invariant: the groups joined equal `sortFindings` of the filtered findings in report order
 * (the file is the sort's first key and the sort is stable); only one file's matching runs
 * are held at a time, and runs without a matching rule or severity are not read. Empty
 * groups are skipped.
 * @param spool The spool.
 * @param filter Which findings; `{}` for all.
 * @returns Non-empty groups of one file each.
 */
export function* readFileGroups(spool: FindingSpool, filter: FindingFilter): Generator<Finding[]> {
  const wanted = getFilterMask(filter);
  const matches = (finding: Finding): boolean =>
    (filter.lang === undefined || finding.lang === filter.lang) &&
    (filter.rule === undefined || finding.rule === filter.rule) &&
    (filter.error === undefined || (finding.severity === 'error') === filter.error);
  for (const file of [...spool.byFile.keys()].sort(compareText)) {
    const group: Finding[] = [];
    for (const run of spool.byFile.get(file) ?? []) {
      if ((filter.lang !== undefined && run.lang !== filter.lang) || (run.mask & wanted) === 0) continue;
      for (const finding of spool.storage.get(run.id)) if (matches(finding)) group.push(finding);
    }
    if (group.length > 0) yield sortFindings(group);
  }
}

/** The mask bits a run needs to have one finding the filter can pass. */
function getFilterMask({ rule, error }: FindingFilter): number {
  if (rule === undefined) return ~0;
  const bit = (isError: boolean): number => getFindingBit({ rule, severity: isError ? 'error' : 'warning' });
  return error === undefined ? bit(true) | bit(false) : bit(error);
}

/**
 * A report's findings kept in runs (one file and language each) in a storage of the caller's
 * choice, in memory or on disk, indexed so that the formats can read them back in report
 * order or sorted, a file at a time, without holding them all.
 */

import type { Finding } from './finding.js';
import { createFindingTally, tallyFinding, type FindingTally } from './finding-tally.js';
import { ruleIds } from './rule-ids.js';

/** Where a spool keeps its runs. */
export interface SpoolStorage {
  /** Keep one run; returns its id. */
  put(findings: readonly Finding[]): number;
  /** The findings of a run, as they were put. */
  get(id: number): readonly Finding[];
}

/** Consecutive findings of one file and language, as added. */
export interface SpoolRun {
  /** Their file. */
  file: string;
  /** Their language. */
  lang: string;
  /** Bits of the rules and severities they hold (see {@link getFindingBit}). */
  mask: number;
  /** The storage's id of the run. */
  id: number;
}

/** The findings of a report, by run. */
export interface FindingSpool {
  /** Where the runs are. */
  storage: SpoolStorage;
  /** Every run, in report order. */
  runs: SpoolRun[];
  /** The runs of each file, in report order. */
  byFile: Map<string, SpoolRun[]>;
  /** The counts over every finding added. */
  tally: FindingTally;
}

const ruleBits = new Map(ruleIds.map((rule, index) => [rule.id, index * 2]));

/**
 * The bit of a run's mask that a finding sets: one per rule and error/non-error.
 * Invariant: a rule outside `ruleIds` sets every bit, so a filter never misses it.
 * @param finding The finding (its rule and severity).
 * @returns The bit mask.
 */
export function getFindingBit(finding: Pick<Finding, 'rule' | 'severity'>): number {
  const bit = ruleBits.get(finding.rule);
  // Past 15 rules the bits run out: such a rule marks a run as holding anything (read, then filtered).
  return bit === undefined || bit >= 30 ? ~0 : 1 << (bit + (finding.severity === 'error' ? 1 : 0));
}

/**
 * Make an empty spool over a storage.
 * Invariant: holds no finding until {@link addToSpool}.
 * @param storage Where the runs go.
 * @returns The spool.
 */
export function createFindingSpool(storage: SpoolStorage): FindingSpool {
  return { storage, runs: [], byFile: new Map(), tally: createFindingTally() };
}

/**
 * Add findings after those already in a spool: split into runs of one file and language,
 * stored, indexed and counted.
 * Invariant: the spool's report order is the order of the calls and, within a call, of
 * `findings`; nothing of `findings` is kept but what the storage keeps.
 * @param spool The spool, updated.
 * @param findings The findings.
 */
export function addToSpool(spool: FindingSpool, findings: readonly Finding[]): void {
  let start = 0;
  for (let end = 1; end <= findings.length; end++) {
    const first = findings[start];
    const next = findings[end];
    if (first === undefined || (next !== undefined && next.file === first.file && next.lang === first.lang)) continue;
    const run = findings.slice(start, end);
    let mask = 0;
    for (const finding of run) {
      mask |= getFindingBit(finding);
      tallyFinding(spool.tally, finding);
    }
    const entry: SpoolRun = { file: first.file, lang: first.lang, mask, id: spool.storage.put(run) };
    spool.runs.push(entry);
    const inFile = spool.byFile.get(entry.file);
    if (inFile) inFile.push(entry);
    else spool.byFile.set(entry.file, [entry]);
    start = end;
  }
}

/**
 * A storage that keeps the runs in memory, for reports that are in memory anyway.
 * Invariant: `get` returns the very array `put` was given (callers never change it); nothing
 * is serialized.
 * @returns The storage.
 */
export function createMemoryStorage(): SpoolStorage {
  const runs: (readonly Finding[])[] = [];
  return {
    put: (findings) => runs.push(findings) - 1,
    get: (id) => runs[id] ?? [],
  };
}

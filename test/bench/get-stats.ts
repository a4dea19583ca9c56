/**
 * Summaries of repeated measurements.
 */
import type { Measurement } from './measure-command.js';

/** Min, median and peak of one command's runs. */
export interface CommandStats {
  /** Number of runs. */
  runs: number;
  /** Fastest wall time (ms). */
  minMs: number;
  /** Median wall time (ms). */
  medianMs: number;
  /** Median CPU time (ms), user + system. */
  medianCpuMs: number | undefined;
  /** Highest peak RSS over the runs (MiB). */
  peakMiB: number | undefined;
  /** Whether any run was killed at the time limit (the figures are then lower bounds). */
  timedOut: boolean;
}

/**
 * Summarize runs of one command.
 * Invariant: pure; an even count takes the mean of the two middle values as median.
 * @param runs At least one measurement.
 * @returns The summary.
 */
export function getStats(runs: readonly Measurement[]): CommandStats {
  const median = (values: number[]): number => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
  };
  const cpu = runs.flatMap((run) => (run.cpuMs === undefined ? [] : [run.cpuMs]));
  const peaks = runs.flatMap((run) => (run.peakMiB === undefined ? [] : [run.peakMiB]));
  return {
    runs: runs.length,
    minMs: Math.min(...runs.map((run) => run.ms)),
    medianMs: median(runs.map((run) => run.ms)),
    medianCpuMs: cpu.length ? median(cpu) : undefined,
    peakMiB: peaks.length ? Math.max(...peaks) : undefined,
    timedOut: runs.some((run) => run.timedOut),
  };
}

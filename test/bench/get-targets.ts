/**
 * The bench's targets, printed next to the figures with PASS or MISS (never asserted).
 */
import type { PdfTimings } from './render-pdf.js';
import type { WorkloadResult } from './run.js';

/** One target and how the run did. */
export interface Target {
  /** What is measured. */
  name: string;
  /** The goal, e.g. `≥ 10×`. */
  goal: string;
  /** The figure. */
  measured: string;
  /** `PASS`, `MISS`, or `n/a` when the figure is missing. */
  verdict: 'PASS' | 'MISS' | 'n/a';
}

const COMMANDS = ['extract', 'merge', 'check'] as const;

/**
 * Evaluate the targets.
 * Invariant: pure; a target whose workload did not run is `n/a`; a figure from a killed run
 * (a lower bound) can only MISS a "no more than" target.
 * @param results The workload results.
 * @param pdf The PDF timings, if measured.
 * @returns One row per target.
 */
export function getTargets(results: readonly WorkloadResult[], pdf: PdfTimings | undefined): Target[] {
  const byName = new Map(results.map((result) => [result.workload.spec.name, result] as const));
  const total = (result: WorkloadResult | undefined): number | undefined =>
    result ? COMMANDS.reduce((sum, command) => sum + result.cold[command].medianMs, 0) : undefined;
  const targets: Target[] = [];
  const ggi = byName.get('ggi');
  for (const result of results.filter((item) => item.po4a && item.rerun)) {
    const po4a = result.po4a;
    const rerun = result.rerun;
    const ours = total(result);
    if (!po4a || !rerun || ours === undefined) continue;
    const cold = (po4a.cold.update.ms + po4a.cold.translate.ms) / ours;
    const again = (po4a.rerun.update.ms + po4a.rerun.translate.ms) / COMMANDS.reduce((sum, command) => sum + rerun[command].medianMs, 0);
    targets.push(ratio(`po4a / ours, cold (${result.workload.spec.name})`, cold, 10));
    targets.push(ratio(`po4a / ours, re-run (${result.workload.spec.name})`, again, 20));
  }
  const big = byName.get('ggi-100x');
  const one = total(ggi);
  const hundred = total(big);
  const killed = big ? COMMANDS.some((command) => big.cold[command].timedOut) : false;
  targets.push(
    one === undefined || hundred === undefined
      ? { name: 'time 100× / 1× (extract+merge+check)', goal: '≤ 110×', measured: '–', verdict: 'n/a' }
      : {
          name: 'time 100× / 1× (extract+merge+check)',
          goal: '≤ 110×',
          measured: `${killed ? '> ' : ''}${(hundred / one).toFixed(1)}×`,
          verdict: !killed && hundred / one <= 110 ? 'PASS' : 'MISS',
        },
  );
  const peaks = big ? COMMANDS.map((command) => big.cold[command].peakMiB ?? NaN) : [];
  const peak = Math.max(...peaks);
  targets.push(
    big === undefined || !Number.isFinite(peak)
      ? { name: 'peak RSS, 100× (any command)', goal: '< 300 MiB', measured: '–', verdict: 'n/a' }
      : { name: 'peak RSS, 100× (any command)', goal: '< 300 MiB', measured: `${killed ? '≥ ' : ''}${peak.toFixed(0)} MiB`, verdict: peak < 300 ? (killed ? 'n/a' : 'PASS') : 'MISS' },
  );
  if (pdf && pdf.available && !pdf.reason) {
    const floor = pdf.launchMs + pdf.pdfMs.reduce((sum, ms) => sum + ms, 0);
    targets.push({ name: 'pdf total / floor (launch + Σ page.pdf)', goal: '≤ 1.3×', measured: `${(pdf.totalMs / floor).toFixed(2)}×`, verdict: pdf.totalMs / floor <= 1.3 ? 'PASS' : 'MISS' });
  } else targets.push({ name: 'pdf total / floor (launch + Σ page.pdf)', goal: '≤ 1.3×', measured: 'pdf: not available', verdict: 'n/a' });
  return targets;
}

function ratio(name: string, value: number, goal: number): Target {
  return { name, goal: `≥ ${goal}×`, measured: `${value.toFixed(2)}×`, verdict: value >= goal ? 'PASS' : 'MISS' };
}

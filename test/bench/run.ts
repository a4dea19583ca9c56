/**
 * `npm run bench`: time extract, merge and check of the compiled CLI on the sample handbook,
 * the GGI corpus and synthetic 10× and 100× books; po4a side by side; the PDF stage; targets.
 * Progress goes to stderr, the tables to stdout, every figure to `build/bench.json`.
 *
 * Environment: `BENCH_ONLY=sample,ggi` limits the workloads; `BENCH_TIMEOUT_S` (default 180)
 * caps each command of the 100× book (0: no cap); `BENCH_RUNS` overrides the run counts.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from './ensure-build.js';
import { formatMiB, formatMs, formatTable } from './format-table.js';
import { getStats, type CommandStats } from './get-stats.js';
import { makeWorkload, type Workload, type WorkloadSpec } from './make-workload.js';
import { measureCommand, MEMORY_METHOD, type Measurement } from './measure-command.js';
import { getPo4aVersion, runPo4a, type Po4aResult } from './run-po4a.js';
import type { PdfTimings } from './render-pdf.js';
import { getTargets } from './get-targets.js';
import { measureFloor, type Floor } from './measure-floor.js';

/** The commands a CI job runs, in order. */
export const COMMANDS = ['extract', 'merge', 'check'] as const;

/** A command's name. */
export type CommandName = (typeof COMMANDS)[number];

/** The workloads, smallest first; run counts fit the ~10-minute budget on two cores. */
const SPECS: WorkloadSpec[] = [
  { name: 'sample', kind: 'sample', copies: 0, runs: 3, po4a: true },
  { name: 'ggi', kind: 'ggi', copies: 1, runs: 3, po4a: true },
  { name: 'ggi-10x', kind: 'ggi', copies: 10, runs: 1, po4a: false },
  { name: 'ggi-100x', kind: 'ggi', copies: 100, runs: 1, po4a: false },
];

/** Everything measured for one workload. */
export interface WorkloadResult {
  /** The workload. */
  workload: Omit<Workload, 'root'> & { root: string };
  /** Per command over the cold runs (fresh `build/`, as in CI). */
  cold: Record<CommandName, CommandStats>;
  /** Passes with nothing changed (build/ kept), as many as the cold runs. */
  rerun?: Record<CommandName, CommandStats>;
  /** po4a side by side, where installed and enabled. */
  po4a?: Po4aResult;
}

const repo = fileURLToPath(new URL('../..', import.meta.url));
const benchDir = join(repo, 'build', 'bench');
const corpus = join(repo, 'test', 'fixtures', 'ggi-v1.3', 'content');
const log = (message: string): void => void process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

async function main(): Promise<void> {
  const started = performance.now();
  const load = { start: loadavg()[0] ?? 0, end: 0 };
  mkdirSync(benchDir, { recursive: true });
  log('build: checking build/cli/cli.js');
  const { cli, rebuilt } = ensureBuild(repo);
  log(rebuilt ? 'build: rebuilt' : 'build: up to date');
  const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
  const timeoutS = Number(process.env.BENCH_TIMEOUT_S ?? 180);
  const po4aVersion = getPo4aVersion();
  log('node: start-up floor (node -e 0)');
  const startup: Measurement[] = [];
  for (let run = 0; run < 5; run++) startup.push(await measureCommand('node', ['-e', '0'], {}));
  const nodeStartMs = getStats(startup).medianMs;
  let floor: Floor | undefined;
  if (po4aVersion) {
    log('floor: extract, merge and check of a one-paragraph book (3 cold runs)');
    floor = await measureFloor({ repo, benchDir, cli }, 3);
    log(`floor: ${floor.medianMs.map((ms) => formatMs(ms)).join(' + ')} = ${formatMs(floor.totalMs)}`);
  }
  const corpusOk = existsSync(corpus);
  const results: WorkloadResult[] = [];
  for (const spec of SPECS.filter((item) => (!only || only.includes(item.name)) && (item.kind === 'sample' || corpusOk))) {
    const runs = Number(process.env.BENCH_RUNS ?? spec.runs);
    log(`${spec.name}: preparing workload`);
    const workload = await makeWorkload(spec, { repo, benchDir, cli, corpus }, log);
    log(`${spec.name}: ${workload.files} files, ${workload.units} units, ${workload.languages.length} languages${workload.reused ? ' (reused)' : ''}`);
    const limit = spec.copies >= 100 && timeoutS > 0 ? timeoutS * 1000 : undefined;
    const logFile = join(benchDir, `${spec.name}.log`);
    rmSync(logFile, { force: true });
    const measure = (command: CommandName): Promise<Measurement> =>
      measureCommand('node', [cli, command, '--root', workload.root], { log: logFile, okCodes: command === 'check' ? [0, 1] : [0], ...(limit ? { timeoutMs: limit } : {}) });
    const cold: Record<CommandName, Measurement[]> = { extract: [], merge: [], check: [] };
    for (let run = 1; run <= runs; run++) {
      rmSync(join(workload.root, 'build'), { recursive: true, force: true });
      for (const command of COMMANDS) {
        log(`${spec.name}: ${command} (run ${run}/${runs})`);
        const measurement = await measure(command);
        cold[command].push(measurement);
        log(`${spec.name}: ${command} ${formatMs(measurement.ms, measurement.timedOut)}, ${formatMiB(measurement.peakMiB)}`);
      }
    }
    const result: WorkloadResult = {
      workload,
      cold: { extract: getStats(cold.extract), merge: getStats(cold.merge), check: getStats(cold.check) },
    };
    const rerun: Record<CommandName, Measurement[]> = { extract: [], merge: [], check: [] };
    for (let run = 1; run <= runs; run++) {
      for (const command of COMMANDS) {
        log(`${spec.name}: ${command} (re-run ${run}/${runs}, nothing changed)`);
        rerun[command].push(await measure(command));
      }
    }
    result.rerun = { extract: getStats(rerun.extract), merge: getStats(rerun.merge), check: getStats(rerun.check) };
    if (spec.po4a && po4aVersion) result.po4a = await runPo4a(workload, benchDir, log);
    results.push(result);
  }
  const pdf = await runPdfBench(results.find((result) => result.workload.spec.name === 'sample'));
  load.end = loadavg()[0] ?? 0;
  const totalMs = performance.now() - started;
  const targets = getTargets(results, pdf);
  const report = { date: new Date().toISOString(), node: process.version, nodeStartMs, floor: floor ?? null, memoryMethod: MEMORY_METHOD, po4a: po4aVersion ?? null, loadAverage: load, totalMs, results, pdf, targets };
  writeFileSync(join(repo, 'build', 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(formatReport(results, pdf, targets, { po4aVersion, load, totalMs, nodeStartMs, floor }));
  log(`done in ${formatMs(totalMs)}; figures in build/bench.json`);
}

/** Render the sample's PDFs in a child process (after its merge), or say why not. */
async function runPdfBench(sample: WorkloadResult | undefined): Promise<(PdfTimings & { peakMiB?: number | undefined }) | undefined> {
  if (!sample) return undefined;
  const logFile = join(benchDir, 'pdf.log');
  rmSync(logFile, { force: true });
  log('sample: pdf');
  try {
    const run = await measureCommand('node', ['--import', 'tsx', fileURLToPath(new URL('./render-pdf.ts', import.meta.url)), sample.workload.root, repo], { log: logFile, cwd: repo, timeoutMs: 300_000 });
    const line = readFileSync(logFile, 'utf8').trim().split('\n').reverse().find((text) => text.startsWith('{'));
    const timings = JSON.parse(line ?? '{}') as PdfTimings;
    return { ...timings, peakMiB: run.peakMiB };
  } catch (error) {
    return { available: false, reason: `failed: ${(error as Error).message.split('\n')[0] ?? ''}`, launchMs: 0, pdfMs: [], totalMs: 0, books: [] };
  }
}

/** The printed report: commands per workload, po4a side by side, PDF, targets. */
function formatReport(
  results: readonly WorkloadResult[],
  pdf: PdfTimings | undefined,
  targets: ReturnType<typeof getTargets>,
  context: { po4aVersion: string | undefined; load: { start: number; end: number }; totalMs: number; nodeStartMs: number; floor: Floor | undefined },
): string {
  const parts: string[] = [];
  parts.push(
    `handbook-l10n bench — node ${process.version}, memory via ${MEMORY_METHOD}, load average ${context.load.start.toFixed(1)} → ${context.load.end.toFixed(1)}, total ${formatMs(context.totalMs)}\n`,
  );
  parts.push(
    formatTable(
      ['workload', 'files', 'KiB md', 'units', 'langs'],
      results.map(({ workload }) => [workload.spec.name, String(workload.files), String(Math.round(workload.bytes / 1024)), String(workload.units), String(workload.languages.length)]),
    ),
  );
  const rows = results.flatMap(({ workload, cold, rerun }) =>
    COMMANDS.map((command) => {
      const stats = cold[command];
      return [
        workload.spec.name,
        command,
        String(stats.runs),
        formatMs(stats.minMs, stats.timedOut),
        formatMs(stats.medianMs, stats.timedOut),
        formatMs(stats.medianCpuMs, stats.timedOut),
        formatMiB(stats.peakMiB, stats.timedOut),
        rerun ? formatMs(rerun[command].medianMs) : '–',
      ];
    }),
  );
  parts.push(formatTable(['workload', 'command', 'runs', 'min', 'median', 'cpu (median)', 'peak RSS', 're-run (median)'], rows));
  const po4aRows = results.flatMap(({ workload, cold, rerun, po4a }) => {
    if (!po4a || !rerun) return [];
    const ours = COMMANDS.reduce((sum, command) => sum + cold[command].medianMs, 0);
    const oursRerun = COMMANDS.reduce((sum, command) => sum + rerun[command].medianMs, 0);
    const theirs = po4a.cold.update.ms + po4a.cold.translate.ms;
    const theirsRerun = po4a.rerun.update.ms + po4a.rerun.translate.ms;
    return [
      [workload.spec.name, 'cold', String(po4a.poFiles), formatMs(ours), formatMs(po4a.cold.update.ms), formatMs(po4a.cold.translate.ms), formatMs(theirs), `${(theirs / ours).toFixed(2)}×${context.floor ? ` (at most ${(theirs / context.floor.totalMs).toFixed(0)}×)` : ''}`, formatMiB(po4a.cold.update.peakMiB)],
      [workload.spec.name, 're-run', String(po4a.poFiles), formatMs(oursRerun), formatMs(po4a.rerun.update.ms), formatMs(po4a.rerun.translate.ms), formatMs(theirsRerun), `${(theirsRerun / oursRerun).toFixed(2)}× (at most ${(theirsRerun / (COMMANDS.length * context.nodeStartMs)).toFixed(0)}×)`, formatMiB(po4a.rerun.update.peakMiB)],
    ];
  });
  parts.push(
    context.po4aVersion
      ? `po4a side by side (${context.po4aVersion}; one PO file per source file and language; handbook-l10n = extract+merge+check medians, po4a = update+translate;\n` +
          `"at most", cold: po4a's time over the three commands on a one-paragraph book (${context.floor ? formatMs(context.floor.totalMs) : '–'}: start-up, code, project, no parsing to speak of);\n` +
          `"at most", re-run: po4a's time over three bare Node start-ups of ${formatMs(context.nodeStartMs)}, the ceiling of any three-process pipeline):\n` +
          formatTable(['workload', 'pass', 'PO files', 'handbook-l10n', 'po4a update', 'po4a translate', 'po4a total', 'po4a / ours', 'po4a peak'], po4aRows)
      : 'po4a: not on PATH, skipped\n',
  );
  if (!pdf) parts.push('pdf: not measured (sample workload not run)\n');
  else if (!pdf.available || pdf.reason) parts.push(`pdf: not available (${pdf.reason ?? 'no PDF stage'})\n`);
  else {
    const floor = pdf.launchMs + pdf.pdfMs.reduce((sum, ms) => sum + ms, 0);
    parts.push(
      `pdf (sample, ${pdf.books.map((book) => `${book.lang}:${book.pages}p`).join(' ')}): launch ${formatMs(pdf.launchMs)}, ${pdf.pdfMs.length} page.pdf calls ${formatMs(floor - pdf.launchMs)}, ` +
        `floor ${formatMs(floor)}, total ${formatMs(pdf.totalMs)} (${(pdf.totalMs / floor).toFixed(2)}× floor)\n`,
    );
  }
  parts.push(formatTable(['target', 'goal', 'measured', 'verdict'], targets.map((target) => [target.name, target.goal, target.measured, target.verdict])));
  return parts.join('\n');
}

await main();

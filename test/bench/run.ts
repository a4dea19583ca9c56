/**
 * `npm run bench`: cold `extract`, `merge` and `check` of the bundled CLI on the sample
 * handbook and on the GGI corpus × 6 languages, as CI runs them (one process per command, no
 * `build/` in the workload), set against `baseline.json`; po4a side by side where installed;
 * the sample's PDF stage. Progress goes to stderr, tables to stdout, every figure to
 * `build/bench.json`. `BENCH_RUNS` sets the number of cold runs (default 3); `BENCH_TOOL` times
 * another checkout's (built) command line instead, to measure `baseline.json` with this harness.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild, HAS_GNU_TIME, measure, summarize, type Run, type Stats } from './measure.js';
import { getPo4aVersion, runPo4a, type Po4aResult } from './po4a.js';
import { makeWorkload, type Workload } from './workload.js';

const COMMANDS = ['extract', 'merge', 'check'] as const;
type Command = (typeof COMMANDS)[number];

/** The target: cold extract+merge+check on GGI × 6 languages at most 25 % slower than the baseline. */
const TARGET_RATIO = 1.25;

/** Cold medians (ms) per command, measured at an earlier commit. */
type Baseline = { commit: string; measured: string; note: string } & Partial<Record<Workload['name'], Record<Command, number>>>;

interface WorkloadResult {
  workload: Workload;
  runs: Record<Command, Run[]>;
  stats: Record<Command, Stats>;
  /** Sums of the three commands' medians: today's and the baseline's. */
  totalMs: number;
  baselineMs: number | undefined;
  po4a?: Po4aResult;
}

const repo = fileURLToPath(new URL('../..', import.meta.url));
const benchDir = join(repo, 'build', 'bench');
/** The checkout whose command line is timed: this one, or `BENCH_TOOL` (another checkout, built, to measure a baseline with the same harness). */
const tool = process.env.BENCH_TOOL ?? repo;
const cli = join(tool, 'src', 'bin', 'handbook-l10n.js');
const log = (message: string): void => void process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
const ms = (value: number | undefined): string => (value === undefined || !Number.isFinite(value) ? '–' : value < 1000 ? `${value.toFixed(0)} ms` : `${(value / 1000).toFixed(2)} s`);
const mib = (value: number | undefined): string => (value === undefined || !Number.isFinite(value) ? '–' : `${value.toFixed(0)} MiB`);
const ratio = (after: number, before: number | undefined): string => (before ? `${(after / before).toFixed(2)}×` : '–');
const sum = (values: Record<Command, number>): number => COMMANDS.reduce((total, command) => total + values[command], 0);

async function main(): Promise<void> {
  const started = performance.now();
  const load = [loadavg()[0] ?? 0];
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`BENCH_RUNS must be a whole number ≥ 1, not "${process.env.BENCH_RUNS}"`);
  const baseline = JSON.parse(readFileSync(new URL('./baseline.json', import.meta.url), 'utf8')) as Baseline;
  rmSync(benchDir, { recursive: true, force: true });
  mkdirSync(benchDir, { recursive: true });
  log('build: checking build/cli/cli.js');
  log(tool !== repo ? `tool: ${tool} (not rebuilt)` : ensureBuild(repo) ? 'build: rebuilt' : 'build: up to date');
  const po4aVersion = getPo4aVersion();
  const results: WorkloadResult[] = [];
  for (const name of ['sample', 'ggi'] as const) {
    log(`${name}: writing the workload`);
    const workload = await makeWorkload(name, { repo, benchDir, cli });
    log(`${name}: ${workload.files} files, ${workload.units} units, ${workload.languages.length} languages`);
    const measured: Record<Command, Run[]> = { extract: [], merge: [], check: [] };
    for (let run = 1; run <= runs; run++) {
      rmSync(join(workload.root, 'build'), { recursive: true, force: true });
      for (const command of COMMANDS) {
        const args = [cli, command, '--root', workload.root];
        const result = await measure('node', args, join(benchDir, `${name}.log`), { okCodes: command === 'check' ? [0, 1] : [0] });
        measured[command].push(result);
        log(`${name}: ${command} (cold ${run}/${runs}) ${ms(result.ms)}, ${mib(result.peakMiB)}`);
      }
    }
    const stats = { extract: summarize(measured.extract), merge: summarize(measured.merge), check: summarize(measured.check) };
    const before = baseline[name];
    const result: WorkloadResult = { workload, runs: measured, stats, totalMs: sum({ extract: stats.extract.medianMs, merge: stats.merge.medianMs, check: stats.check.medianMs }), baselineMs: before && sum(before) };
    if (po4aVersion) {
      log(`${name}: po4a (cold, one run)`);
      result.po4a = await runPo4a(workload, benchDir);
    }
    results.push(result);
  }
  const pdf = await measurePdf(join(benchDir, 'sample'));
  const ggi = results.find((result) => result.workload.name === 'ggi');
  const ggiRatio = ggi?.baselineMs ? ggi.totalMs / ggi.baselineMs : undefined;
  const verdict = ggiRatio === undefined ? 'n/a' : ggiRatio <= TARGET_RATIO ? 'PASS' : 'MISS';
  load.push(loadavg()[0] ?? 0);
  const totalMs = performance.now() - started;
  const target = { name: 'cold extract+merge+check on GGI × 6 languages within 25% of the baseline', maxRatio: TARGET_RATIO, ratio: ggiRatio, verdict };
  const report = { date: new Date().toISOString(), node: process.version, runs, gnuTime: HAS_GNU_TIME, loadAverage: load, totalMs, baseline, results, po4a: po4aVersion ?? null, pdf, target };
  writeFileSync(join(repo, 'build', 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);

  const out = [
    `handbook-l10n bench — node ${process.version}, ${runs} cold run(s), CPU and memory ${HAS_GNU_TIME ? 'via GNU time' : 'not measured (no /usr/bin/time)'}, ` +
      `load average ${load.map((value) => value.toFixed(1)).join(' → ')}, total ${ms(totalMs)}`,
    table(['workload', 'files', 'KiB md', 'units', 'languages'], results.map(({ workload: w }) => [w.name, `${w.files}`, `${Math.round(w.bytes / 1024)}`, `${w.units}`, w.languages.join(' ')])),
    `cold runs; "baseline" is the median at ${baseline.commit} (${baseline.measured}${baseline.note ? `; ${baseline.note}` : ''})\n` +
      table(
        ['workload', 'command', 'runs', 'min', 'median', 'baseline', 'vs baseline', 'cpu (median)', 'peak RSS'],
        results.flatMap(({ workload, stats, totalMs: today, baselineMs }) => [
          ...COMMANDS.map((command) => {
            const { runs: count, minMs, medianMs, medianCpuMs, peakMiB } = stats[command];
            const before = baseline[workload.name]?.[command];
            return [workload.name, command, `${count}`, ms(minMs), ms(medianMs), ms(before), ratio(medianMs, before), ms(medianCpuMs), mib(peakMiB)];
          }),
          [workload.name, 'sum', '', '', ms(today), ms(baselineMs), ratio(today, baselineMs), ms(COMMANDS.reduce((cpu, command) => cpu + (stats[command].medianCpuMs ?? NaN), 0)), ''],
        ]),
      ),
    `target: ${target.name} (sum ≤ ${TARGET_RATIO.toFixed(2)}× baseline): ${ggiRatio === undefined ? 'no baseline' : `${ggiRatio.toFixed(2)}×`} → ${verdict}`,
    po4aVersion
      ? `po4a side by side (${po4aVersion}; cold, one run; handbook-l10n = sum of medians, po4a = update + translate)\n` +
        table(
          ['workload', 'PO files', 'handbook-l10n', 'po4a update', 'po4a translate', 'po4a total', 'po4a / ours', 'po4a peak RSS'],
          results.flatMap(({ workload, totalMs: ours, po4a }) => {
            if (!po4a) return [];
            const theirs = po4a.update.ms + po4a.translate.ms;
            const peak = Math.max(po4a.update.peakMiB ?? NaN, po4a.translate.peakMiB ?? NaN);
            return [[workload.name, `${po4a.poFiles}`, ms(ours), ms(po4a.update.ms), ms(po4a.translate.ms), ms(theirs), ratio(theirs, ours), mib(peak)]];
          }),
        )
      : 'po4a: not on PATH, skipped',
    'error' in pdf
      ? `pdf (sample): ${pdf.error}`
      : `pdf (sample, pdf --force): total ${ms(pdf.ms)} (browser launch ${ms(pdf.launchMs)}), peak RSS ${mib(pdf.peakMiB)}; ` +
        (pdf.books.map((book) => `${book.lang} ${book.pages} pages`).join(', ') || 'no book rendered'),
  ];
  process.stdout.write(`${out.join('\n\n')}\n`);
  log(`done in ${ms(totalMs)}; figures in build/bench.json`);
}

/** Time `pdf --force` on the sample; its output gives the browser's launch and each book's pages. */
async function measurePdf(root: string): Promise<(Run & { launchMs: number | undefined; books: Array<{ lang: string; pages: number }> }) | { error: string }> {
  const logFile = join(benchDir, 'pdf.log');
  log('sample: pdf --force');
  try {
    const run = await measure('node', [cli, 'pdf', '--force', '--root', root], logFile);
    const text = readFileSync(logFile, 'utf8');
    const launch = /browser started in ([\d.]+) s/.exec(text)?.[1];
    const books = [...text.matchAll(/^pdf (\S+): .* \((\d+) pages,/gm)].map((match) => ({ lang: match[1] ?? '', pages: Number(match[2]) }));
    return { ...run, launchMs: launch === undefined ? undefined : Number(launch) * 1000, books };
  } catch (error) {
    return { error: `failed: ${(error as Error).message}` };
  }
}

/** A plain-text table; cells that look like figures align right. */
function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    widths
      .map((width, column) => (/^[\d.]+ ?(?:s|ms|MiB|×)?$|^–$/.test(cells[column] ?? '') ? (cells[column] ?? '').padStart(width) : (cells[column] ?? '').padEnd(width)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

try {
  await main();
} catch (error) {
  log(`failed: ${(error as Error).message}`);
  process.exitCode = 1;
}

/**
 * Run one command as a child process and measure its wall time and peak memory.
 */
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { getChildPids } from './get-child-pids.js';
import { fileURLToPath } from 'node:url';

/** GNU time, when installed: it reports the child's RSS high-water mark (`%M`, KiB). */
const GNU_TIME = '/usr/bin/time';

/** A preload that writes the process's own `maxRSS` to `$BENCH_RSS_FILE` on exit (used without GNU time). */
const RSS_PRELOAD = fileURLToPath(new URL('./report-max-rss.mjs', import.meta.url));

/** One measured run. */
export interface Measurement {
  /** Wall-clock milliseconds, spawn to exit. */
  ms: number;
  /** Peak resident set size of the child, in MiB; `undefined` if it could not be read. */
  peakMiB: number | undefined;
  /** CPU milliseconds (user + system) of the child; less sensitive than `ms` to other load on the machine. */
  cpuMs: number | undefined;
  /** Exit code. */
  code: number;
  /** Whether the run was killed at `timeoutMs`. */
  timedOut: boolean;
}

/** Options of `measureCommand`. */
export interface MeasureOptions {
  /** Working folder. Default: the current folder. */
  cwd?: string;
  /** File receiving the child's stdout and stderr (appended). Default: discarded. */
  log?: string;
  /** Exit codes that count as success. Default `[0]`. */
  okCodes?: readonly number[];
  /** Kill the command after this many milliseconds and report it as timed out (its figures are then lower bounds). Default: none. */
  timeoutMs?: number;
}

/** How peak memory is measured on this machine: `gnu-time` or the `node --import` preload. */
export const MEMORY_METHOD: 'gnu-time' | 'preload' = existsSync(GNU_TIME) ? 'gnu-time' : 'preload';

/**
 * Run `command args…` and measure it.
 * Invariant: the child's output never passes through this process (it goes to `log`), so
 * large reports cost the measurement nothing; an exit code outside `okCodes` throws with
 * the log's tail.
 * @param command Executable, e.g. `node` (for the preload method, only `node` commands get a memory figure).
 * @param args Its arguments.
 * @param options Working folder, log file, accepted exit codes; copied, never changed.
 * @returns Time, peak memory and exit code.
 */
export async function measureCommand(command: string, args: readonly string[], options: MeasureOptions = {}): Promise<Measurement> {
  const rssFile = `${options.log ?? '/tmp/bench'}.${process.pid}.rss`;
  rmSync(rssFile, { force: true });
  const [file, argv, env] =
    MEMORY_METHOD === 'gnu-time'
      ? [GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, command, ...args], process.env]
      : command === 'node'
        ? [command, ['--import', RSS_PRELOAD, ...args], { ...process.env, BENCH_RSS_FILE: rssFile }]
        : [command, [...args], process.env];
  const out = options.log ? openSync(options.log, 'a') : 'ignore';
  const started = performance.now();
  let timedOut = false;
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(file, argv, { cwd: options.cwd, env, stdio: ['ignore', out, out] });
    // Kill the measured process itself (GNU time's child), so GNU time still reports its peak.
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            const pid = child.pid;
            const targets = pid === undefined ? [] : file === GNU_TIME ? getChildPids(pid) : [pid];
            for (const target of targets) process.kill(target, 'SIGKILL');
          }, options.timeoutMs);
    child.on('error', reject);
    child.on('exit', (exitCode, signal) => {
      clearTimeout(timer);
      resolve(exitCode ?? (signal ? 128 : 1));
    });
  });
  const ms = performance.now() - started;
  if (typeof out === 'number') closeSync(out);
  const { peakMiB, cpuMs } = readUsage(rssFile);
  rmSync(rssFile, { force: true });
  if (!timedOut && !(options.okCodes ?? [0]).includes(code)) {
    const tail = options.log && existsSync(options.log) ? readFileSync(options.log, 'utf8').slice(-2000) : '';
    throw new Error(`${command} ${args.join(' ')} exited with ${code} in ${options.cwd ?? '.'}\n${tail}`);
  }
  return { ms, peakMiB, cpuMs, code, timedOut };
}

/**
 * Read the last line of the usage file: GNU time's `KiB user-s system-s` (after an optional
 * status line), or the preload's `KiB cpu-µs`.
 */
function readUsage(file: string): { peakMiB: number | undefined; cpuMs: number | undefined } {
  if (!existsSync(file)) return { peakMiB: undefined, cpuMs: undefined };
  const last = readFileSync(file, 'utf8').trim().split('\n').pop() ?? '';
  const [kib, first, second] = last.split(/\s+/).map(Number);
  const peakMiB = kib !== undefined && Number.isFinite(kib) ? kib / 1024 : undefined;
  if (first === undefined || !Number.isFinite(first)) return { peakMiB, cpuMs: undefined };
  const cpuMs = second === undefined ? first / 1000 : (first + second) * 1000;
  return { peakMiB, cpuMs: Number.isFinite(cpuMs) ? cpuMs : undefined };
}

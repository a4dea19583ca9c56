/**
 * Time a child process (wall time; CPU time and peak RSS through GNU time, when installed),
 * summarize repeated runs, and keep the bundled CLI current.
 */
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';

const GNU_TIME = '/usr/bin/time';
export const HAS_GNU_TIME = existsSync(GNU_TIME);

/** One timed run; CPU (user + system) and peak RSS are `undefined` without GNU time. */
export type Run = { ms: number; cpuMs: number | undefined; peakMiB: number | undefined };

/**
 * Run `command args…`, its output appended to `log`, and time it.
 * @throws Error naming the command, its exit code, the log's path and its last lines, when
 *   the exit code is not in `okCodes` (default `[0]`).
 */
export async function measure(command: string, args: readonly string[], log: string, options: { cwd?: string; okCodes?: readonly number[] } = {}): Promise<Run> {
  const usage = `${log}.time`;
  const [file, argv] = HAS_GNU_TIME ? [GNU_TIME, ['-f', '%M %U %S', '-o', usage, command, ...args]] : [command, [...args]];
  const out = openSync(log, 'a');
  const started = performance.now();
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(file, argv, { cwd: options.cwd, stdio: ['ignore', out, out] });
    child.on('error', reject);
    child.on('exit', (exitCode) => resolve(exitCode ?? 128));
  });
  const ms = performance.now() - started;
  closeSync(out);
  if (!(options.okCodes ?? [0]).includes(code)) {
    const tail = readFileSync(log, 'utf8').trimEnd().split('\n').slice(-15).join('\n');
    throw new Error(`${command} ${args.join(' ')} exited with ${code}\n  log: ${log}\n${tail}`);
  }
  // GNU time's last line is `KiB user-s system-s`.
  const [kib = NaN, user = NaN, system = NaN] = (existsSync(usage) ? readFileSync(usage, 'utf8').trim().split('\n').pop() ?? '' : '').split(' ').map(Number);
  rmSync(usage, { force: true });
  return { ms, peakMiB: Number.isFinite(kib) ? kib / 1024 : undefined, cpuMs: Number.isFinite(user + system) ? (user + system) * 1000 : undefined };
}

export type Stats = ReturnType<typeof summarize>;

/** The median (the mean of the two middle values for an even count). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** Several runs of one command: min and median wall time, median CPU, highest peak RSS. */
export function summarize(runs: readonly Run[]) {
  const cpu = runs.flatMap((run) => (run.cpuMs === undefined ? [] : [run.cpuMs]));
  const peaks = runs.flatMap((run) => (run.peakMiB === undefined ? [] : [run.peakMiB]));
  return {
    runs: runs.length,
    minMs: Math.min(...runs.map((run) => run.ms)),
    medianMs: median(runs.map((run) => run.ms)),
    medianCpuMs: cpu.length ? median(cpu) : undefined,
    peakMiB: peaks.length ? Math.max(...peaks) : undefined,
  };
}

/**
 * Run `npm run build` when the bundle `build/cli/cli.js` is missing or older than a source.
 * @returns Whether it rebuilt.
 * @throws Error with the compiler's output when the build fails.
 */
export function ensureBuild(repo: string): boolean {
  const mtime = (path: string): number => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const built = mtime(join(repo, 'build', 'cli', 'cli.js'));
  const sources = fg.sync(['src/**/*', 'tsconfig.json', 'package.json'], { cwd: repo, absolute: true });
  if (built > 0 && built >= Math.max(...sources.map(mtime))) return false;
  try {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`npm run build failed:\n${String(stdout)}${String(stderr)}`, { cause: error });
  }
  return true;
}

/**
 * The run memo: a command whose inputs and outputs are all unchanged since its last run is
 * not run again; its recorded output is printed instead.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { getCodeHash } from '../store/get-code-hash.js';
import { fingerprintPaths, type FileStamp, type PathsFingerprint } from '../store/hash-paths.js';
import { PROJECT_PATHS } from '../store/project-paths.js';
import { writeFileAtomic } from '../store/write-file-atomic.js';
import { TOOL_ROOT } from '../store/tool-version.js';
import type { CommandOptions } from './command-options.js';
import { replayOutput, teeOutput } from './output-frames.js';

/** The commands a CI job runs on every push; their result is a function of the project's files. */
export const MEMOIZED_COMMANDS: ReadonlySet<string> = new Set(['extract', 'merge', 'check']);

/** The folder of the staleness records, archive and notes. */
const L10N = dirname(PROJECT_PATHS.notes);

/** What merge writes. */
const MERGED = join(PROJECT_PATHS.build, 'md');

/** Folders never hashed: the caches change on every run and decide nothing. */
const SKIP = new Set(['.cache', '.git', 'node_modules']);

/** A memo of one command with one set of options, as `build/.cache/runs/<key>.json` records it. */
interface RunRecord {
  /** Digests of the files the command only reads and of those it writes, taken after it ran. */
  fingerprint: string;
  /** Its exit code. */
  code: number;
  /** The stamps of those files, so that a replay reads only the files whose stat changed. */
  stamps: Record<string, FileStamp>;
}

/** One command's memo: replay it, or capture a run and record it. */
export interface RunMemo {
  /**
   * Print the recorded output when nothing changed since the recorded run.
   * @returns The recorded exit code, or `undefined` when the command must run.
   */
  replay(): Promise<number | undefined>;
  /** Start copying everything the command prints, to record it. */
  capture(): void;
  /**
   * Stop capturing; record the run when it succeeded (exit 0 or 1) and its inputs did not
   * change while it ran.
   * @param code The command's exit code, or `undefined` when it threw.
   */
  finish(code: number | undefined): Promise<void>;
}

/**
 * Open the memo of a command run.
 *
 * Invariant: the key covers the command, its options, the tool's code and install and
 * whether the output is coloured; the fingerprint covers every file the command reads or
 * writes (the config, the handbook and metadata, `locales/`, `glossary/`, `fonts/`, `.l10n/`,
 * and what the command itself writes: `build/md/` for merge, the `--output` file for check).
 * So a replay prints exactly what a real run would print, and a real no-change run of extract
 * or merge writes nothing, so their replay says so. Only successful runs (exit 0 or 1) are recorded.
 *
 * @param command The command's name (one of `MEMOIZED_COMMANDS`).
 * @param options The parsed options.
 * @param color Whether the output would be coloured.
 * @returns The memo.
 */
export function openRunMemo(command: string, options: CommandOptions, color: boolean): RunMemo {
  const root = resolve(options.root);
  const key = createHash('sha256')
    .update(
      JSON.stringify([
        command,
        options.lang ?? null,
        options.format ?? null,
        options.output ? resolve(options.output) : null,
        color,
        process.version,
        getCodeHash(['extract', 'keys', 'merge', 'check', 'fonts', 'config', 'project', 'store', 'commands', 'cli', 'weblate', 'pdf']),
        getInstallStamp(),
      ]),
    )
    .digest('hex')
    .slice(0, 24);
  const dir = join(root, PROJECT_PATHS.build, '.cache', 'runs');
  const recordFile = join(dir, `${key}.json`);
  const outputFile = join(dir, `${key}.out`);
  const paths = getRunPaths(root, command, options);
  const inputs = paths.filter((path) => !isWrittenBy(command, path, options));
  const outputs = paths.filter((path) => isWrittenBy(command, path, options));
  const walk = (paths: readonly string[], known?: Record<string, FileStamp>): PathsFingerprint => fingerprintPaths(root, paths, SKIP, known);
  const fingerprintOf = (input: PathsFingerprint, output: PathsFingerprint): string => `${input.digest}:${output.digest}`;
  const write = (record: RunRecord): Promise<boolean> => writeFileAtomic(recordFile, `${JSON.stringify(record)}\n`);
  // Only the digest is kept while the command runs: a big book's stamps would add to its peak.
  let before: string | undefined;
  let capture: { fd: number; temp: string; restore: () => void } | undefined;
  return {
    async replay() {
      const record = readRecord(recordFile);
      if (!record || !existsSync(outputFile)) return undefined;
      const input = walk(inputs, record.stamps);
      const output = walk(outputs, record.stamps);
      if (fingerprintOf(input, output) !== record.fingerprint) return undefined;
      // Files read now because their stamps were not settled yet are settled by now: record
      // that, so the next replay reads nothing but the stat of each file.
      // The record is a cache: failing to improve it never fails the command.
      if (input.read + output.read > 0) await write({ ...record, stamps: { ...input.stamps, ...output.stamps } }).catch(() => false);
      replayOutput(outputFile, command !== 'check');
      return record.code;
    },
    capture() {
      before = walk(inputs).digest;
      mkdirSync(dir, { recursive: true });
      const temp = `${outputFile}.${process.pid}.tmp`;
      const fd = openSync(temp, 'w');
      capture = { fd, temp, restore: teeOutput(fd) };
    },
    async finish(code) {
      if (!capture) return;
      capture.restore();
      closeSync(capture.fd);
      const { temp } = capture;
      capture = undefined;
      const after = walk(inputs);
      if ((code !== 0 && code !== 1) || after.digest !== before) {
        for (const file of [temp, recordFile, outputFile]) rmSync(file, { force: true });
        return;
      }
      renameSync(temp, outputFile);
      const output = walk(outputs);
      await write({ fingerprint: fingerprintOf(after, output), code, stamps: { ...after.stamps, ...output.stamps } });
    },
  };
}

/** The files and folders a command reads or writes, relative to the root. */
function getRunPaths(root: string, command: string, options: CommandOptions): string[] {
  const config = readConfigPaths(root);
  const paths = [PROJECT_PATHS.config, config.handbookDir, ...config.metadata, PROJECT_PATHS.locales, PROJECT_PATHS.glossary, PROJECT_PATHS.fonts, L10N];
  if (command === 'merge') paths.push(MERGED);
  if (command === 'check' && options.output) paths.push(resolve(options.output));
  return paths;
}

/** Whether a path is one the command writes (so it may change during the run). */
function isWrittenBy(command: string, path: string, options: CommandOptions): boolean {
  if (command === 'extract') return path === PROJECT_PATHS.locales || path === L10N;
  if (command === 'merge') return path === MERGED;
  return options.output !== undefined && path === resolve(options.output);
}

/** The handbook folder and metadata files a config names; the defaults when it has none or is invalid. */
function readConfigPaths(root: string): { handbookDir: string; metadata: string[] } {
  try {
    const data = JSON.parse(readFileSync(join(root, PROJECT_PATHS.config), 'utf8')) as { handbookDir?: unknown; metadata?: unknown };
    const handbookDir = typeof data.handbookDir === 'string' ? data.handbookDir : PROJECT_PATHS.handbook;
    const metadata = Array.isArray(data.metadata) ? data.metadata.flatMap((entry: { file?: unknown }) => (typeof entry?.file === 'string' ? [entry.file] : [])) : [];
    return { handbookDir, metadata };
  } catch {
    return { handbookDir: PROJECT_PATHS.handbook, metadata: [] };
  }
}

/** What changes when the tool's dependencies are reinstalled (fonts, OpenCC data): the lock file's size and time. */
function getInstallStamp(): string {
  if (!TOOL_ROOT) return '';
  const parts: string[] = [];
  for (const file of [join(TOOL_ROOT, 'node_modules', '.package-lock.json'), join(TOOL_ROOT, 'fonts', 'fonts.json')]) {
    try {
      const stat = statSync(file);
      parts.push(`${stat.size}:${stat.mtimeMs}`);
    } catch {
      parts.push('-');
    }
  }
  return parts.join(',');
}

function readRecord(file: string): RunRecord | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<RunRecord>;
    return typeof data.fingerprint === 'string' && typeof data.code === 'number' && typeof data.stamps === 'object' && data.stamps !== null
      ? { fingerprint: data.fingerprint, code: data.code, stamps: data.stamps }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One writer at a time: commands that write the project's records take a lock, so two runs at
 * once cannot read the archive and write it back over each other's.
 */
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import { setTimeout as sleep } from 'node:timers/promises';
import { UsageError } from '../base/index.js';
import { PROJECT_PATHS } from '../store/index.js';

/** How long a command waits for another run's lock before it gives up, in ms. */
const WAIT_MS = 60_000;

/**
 * Run `work` holding the project's write lock (`build/.lock`, holding the holder's process id
 * and command). A run that finds the lock waits for it; a lock whose process is gone (a killed
 * run) is taken over.
 * @param root Project root.
 * @param command The command, for the message another run shows.
 * @param work What to do under the lock.
 * @param waitMs How long to wait for another run (default a minute).
 * @returns What `work` returns.
 * @throws UsageError when another run holds the lock for longer than `waitMs`.
 */
export async function withProjectLock<T>(root: string, command: string, work: () => Promise<T>, waitMs = WAIT_MS): Promise<T> {
  const path = join(root, PROJECT_PATHS.build, '.lock');
  const mine = `${process.pid} ${command}\n`;
  const deadline = Date.now() + waitMs;
  for (;;) {
    const holder = tryLock(path, mine);
    if (holder === undefined) break;
    if (!isAlive(holder.pid)) {
      rmSync(path, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      throw new UsageError(`another handbook-l10n run (process ${holder.pid}, ${holder.command}) is writing this project; try again when it has ended`);
    }
    await sleep(100);
  }
  removeStaleTempFiles(root);
  try {
    return await work();
  } finally {
    if (readText(path) === mine) rmSync(path, { force: true });
  }
}

/**
 * Remove the temporary files of atomic writes (`.<name>.<pid>.<random>.tmp`) that a killed run
 * left in the folders the commands write; a live process's files are left alone.
 */
function removeStaleTempFiles(root: string): void {
  const folders = [PROJECT_PATHS.locales, '.l10n', PROJECT_PATHS.build].map((folder) => `${folder}/**/.*.tmp`);
  for (const file of fg.sync(folders, { cwd: root, dot: true, onlyFiles: true, followSymbolicLinks: false })) {
    const pid = Number(/\.(\d+)\.[0-9a-f]+\.tmp$/.exec(file)?.[1]);
    if (Number.isInteger(pid) && pid > 0 && !isAlive(pid)) rmSync(join(root, file), { force: true });
  }
}

/** Create the lock file; the current holder when it exists already. */
function tryLock(path: string, mine: string): { pid: number; command: string } | undefined {
  mkdirSync(join(path, '..'), { recursive: true });
  try {
    const fd = openSync(path, 'wx');
    writeSync(fd, mine);
    closeSync(fd);
    return undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const [pid = '', command = '?'] = (readText(path) ?? '').trim().split(' ');
  return { pid: Number(pid), command };
}

/** Whether a process runs (a lock written half-way, with no number yet, counts as alive: it is being written). */
function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

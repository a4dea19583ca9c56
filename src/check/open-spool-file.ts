import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from './finding.js';
import type { SpoolStorage } from './finding-spool.js';

/** A spool storage in a temporary file, and the way to remove it. */
export interface SpoolFile {
  /** The storage. */
  storage: SpoolStorage;
  /** Close and delete the file (if it was made); the storage must not be used after. */
  close(): void;
}

/** Bytes gathered before they are written. */
const FLUSH_BYTES = 1 << 20;

/** The fields of a finding the file keeps, in the report's order; `key` is left out when absent. */
const FIELDS: (keyof Finding)[] = ['rule', 'severity', 'lang', 'file', 'line', 'key', 'message'];

/** A spool file's name: the process that made it, and a random part. */
const SPOOL_NAME = /^check-(\d+)-[0-9a-f]+\.spool$/u;

/**
 * Open a spool storage that keeps the runs in a temporary file in `dir`, created on the first
 * write (`check-<pid>-<random>.spool`), one JSON array of findings per run. Spool files left
 * in `dir` by a check that was killed (its process is gone) are removed first.
 * Invariant: holds in memory only the offsets of the runs and at most about 1 MB not yet
 * written; `get` returns what `put` was given (the seven report fields), in its order.
 * @param dir The folder of the file, made if needed (e.g. the project's `build/.cache`).
 * @returns The storage and its `close`.
 */
export function openSpoolFile(dir: string): SpoolFile {
  removeStaleSpools(dir);
  const path = join(dir, `check-${process.pid}-${randomBytes(4).toString('hex')}.spool`);
  const offsets: number[] = [];
  const lengths: number[] = [];
  let fd: number | undefined;
  let written = 0;
  let pending: string[] = [];
  let pendingBytes = 0;
  const flush = (): number => {
    if (fd === undefined) {
      mkdirSync(dir, { recursive: true });
      fd = openSync(path, 'wx+');
    }
    const bytes = Buffer.from(pending.join(''), 'utf8');
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, written + done);
    written += bytes.length;
    pending = [];
    pendingBytes = 0;
    return fd;
  };
  const storage: SpoolStorage = {
    put(findings) {
      const text = JSON.stringify(findings, FIELDS);
      const length = Buffer.byteLength(text, 'utf8');
      offsets.push(written + pendingBytes);
      lengths.push(length);
      pending.push(text);
      pendingBytes += length;
      if (pendingBytes >= FLUSH_BYTES) flush();
      return offsets.length - 1;
    },
    get(id) {
      const offset = offsets[id];
      const length = lengths[id];
      if (offset === undefined || length === undefined) return [];
      const handle = offset + length > written || fd === undefined ? flush() : fd;
      const bytes = Buffer.allocUnsafe(length);
      for (let done = 0; done < length; ) {
        const read = readSync(handle, bytes, done, length - done, offset + done);
        if (read === 0) throw new Error(`check: ${path} ended early`);
        done += read;
      }
      return JSON.parse(bytes.toString('utf8')) as Finding[];
    },
  };
  return {
    storage,
    close() {
      if (fd === undefined) return;
      closeSync(fd);
      fd = undefined;
      rmSync(path, { force: true });
    },
  };
}

/** Remove the spool files in `dir` whose process no longer runs (a killed check leaves its file). */
function removeStaleSpools(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(SPOOL_NAME.exec(name)?.[1]);
    if (Number.isInteger(pid) && pid !== process.pid && !isRunning(pid)) rmSync(join(dir, name), { force: true });
  }
}

/** Whether a process with this id runs (one of another user counts as running). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}


import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readSync, statSync, type BigIntStats } from 'node:fs';
import { join, resolve } from 'node:path';
import { toProjectPath } from './project-paths.js';

/** What a file was like when its content was hashed. */
export interface FileStamp {
  /** Size, modification and change times in nanoseconds, and inode: `size:mtime:ctime:ino`. */
  stat: string;
  /** SHA-256 of the content, hex. */
  hash: string;
  /**
   * Whether the stat alone may vouch for the content later: both times were older than the
   * walk by more than a timestamp tick, so no write the walk missed can share them.
   */
  settled: boolean;
}

/** The digest of some files and folders, and the stamps that let the next walk skip reading. */
export interface PathsFingerprint {
  /** Hex digest of every path (relative to the root) and every file's content. */
  digest: string;
  /** Per file (path relative to the root, `/`-separated), its stamp. */
  stamps: Record<string, FileStamp>;
  /** How many files were read; the others were vouched for by a settled, unchanged stamp. */
  read: number;
}

/**
 * How much older than a walk a file's times must be for its stamp to be settled. File
 * systems take times from a coarse clock (a few milliseconds behind the real one); a write
 * during the walk can therefore carry a time up to one tick before the walk began.
 */
const TICK_NS = 100_000_000n;

/**
 * Fingerprint the content of files and folders (recursively) under a root: every file's path
 * relative to the root and its bytes, in sorted order, so that adding, removing, renaming or
 * editing any file changes the digest.
 *
 * Invariant: the same tree gives the same digest whatever the order the file system lists it
 * in, and whether or not `known` stamps were given; a missing path hashes as missing (so
 * creating it changes the digest); folders named in `skip` are left out wherever they occur.
 * A file is read unless `known` has a settled stamp with its exact size, times and inode (the
 * rule git uses for its index, with the racy case settled by age): any write changes the
 * change time, which no program can set back.
 *
 * @param root The folder paths are relative to.
 * @param paths Files or folders, relative to `root` (or absolute).
 * @param skip Folder names never entered, e.g. `.cache`.
 * @param known Stamps of an earlier walk.
 * @returns The digest and the new stamps.
 */
export function fingerprintPaths(
  root: string,
  paths: readonly string[],
  skip: ReadonlySet<string> = new Set(),
  known: Readonly<Record<string, FileStamp>> = {},
): PathsFingerprint {
  const startedNs = BigInt(Date.now()) * 1_000_000n;
  const hash = createHash('sha256');
  const stamps: Record<string, FileStamp> = {};
  let read = 0;
  const addFile = (path: string, rel: string, stats: BigIntStats): void => {
    const stat = `${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.ino}`;
    const before = known[rel];
    let stamp: FileStamp;
    if (before?.settled && before.stat === stat) stamp = before;
    else {
      read++;
      const newest = stats.mtimeNs > stats.ctimeNs ? stats.mtimeNs : stats.ctimeNs;
      stamp = { stat, hash: hashFile(path), settled: newest < startedNs - TICK_NS };
    }
    stamps[rel] = stamp;
    hash.update(`f\u0000${rel}\u0000${stamp.hash}\u0000`);
  };
  const add = (path: string, stats: BigIntStats | undefined): void => {
    const rel = toProjectPath(root, path);
    if (stats === undefined) {
      hash.update(`-\u0000${rel}\u0000`);
      return;
    }
    if (!stats.isDirectory()) {
      addFile(path, rel, stats);
      return;
    }
    hash.update(`d\u0000${rel}\u0000`);
    const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.isDirectory() && skip.has(entry.name)) continue;
      const child = join(path, entry.name);
      add(child, statSync(child, { bigint: true, throwIfNoEntry: false }));
    }
  };
  for (const path of [...paths].sort()) {
    const absolute = resolve(root, path);
    add(absolute, statSync(absolute, { bigint: true, throwIfNoEntry: false }));
  }
  return { digest: hash.digest('hex'), stamps, read };
}

/** The buffer files are read through: a walk over a big book allocates nothing per file. */
const chunk = Buffer.allocUnsafe(1 << 16);

/** SHA-256 of a file's content, hex. */
function hashFile(path: string): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    for (let read = readSync(fd, chunk, 0, chunk.length, null); read > 0; read = readSync(fd, chunk, 0, chunk.length, null)) hash.update(chunk.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/**
 * Hash the content of files and folders under a root (see `fingerprintPaths`).
 * @param root The folder paths are relative to.
 * @param paths Files or folders, relative to `root` (or absolute).
 * @param skip Folder names never entered, e.g. `.cache`.
 * @returns A hex digest.
 */
export function hashPaths(root: string, paths: readonly string[], skip: ReadonlySet<string> = new Set()): string {
  return fingerprintPaths(root, paths, skip).digest;
}

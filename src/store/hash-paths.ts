import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * Hash the content of files and folders (recursively) under a root: every file's path
 * relative to the root and its bytes, in sorted order, so that adding, removing, renaming or
 * editing any file changes the digest.
 *
 * Invariant: the same tree gives the same digest whatever the order the file system lists it
 * in; a missing path hashes as missing (so creating it changes the digest); folders named in
 * `skip` are left out wherever they occur.
 *
 * @param root The folder paths are relative to.
 * @param paths Files or folders, relative to `root` (or absolute).
 * @param skip Folder names never entered, e.g. `.cache`.
 * @returns A hex digest.
 */
export function hashPaths(root: string, paths: readonly string[], skip: ReadonlySet<string> = new Set()): string {
  const hash = createHash('sha256');
  const add = (path: string): void => {
    let entries;
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTDIR') {
        hash.update(`f\u0000${relative(root, path)}\u0000`).update(readFileSync(path)).update('\u0000');
      } else if (code === 'ENOENT') hash.update(`-\u0000${relative(root, path)}\u0000`);
      else throw error;
      return;
    }
    hash.update(`d\u0000${relative(root, path)}\u0000`);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.isDirectory() && skip.has(entry.name)) continue;
      add(join(path, entry.name));
    }
  };
  for (const path of [...paths].sort()) add(resolve(root, path));
  return hash.digest('hex');
}

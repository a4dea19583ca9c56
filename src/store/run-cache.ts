import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_PATHS } from './project-paths.js';
import { writeFileAtomic } from './write-file-atomic.js';

/**
 * A memo of pure results keyed by content hash, kept in `build/.cache/<name>.json` so that
 * one command's work serves the next (extract's units serve merge and check; merge's guard
 * verdicts serve check) and an unchanged re-run recomputes nothing.
 * Invariant: keys are hashes of every input of the memoised function, so a hit is always
 * the value a recomputation would give; entries not used by a run are dropped when it saves,
 * so the file never grows past one book's worth. A run that stores nothing
 * leaves the file as it is.
 */
export interface RunCache<T> {
  /** The cached value for a key, if any; marks the key as used. */
  get(key: string): T | undefined;
  /** Store a value for a key; marks it as used. */
  set(key: string, value: T): void;
  /** Write the used entries back (atomically, and only when they changed). */
  save(): Promise<void>;
}

/**
 * Open a run cache.
 * @param root Project root.
 * @param name Cache name (file `build/.cache/<name>.json`).
 * @param version Changes whenever the memoised code or its options change; a file of another version is ignored.
 * @returns The cache.
 */
export async function openRunCache<T>(root: string, name: string, version: string): Promise<RunCache<T>> {
  const path = join(root, PROJECT_PATHS.build, '.cache', `${name}.json`);
  let entries: Record<string, T> = {};
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as { version?: string; entries?: Record<string, T> };
    if (data.version === version && data.entries) entries = data.entries;
  } catch {
    // No cache yet, or an unreadable one: start empty.
  }
  const used: Record<string, T> = {};
  let changed = false;
  return {
    get(key) {
      const value = used[key] ?? entries[key];
      if (value !== undefined) used[key] = value;
      return value;
    },
    set(key, value) {
      used[key] = value;
      changed = true;
    },
    async save() {
      if (!changed) return;
      await writeFileAtomic(path, JSON.stringify({ version, entries: used }));
    },
  };
}

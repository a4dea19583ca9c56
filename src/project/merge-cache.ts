/**
 * The one cache: merge results by content hash, on disk under `build/.cache/merge/`, so that
 * `check`, `pdf`, `status` and `build` reuse what `merge` computed instead of guarding every
 * translation again. On the GGI book × 6 languages this is most of `check`'s time (see the
 * closing measurements in docs/benchmark.md).
 *
 * An entry's key hashes everything the result depends on: the tool's code, the language and
 * its fallback chain, the guard options, the source text, its keyed units and every catalog
 * of the chain. So a hit is exactly what merging again would give; there is no staleness to
 * manage, and deleting `build/.cache/` at any time only costs time.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import type { MergeResult } from '../merge/index.js';
import { PROJECT_PATHS, TOOL_ROOT, TOOL_VERSION } from '../store/index.js';

/** Merge results by key, for one run. */
export interface MergeCache {
  /** The stored result for a key, if any (and marks it used by this run). */
  get(key: string): MergeResult | undefined;
  /** Store a result. */
  set(key: string, result: MergeResult): void;
  /** A hash of some inputs and of the tool's code: the key of a merge, or a PDF's input hash. */
  keyOf(inputs: unknown): string;
  /** Remove the entries this run did not use (after a merge of every file and language). */
  prune(): void;
}

/**
 * Open the merge cache of a project for one run.
 * @param root Project root.
 * @returns The cache.
 */
export function openMergeCache(root: string): MergeCache {
  const folder = join(root, PROJECT_PATHS.build, '.cache', 'merge');
  const used = new Set<string>();
  let code: string | undefined;
  const pathOf = (key: string): string => join(folder, `${key}.json`);
  return {
    get(key) {
      try {
        const result = JSON.parse(readFileSync(pathOf(key), 'utf8')) as MergeResult;
        used.add(key);
        return result;
      } catch {
        return undefined;
      }
    },
    set(key, result) {
      used.add(key);
      const temp = `${pathOf(key)}.${process.pid}.tmp`;
      try {
        mkdirSync(folder, { recursive: true });
        writeFileSync(temp, JSON.stringify(result));
        renameSync(temp, pathOf(key));
      } catch {
        // A cache that cannot be written only costs time next run.
        rmSync(temp, { force: true });
      }
    },
    keyOf(inputs) {
      code ??= hashToolCode();
      return createHash('sha256').update(code).update('\u0000').update(JSON.stringify(inputs)).digest('hex');
    },
    prune() {
      let names: string[];
      try {
        names = readdirSync(folder);
      } catch {
        return;
      }
      for (const name of names) if (!used.has(name.replace(/\.json$/, ''))) rmSync(join(folder, name), { force: true });
    },
  };
}

/** A hash of the tool's version and code (its sources and bundle), so that results of other code are never reused. */
function hashToolCode(): string {
  const hash = createHash('sha256').update(TOOL_VERSION);
  if (TOOL_ROOT === undefined) return hash.digest('hex');
  for (const file of fg.sync(['src/**/*.ts', 'src/**/*.js', 'build/cli/*.js'], { cwd: TOOL_ROOT }).sort()) {
    hash.update(file).update(readFileSync(join(TOOL_ROOT, file)));
  }
  return hash.digest('hex');
}

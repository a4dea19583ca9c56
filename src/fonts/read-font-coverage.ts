/**
 * Read which code points a set of font files can draw.
 */
import { createLazyCoverage } from './create-lazy-coverage.js';
import { isInUnicodeRanges } from './index-unicode-ranges.js';
import { readFontCodePoints } from './read-font-code-points.js';

/** A font file to read, with the code point ranges the browser uses it for. */
export interface CoverageSource {
  /** Absolute path of a woff2, woff, ttf, otf or ttc file. */
  path: string;
  /** Inclusive ranges from the CSS `unicode-range`; absent or empty means all. */
  unicodeRange?: Array<[number, number]>;
}

/** Where a coverage may take file contents it read before, and keep the ones it reads. */
export interface CoverageStore {
  /** The code points recorded for file `index` (those inside its range), if any. */
  stored(index: number): readonly number[] | undefined;
  /** Record the code points inside file `index`'s range, once it was read. */
  store(index: number, codePoints: number[]): void;
}

const stacks = new Map<string, Promise<ReadonlySet<number>>>();
const fonts = new Map<string, readonly number[]>();

/**
 * Read the union of the character sets of the given font files.
 *
 * Invariant: a code point counts only if a file has a glyph for it AND the file's
 * `unicode-range` lets the browser use that file for it, so the result is exactly what
 * Chromium can draw with these faces; the font's own `cmap` is the truth, so a character
 * inside a file's range that the file lacks is not covered. Files are read lazily (see
 * `createLazyCoverage`): checking a text reads only the files whose range holds one of its
 * characters, each file once per process (`readFontCodePoints`). Without a store, results are
 * cached per list of files (one stack).
 *
 * @param files The stack's font files, e.g. from `listStackFontFiles`.
 * @param store Contents read by earlier runs, and where to keep new ones; default none.
 * @returns The covered code points.
 */
export function readFontCoverage(files: readonly CoverageSource[], store?: CoverageStore): Promise<ReadonlySet<number>> {
  if (store !== undefined) return Promise.resolve(createCoverage(files, store));
  const key = files.map((file) => file.path).join('\n');
  let coverage = stacks.get(key);
  if (coverage === undefined) {
    coverage = Promise.resolve(createCoverage(files, undefined));
    stacks.set(key, coverage);
  }
  return coverage;
}

function createCoverage(files: readonly CoverageSource[], store: CoverageStore | undefined): ReadonlySet<number> {
  const ranges = files.map((file) => file.unicodeRange ?? []);
  return createLazyCoverage(ranges, (index) => {
    const stored = store?.stored(index);
    if (stored !== undefined) return stored;
    const path = files[index]?.path ?? '';
    let codePoints = fonts.get(path);
    if (codePoints === undefined) {
      codePoints = readFontCodePoints(path);
      fonts.set(path, codePoints);
    }
    if (store === undefined) return codePoints;
    const own = ranges[index] ?? [];
    const inRange = codePoints.filter((codePoint) => isInUnicodeRanges(codePoint, own));
    store.store(index, inRange);
    return inRange;
  });
}

/**
 * Coverage: which code points a stack's font files can draw, each file's `cmap` (read with
 * fontkit) limited by its `unicode-range`, read lazily so a text opens only the files it needs.
 */
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { listStackFontFiles } from './font-faces.js';
import { getFontStack, readFontConfig } from './stacks.js';

/** A font file to read, with the code point ranges the browser uses it for. */
export interface CoverageSource {
  /** Absolute path of a woff2, woff, ttf, otf or ttc file. */
  path: string;
  /** Inclusive ranges from the CSS `unicode-range`; absent or empty means all. */
  unicodeRange?: Array<[number, number]>;
}

/**
 * Read the union of the character sets of the given font files.
 *
 * A code point counts only if a file has a glyph for it AND the file's `unicode-range` lets
 * the browser use that file for it, so the result is exactly what Chromium can draw with these
 * faces; the font's own `cmap` is the truth. Files are read lazily (see `createLazyCoverage`):
 * checking a text reads only the files whose range holds one of its characters, each once.
 *
 * @param files The stack's font files, e.g. from `listStackFontFiles`.
 * @returns The covered code points.
 */
export function readFontCoverage(files: readonly CoverageSource[]): ReadonlySet<number> {
  return createLazyCoverage(
    files.map((file) => file.unicodeRange ?? []),
    (index) => readFontCodePoints(files[index]?.path ?? ''),
  );
}

/**
 * Read the code points the font stack of a language covers.
 * @param root Project root (its `fonts/fonts.json`, else the tool's own).
 * @param lang Folder code.
 * @returns The covered code points.
 */
export function readLanguageCoverage(root: string, lang: string): ReadonlySet<number> {
  return readFontCoverage(listStackFontFiles(getFontStack(lang, readFontConfig(root)), [root]));
}

/**
 * Make the set of code points a list of font files covers, reading files on demand.
 *
 * The set has a code point exactly when some file has a glyph for it (per
 * `readCodePoints`) AND that file's `unicode-range` (empty: all) contains it, the same set
 * as reading every file up front. `has` reads (once each) only files whose range contains
 * the code point, in file order, until one has it, and remembers its answer; `size` and
 * iteration read every file. `readCodePoints` is called at most once per file.
 *
 * @param ranges Each file's `unicode-range`, by file index.
 * @param readCodePoints Reads file `index`'s code points (those outside its range may be left out).
 * @returns The coverage.
 */
export function createLazyCoverage(ranges: readonly UnicodeRanges[], readCodePoints: (index: number) => Iterable<number>): ReadonlySet<number> {
  return new LazyCoverage(ranges, readCodePoints);
}

class LazyCoverage implements ReadonlySet<number> {
  private readonly files: Array<ReadonlySet<number> | undefined> = [];
  private readonly answers = new Map<number, boolean>();
  private readonly candidatesOf: (codePoint: number) => number[];
  private everything: Set<number> | undefined;

  constructor(
    private readonly ranges: readonly UnicodeRanges[],
    private readonly readCodePoints: (index: number) => Iterable<number>,
  ) {
    this.candidatesOf = indexUnicodeRanges(ranges);
  }

  has(codePoint: number): boolean {
    if (this.everything !== undefined) return this.everything.has(codePoint);
    let answer = this.answers.get(codePoint);
    if (answer === undefined) {
      answer = this.candidatesOf(codePoint).some((index) => this.file(index).has(codePoint));
      this.answers.set(codePoint, answer);
    }
    return answer;
  }

  get size(): number {
    return this.all().size;
  }

  forEach(callback: (value: number, key: number, set: ReadonlySet<number>) => void, thisArg?: unknown): void {
    for (const codePoint of this.all()) callback.call(thisArg, codePoint, codePoint, this);
  }

  entries(): SetIterator<[number, number]> {
    return this.all().entries();
  }

  keys(): SetIterator<number> {
    return this.all().keys();
  }

  values(): SetIterator<number> {
    return this.all().values();
  }

  [Symbol.iterator](): SetIterator<number> {
    return this.all().values();
  }

  /** The code points of file `index`, read on first use. */
  private file(index: number): ReadonlySet<number> {
    let codePoints = this.files[index];
    if (codePoints === undefined) {
      codePoints = new Set(this.readCodePoints(index));
      this.files[index] = codePoints;
    }
    return codePoints;
  }

  /** Every covered code point, in file order: what reading every file up front gives. */
  private all(): Set<number> {
    if (this.everything === undefined) {
      const covered = new Set<number>();
      this.ranges.forEach((ranges, index) => {
        for (const codePoint of this.file(index)) if (isInUnicodeRanges(codePoint, ranges)) covered.add(codePoint);
      });
      this.everything = covered;
    }
    return this.everything;
  }
}

/** Inclusive code point ranges of one file; empty means every code point. */
export type UnicodeRanges = ReadonlyArray<readonly [number, number]>;

/**
 * Tell whether a file with these ranges may be used for a code point.
 *
 * @param codePoint The code point.
 * @param ranges The file's ranges.
 * @returns Whether the code point is in range.
 */
export function isInUnicodeRanges(codePoint: number, ranges: UnicodeRanges): boolean {
  return ranges.length === 0 || ranges.some(([start, end]) => codePoint >= start && codePoint <= end);
}

/**
 * Build a lookup from a code point to the files whose ranges contain it.
 *
 * The lookup returns, in ascending order and once each, exactly the indexes `i`
 * for which `ranges[i]` is empty or has a range `[start, end]` with `start ≤ codePoint ≤ end`.
 * Built in O(n log n) for n ranges; each lookup is a binary search plus the ranges that
 * could contain the code point.
 *
 * @param ranges The ranges of each file, by file index.
 * @returns The lookup.
 */
export function indexUnicodeRanges(ranges: readonly UnicodeRanges[]): (codePoint: number) => number[] {
  const everywhere: number[] = [];
  const intervals: Array<{ start: number; end: number; file: number }> = [];
  ranges.forEach((fileRanges, file) => {
    if (fileRanges.length === 0) everywhere.push(file);
    for (const [start, end] of fileRanges) if (start <= end) intervals.push({ start, end, file });
  });
  intervals.sort((a, b) => a.start - b.start);
  // reach[i]: the largest end among intervals 0..i, so a backward scan can stop early.
  const reach: number[] = [];
  for (const interval of intervals) reach.push(Math.max(interval.end, reach.at(-1) ?? -1));
  return (codePoint) => {
    let low = 0;
    let high = intervals.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((intervals[middle]?.start ?? 0) <= codePoint) low = middle + 1;
      else high = middle;
    }
    const found = new Set(everywhere);
    for (let i = low - 1; i >= 0 && (reach[i] ?? -1) >= codePoint; i -= 1) {
      const interval = intervals[i];
      if (interval !== undefined && interval.end >= codePoint) found.add(interval.file);
    }
    return [...found].sort((a, b) => a - b);
  };
}

/**
 * List the code points a font file can draw, with fontkit (WOFF2, WOFF, TTF, OTF and
 * collections, as the union over a collection's faces), without U+FFFF.
 * @param path Absolute path of the font file.
 * @returns The code points, in the font's order.
 * @throws An error naming the file when it cannot be read.
 */
export function readFontCodePoints(path: string): number[] {
  try {
    const font = fontkit.create(readFileSync(path));
    const faces = 'fonts' in font ? font.fonts : [font];
    return faces.flatMap((face) => face.characterSet).filter((codePoint) => codePoint !== 0xffff);
  } catch (error) {
    throw new Error(`Cannot read font ${path}: ${String(error)}`, { cause: error });
  }
}

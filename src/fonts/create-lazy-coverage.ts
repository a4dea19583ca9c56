/**
 * A font stack's coverage that reads each font file only when a character needs it.
 */
import { indexUnicodeRanges, isInUnicodeRanges, type UnicodeRanges } from './index-unicode-ranges.js';

/**
 * Make the set of code points a list of font files covers, reading files on demand.
 *
 * Invariant: the set has a code point exactly when some file has a glyph for it (per
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

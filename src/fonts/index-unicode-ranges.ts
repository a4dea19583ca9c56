/**
 * Index the `unicode-range`s of a list of font files by code point.
 */

/** Inclusive code point ranges of one file; empty means every code point. */
export type UnicodeRanges = ReadonlyArray<readonly [number, number]>;

/**
 * Tell whether a file with these ranges may be used for a code point.
 *
 * Invariant: true exactly when `ranges` is empty or one of its inclusive ranges holds the code point.
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
 * Invariant: the lookup returns, in ascending order and once each, exactly the indexes `i`
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

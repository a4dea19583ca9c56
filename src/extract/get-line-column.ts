/**
 * 1-based line and column of an offset.
 */

/** A 1-based position in a text. */
export interface LineColumn {
  /** 1-based line number. */
  line: number;
  /** 1-based column, counted in UTF-16 code units. */
  column: number;
}

/**
 * Find the line and column of an offset by binary search over line starts.
 *
 * Invariant: `lineStarts[line - 1] + column - 1 === offset`.
 *
 * @param lineStarts Line start offsets from `getLineStarts` of the same text.
 * @param offset An offset in `[0, text.length]`.
 * @returns The 1-based line and column of `offset`.
 */
export function getLineColumn(lineStarts: readonly number[], offset: number): LineColumn {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
}

/**
 * Turn a string offset into a 1-based line number.
 */

/**
 * Count the line an offset falls on.
 *
 * Invariant: offset 0 is line 1; each `\n` before the offset adds one; offsets past the
 * end count the whole text.
 *
 * @param text The text the offset points into.
 * @param offset A UTF-16 offset into `text`.
 * @returns The 1-based line of `offset`.
 */
export function getLineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) {
    line += 1;
  }
  return line;
}

/**
 * Offsets where the lines of a text start.
 */

/**
 * Compute the offset of the first character of every line.
 *
 * Invariant: the result starts with 0 and is strictly increasing; a line ends at `\n`
 * (a preceding `\r` belongs to the line it ends).
 *
 * @param source The text to index.
 * @returns One start offset per line, in order.
 */
export function getLineStarts(source: string): number[] {
  const starts = [0];
  let index = source.indexOf('\n');
  while (index !== -1) {
    starts.push(index + 1);
    index = source.indexOf('\n', index + 1);
  }
  return starts;
}

/**
 * The source range of a block's inline content.
 */
import type { Nodes } from 'mdast';

/** A `[start, end)` source range. */
export type Range = readonly [start: number, end: number];

/**
 * Compute the range from the first child's start to the last child's end, without
 * surrounding whitespace. This drops heading markers, a task checkbox and table pipes.
 *
 * Invariant: `start < end`, and the range neither starts nor ends with whitespace.
 *
 * @param source The full source text.
 * @param children The block's inline children, in order.
 * @returns The content range, or `undefined` when the content is empty or has no position.
 */
export function getContentRange(source: string, children: readonly Nodes[]): Range | undefined {
  const first = children[0]?.position?.start.offset;
  const last = children[children.length - 1]?.position?.end.offset;
  if (first === undefined || last === undefined) return undefined;
  let start = first;
  let end = last;
  while (start < end && isWhitespace(source.charCodeAt(start))) start++;
  while (end > start && isWhitespace(source.charCodeAt(end - 1))) end--;
  return start < end ? [start, end] : undefined;
}

/**
 * Tell whether a UTF-16 code unit is Markdown whitespace (space, tab, line ending).
 *
 * @param code A code unit.
 * @returns `true` for space, tab, `\n` and `\r`.
 */
function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

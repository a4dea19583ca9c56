/**
 * Line endings that are hard breaks.
 */
import type { Nodes } from 'mdast';

/**
 * Collect the offsets of the `\n` characters that end hard line breaks (`  ` or `\`
 * before a line ending) among the given nodes and their descendants.
 *
 * Invariant: every returned offset points at a `\n` in `source` inside a `break` node.
 *
 * @param source The full source text.
 * @param nodes Phrasing nodes of one unit.
 * @returns The set of newline offsets that are hard breaks.
 */
export function getHardBreaks(source: string, nodes: readonly Nodes[]): Set<number> {
  const breaks = new Set<number>();
  const stack = [...nodes];
  let node = stack.pop();
  while (node !== undefined) {
    if (node.type === 'break') {
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? 0;
      const newline = source.indexOf('\n', start);
      if (newline !== -1 && newline < end) breaks.add(newline);
    } else if ('children' in node) {
      stack.push(...node.children);
    }
    node = stack.pop();
  }
  return breaks;
}

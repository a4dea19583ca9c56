/**
 * Find the inline content of each leaf block of a parsed file by its text range.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { getContentRange } from '../extract/index.js';

/** Leaf blocks whose inline content a unit of kind paragraph, heading or cell holds. */
const leafTypes: ReadonlySet<string> = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * Index the leaf blocks (paragraphs, headings, table cells) of a tree by the range of their
 * inline content, trimmed as the segmenter trims a unit's range (see `getContentRange`).
 *
 * Invariant: the value for `"start:end"` is a root holding that block alone, with exactly the
 * children the parser gave it, so rules judge the content as the file renders it; a range
 * no leaf block has is absent.
 *
 * @param tree The parsed file.
 * @param text The file's text (for trimming).
 * @returns Leaf content by `"start:end"`.
 */
export function indexBlockContent(tree: Root, text: string): Map<string, Root> {
  const index = new Map<string, Root>();
  const walk = (node: Nodes): void => {
    if (leafTypes.has(node.type) && 'children' in node) {
      const range = getContentRange(text, node.children as Nodes[]);
      if (range) index.set(`${range[0]}:${range[1]}`, { type: 'root', children: [node as RootContent] });
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return index;
}

/**
 * Plain text of mdast phrasing content, for slugs.
 */
import type { Nodes } from 'mdast';

/**
 * Concatenate the literal text of a node and its descendants: text, inline code and
 * image alt; markup, URLs and HTML are left out.
 *
 * Invariant: pure; the result contains no Markdown syntax added by the author's markup.
 *
 * @param node An mdast node, usually a heading.
 * @returns Its plain text.
 */
export function getPlainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if ('children' in node) {
    let text = '';
    for (const child of node.children) text += getPlainText(child);
    return text;
  }
  return '';
}

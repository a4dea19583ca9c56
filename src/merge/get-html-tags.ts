/**
 * The raw HTML a parsed unit holds, normalised so harmless spelling differences compare equal.
 */
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';

/** An opening, closing or self-closing tag: slash, name, attributes. */
const tagPattern = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)([^>]*?)\s*\/?>$/;

/**
 * List the HTML nodes of `tree`, one normalised entry per node.
 *
 * Invariant: a tag is written as `<name attrs>` or `</name>` with a lower-case name, its
 * whitespace collapsed and any self-closing slash dropped, so `<br />`, `<br/>` and `<BR>`
 * are one entry `<br>`, while `<br onload=x>` is another. Anything else (comments,
 * processing instructions, blocks of HTML) is its whole value with whitespace collapsed.
 *
 * @param tree The parsed unit context.
 * @returns The normalised HTML of every `html` node, in document order.
 */
export function getHtmlTags(tree: Nodes): string[] {
  const tags: string[] = [];
  visit(tree, 'html', (node) => {
    const value = node.value.trim().replace(/\s+/g, ' ');
    const match = tagPattern.exec(value);
    if (match === null) {
      tags.push(value);
      return;
    }
    const [, slash = '', name = '', attributes = ''] = match;
    const rest = attributes.trim();
    tags.push(`<${slash}${name.toLowerCase()}${rest === '' ? '' : ` ${rest}`}>`);
  });
  return tags;
}

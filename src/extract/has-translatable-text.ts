/**
 * Whether phrasing content holds words a translator must translate.
 */
import type { Nodes, PhrasingContent } from 'mdast';

/** A letter or a digit in any script. */
const wordCharacter = /[\p{L}\p{N}]/u;

/**
 * Tell whether phrasing content holds a letter or digit outside inline code, raw HTML and
 * bare URLs (autolinks whose text is their address).
 *
 * Invariant: content that is only inline code, only a URL, or only punctuation and
 * whitespace is not translatable.
 *
 * @param nodes The children of a paragraph, heading or table cell.
 * @returns `true` when the content must become a unit.
 */
export function hasTranslatableText(nodes: readonly PhrasingContent[]): boolean {
  return nodes.some((node) => isTranslatable(node));
}

/**
 * Tell whether one node holds translatable text.
 *
 * @param node A phrasing node.
 * @returns `true` when `node` or a descendant holds a word outside code, HTML and bare URLs.
 */
function isTranslatable(node: Nodes): boolean {
  if (node.type === 'text') return wordCharacter.test(node.value);
  if (node.type === 'image' || node.type === 'imageReference') return wordCharacter.test(node.alt ?? '');
  if (node.type === 'link' && isBareUrl(node.url, node.children)) return false;
  if ('children' in node) return node.children.some((child) => isTranslatable(child));
  return false;
}

/**
 * Tell whether a link shows its own address (a GFM or `<…>` autolink).
 *
 * @param url The link destination.
 * @param children The link content.
 * @returns `true` when the content is one text equal to the address, maybe without scheme.
 */
function isBareUrl(url: string, children: readonly Nodes[]): boolean {
  const [only] = children;
  if (children.length !== 1 || only === undefined || only.type !== 'text') return false;
  return [only.value, `mailto:${only.value}`, `http://${only.value}`, `https://${only.value}`].includes(url);
}

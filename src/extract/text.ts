/**
 * The text of a unit: its source lines joined as translators see them, whether it holds
 * words at all, and the plain text and slug that name a heading's section.
 */
import type { Nodes, PhrasingContent } from 'mdast';

/** Container prefix at the start of a continuation line: indentation and quote markers. */
const continuationPrefix = /^[ \t>]*/;
/** Whitespace at the end of a line before a soft break. */
const trailingWhitespace = /[ \t\r]+$/;

/**
 * Join the lines of a unit's source range into the text translators see. A line ending
 * in `hardBreaks` keeps the line exactly as written (its `  ` or `\` marker) followed by
 * `\n`; any other line ending is a soft break and becomes one space, or nothing when the
 * characters on both sides are CJK. Every continuation line loses its container prefix
 * (`>`, indentation). A single-line range is returned as is.
 *
 * @param source The full source text.
 * @param start Start offset of the unit (inclusive).
 * @param end End offset of the unit (exclusive).
 * @param hardBreaks Offsets of the `\n` characters that end a hard line break.
 * @returns The unit's text.
 */
export function getUnitText(
  source: string,
  start: number,
  end: number,
  hardBreaks: ReadonlySet<number> = new Set(),
): string {
  let text = '';
  let lineStart = start;
  let newline = source.indexOf('\n', lineStart);
  while (newline !== -1 && newline < end) {
    const line = source.slice(lineStart, newline);
    const isFirst = lineStart === start;
    const content = isFirst ? line : line.replace(continuationPrefix, '');
    const nextStart = newline + 1;
    const next = source.slice(nextStart, end).replace(continuationPrefix, '');
    if (hardBreaks.has(newline)) {
      text += `${content.replace(/\r$/, '')}\n`;
    } else {
      const kept = content.replace(trailingWhitespace, '');
      text += kept + (isCjkJoin(kept, next) ? '' : ' ');
    }
    lineStart = nextStart;
    newline = source.indexOf('\n', lineStart);
  }
  const last = source.slice(lineStart, end);
  return text + (lineStart === start ? last : last.replace(continuationPrefix, ''));
}

/**
 * Tell whether a soft break between two lines joins without a space.
 *
 * @param before The line before the break, without trailing whitespace.
 * @param after The text after the break, without its container prefix.
 * @returns `true` when the last character of `before` and the first of `after` are CJK.
 */
function isCjkJoin(before: string, after: string): boolean {
  const last = Array.from(before.slice(-2)).pop() ?? '';
  const first = String.fromCodePoint(after.codePointAt(0) ?? 0x20);
  return isCjk(last) && isCjk(first);
}

/**
 * Han, Hiragana, Katakana, CJK symbols and punctuation (U+3000–U+303F), and halfwidth and
 * fullwidth forms (U+FF00–U+FFEF): scripts written without spaces between words. Hangul is
 * not among them: Korean puts spaces between words, so a line break there is a space.
 */
const cjkPattern = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]$/u;

/**
 * Tell whether one character (a full code point) is CJK.
 *
 * @param character One code point, possibly a surrogate pair.
 * @returns `true` when `character` is CJK.
 */
function isCjk(character: string): boolean {
  return cjkPattern.test(character);
}

/**
 * Collect the offsets of the `\n` characters that end hard line breaks (`  ` or `\`
 * before a line ending) among the given nodes and their descendants.
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

/** A letter or a digit in any script. */
const wordCharacter = /[\p{L}\p{N}]/u;

/**
 * Tell whether phrasing content holds a letter or digit outside inline code, raw HTML and
 * bare URLs (autolinks whose text is their address).
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

/**
 * Concatenate the literal text of a node and its descendants: text, inline code and
 * image alt; markup, URLs and HTML are left out.
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

/**
 * Turn a heading's plain text into a slug: lowercase ASCII letters and digits, runs
 * joined with `-`. Accents are decomposed first (`é` → `e`); other non-ASCII is dropped,
 * and a text without ASCII letters or digits gives `s`.
 *
 * @param text Plain text, e.g. `Opportunity Assessment`.
 * @returns The slug, e.g. `opportunity-assessment`.
 */
export function getSlug(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  return words === null ? 's' : words.join('-');
}

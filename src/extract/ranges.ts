/**
 * Source ranges inside a block: its trimmed inline content, an image's alt text, and the
 * title of a link, image or definition. The merge stage splices translations into them.
 */
import type { Nodes } from 'mdast';

/** A `[start, end)` source range. */
export type Range = readonly [start: number, end: number];

/**
 * Compute the range from the first child's start to the last child's end, without
 * surrounding whitespace. This drops heading markers, a task checkbox and table pipes.
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

/**
 * Find the raw alt text of an image (`![alt](…)` or `![alt][ref]`): from after `![` to
 * the matching `]`, honouring backslash escapes and nested brackets.
 *
 * @param source The full source text.
 * @param imageStart Offset of the image's `!`.
 * @param imageEnd End offset of the image node.
 * @returns The alt range, or `undefined` when the alt text is empty.
 */
export function getAltRange(source: string, imageStart: number, imageEnd: number): Range | undefined {
  const start = imageStart + 2;
  let depth = 1;
  let index = start;
  while (index < imageEnd) {
    const character = source[index];
    if (character === '\\') index++;
    else if (character === '[') depth++;
    else if (character === ']' && --depth === 0) break;
    index++;
  }
  return index > start && index < imageEnd ? [start, index] : undefined;
}

/** Title delimiters: opening character → closing character. */
const closingDelimiter: Readonly<Record<string, string>> = { '"': '"', "'": "'", '(': ')' };

/**
 * Find the raw title (between its delimiters) after a destination, as in
 * `(url "Title")` or `[ref]: url 'Title'`. The range excludes the delimiters.
 *
 * @param source The full source text.
 * @param from Offset where the destination may start (after `(` or `]:`).
 * @param to Offset where the construct ends (the closing `)` or the definition's end).
 * @returns The title range, or `undefined` when there is no non-empty title.
 */
export function getTitleRange(source: string, from: number, to: number): Range | undefined {
  let index = skipSpace(source, from, to);
  if (source[index] === '<') {
    while (index < to && source[index] !== '>') index += source[index] === '\\' ? 2 : 1;
    index++;
  } else {
    let depth = 0;
    while (index < to && !/\s/.test(source[index] ?? ' ')) {
      const character = source[index];
      if (character === '\\') index++;
      else if (character === '(') depth++;
      else if (character === ')' && depth-- === 0) break;
      index++;
    }
  }
  index = skipSpace(source, index, to);
  const close = closingDelimiter[source[index] ?? ''];
  let end = to;
  while (end > index && /\s/.test(source[end - 1] ?? '')) end--;
  if (close === undefined || source[end - 1] !== close || end - 1 <= index + 1) return undefined;
  return [index + 1, end - 1];
}

/**
 * Skip whitespace, and the quote markers (`>`) that follow a line ending.
 *
 * @param source The full source text.
 * @param from Offset to start at.
 * @param to Offset not to pass.
 * @returns The first offset that is not skipped.
 */
function skipSpace(source: string, from: number, to: number): number {
  let index = from;
  let afterNewline = false;
  while (index < to) {
    const character = source[index];
    if (character === '\n') afterNewline = true;
    else if (!(character === ' ' || character === '\t' || character === '\r' || (afterNewline && character === '>'))) break;
    index++;
  }
  return index;
}

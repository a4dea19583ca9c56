/**
 * The source range of a link or image title.
 */
import type { Range } from './get-content-range.js';

/** Title delimiters: opening character → closing character. */
const closingDelimiter: Readonly<Record<string, string>> = { '"': '"', "'": "'", '(': ')' };

/**
 * Find the raw title (between its delimiters) after a destination, as in
 * `(url "Title")` or `[ref]: url 'Title'`.
 *
 * Invariant: the range lies inside `[from, to)` and excludes the delimiters.
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

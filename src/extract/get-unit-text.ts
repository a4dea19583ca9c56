/**
 * The text translators see for a source range: lines joined, container prefixes removed.
 */
import { isCjk } from './is-cjk.js';

/** Container prefix at the start of a continuation line: indentation and quote markers. */
const continuationPrefix = /^[ \t>]*/;
/** Whitespace at the end of a line before a soft break. */
const trailingWhitespace = /[ \t\r]+$/;

/**
 * Join the lines of a unit's source range into the text translators see.
 *
 * Invariant: a line ending in `hardBreaks` keeps the line exactly as written (its `  ` or
 * `\` marker) followed by `\n`; any other line ending is a soft break and becomes one
 * space, or nothing when the characters on both sides are CJK. Every continuation line
 * loses its container prefix (`>`, indentation). A single-line range is returned as is.
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

/**
 * Find the characters of a text that no font of a stack can draw.
 */

/** A character the fonts cannot draw. */
export interface UncoveredChar {
  /** The character itself (one code point, possibly two UTF-16 units). */
  char: string;
  /** The code point as `U+XXXX` (at least four upper-case hex digits). */
  codePoint: string;
  /** UTF-16 offset of the character in the text. */
  index: number;
}

/** White space, controls and format characters are never drawn, so never checked. */
const notDrawn = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Zl}\p{Zp}\uFE00-\uFE0F]$/u;

/**
 * List every occurrence of a code point that the coverage set lacks.
 *
 * Invariant: white space, control and format characters (and variation selectors) are
 * ignored; every other code point of `text` not in `coverage` is reported once per occurrence,
 * in text order.
 *
 * @param text Text to check, e.g. a merged Markdown file.
 * @param coverage Code points the stack can draw, from `readFontCoverage`.
 * @returns The uncovered characters.
 */
export function findUncoveredChars(text: string, coverage: ReadonlySet<number>): UncoveredChar[] {
  const found: UncoveredChar[] = [];
  let index = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (!coverage.has(codePoint) && !notDrawn.test(char)) {
      found.push({ char, codePoint: formatCodePoint(codePoint), index });
    }
    index += char.length;
  }
  return found;
}

/** Format a code point as `U+XXXX`. */
function formatCodePoint(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The glyph check: the characters of a language's text that no font of its stack can draw,
 * reported as `glyph-missing` findings.
 */
import type { Finding } from '../base/index.js';

/** A piece of merged text and where it comes from. */
export interface GlyphSegment {
  /** Project-relative path with `/` separators. */
  file: string;
  /** 1-based line where `text` starts. */
  line: number;
  /** Unit key, when the text is one unit. */
  key?: string;
  /** The text to check; may span several lines. */
  text: string;
}

/**
 * Check every code point of every segment against a stack's coverage. Each character no font
 * draws is reported once per file, at its first occurrence (line adjusted for newlines inside
 * the segment, and that segment's key), with how many times the file holds it: a missing
 * glyph is one problem of the fonts, not one per use. The message names the character, its
 * `U+` code, the language, the file and the line. Findings come in order of first occurrence.
 * @param lang BCP 47 folder code of the language.
 * @param segments The language's merged text with its origin.
 * @param coverage Code points the language's stack can draw.
 * @returns The findings; empty when everything is drawable.
 */
export function findMissingGlyphs(
  lang: string,
  segments: readonly GlyphSegment[],
  coverage: ReadonlySet<number>,
): Finding[] {
  const first = new Map<string, { finding: Finding; where: string; count: number }>();
  for (const segment of segments) {
    for (const uncovered of findUncoveredChars(segment.text, coverage)) {
      const id = `${segment.file}\u0000${uncovered.char}`;
      const known = first.get(id);
      if (known) {
        known.count += 1;
        continue;
      }
      const line = segment.line + countNewlines(segment.text, uncovered.index);
      const where = `No font of the ${lang} stack has a glyph for “${uncovered.char}” (${uncovered.codePoint}) in ${segment.file}:${line}`;
      const finding: Finding = { rule: 'glyph-missing', severity: 'error', lang, file: segment.file, line, message: where };
      if (segment.key !== undefined) finding.key = segment.key;
      first.set(id, { finding, where, count: 1 });
    }
  }
  return [...first.values()].map(({ finding, where, count }) => ({ ...finding, message: count === 1 ? where : `${where} (first of ${count} in this file)` }));
}

/** Count `\n` in `text` before `end`. */
function countNewlines(text: string, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) count += 1;
  return count;
}

/** A character the fonts cannot draw. */
export interface UncoveredChar {
  /** The character itself (one code point, possibly two UTF-16 units). */
  char: string;
  /** The code point as `U+XXXX` (at least four upper-case hex digits). */
  codePoint: string;
  /** UTF-16 offset of the character in the text. */
  index: number;
}

/** White space, controls, format characters and variation selectors are never drawn, so never checked. */
const notDrawn = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Zl}\p{Zp}\uFE00-\uFE0F]$/u;

/**
 * List every occurrence of a code point that the coverage set lacks.
 *
 * Characters that are never drawn are skipped; every other code point of `text` not in `coverage`
 * is reported once per occurrence, in text order.
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

/**
 * Turn uncovered characters of a language's text into `glyph-missing` findings.
 */
import type { Finding } from '../base/index.js';
import { findUncoveredChars } from './find-uncovered-chars.js';

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
 * Check every code point of every segment against a stack's coverage.
 *
 * Invariant: one `glyph-missing` error per uncovered occurrence, with the line adjusted for
 * newlines inside the segment; the message names the character, its `U+` code, the
 * language, the file and the line. Segments are reported in the order given.
 *
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
  const findings: Finding[] = [];
  for (const segment of segments) {
    for (const uncovered of findUncoveredChars(segment.text, coverage)) {
      const line = segment.line + countNewlines(segment.text, uncovered.index);
      const finding: Finding = {
        rule: 'glyph-missing',
        severity: 'error',
        lang,
        file: segment.file,
        line,
        message: `No font of the ${lang} stack has a glyph for “${uncovered.char}” (${uncovered.codePoint}) in ${segment.file}:${line}`,
      };
      if (segment.key !== undefined) finding.key = segment.key;
      findings.push(finding);
    }
  }
  return findings;
}

/** Count `\n` in `text` before `end`. */
function countNewlines(text: string, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) count += 1;
  return count;
}

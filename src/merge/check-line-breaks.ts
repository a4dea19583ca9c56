/**
 * The lexical part of the block-structure rule: line breaks and block-opening line starts.
 */
import type { Unit } from '../extract/unit.js';
import { blockStartRules } from './block-start-rules.js';
import type { GuardResult } from './guard-result.js';

/** Kinds whose first line stands at the start of a block in the source. */
const lineStartKinds: ReadonlySet<string> = new Set(['paragraph']);

/**
 * Reject line breaks the source lacks, blank lines, and lines that would open a block.
 *
 * Invariant: accepts only translations whose lines can all continue the unit's block: a
 * `\n` only when the source text keeps a hard break, never a blank line, and no line that
 * starts like a heading, quote, list item, fence, setext underline, definition, table row
 * or indented code (the first line is tested for paragraphs only: a heading or cell
 * already has markup before it).
 *
 * @param unit The source unit.
 * @param translation The translated text.
 * @returns `{ ok: true }`, or a `block-structure` rejection naming the line start.
 */
export function checkLineBreaks(unit: Unit, translation: string): GuardResult {
  if (/\n[ \t]*\n/.test(translation) || /^[ \t]*\n|\n[ \t]*$/.test(translation)) {
    return { ok: false, code: 'block-structure', message: 'adds a blank line, which would split the text into separate blocks' };
  }
  const lines = translation.split('\n');
  if (lines.length > 1 && !unit.text.includes('\n')) {
    return { ok: false, code: 'block-structure', message: 'adds a line break, which the source text does not have' };
  }
  for (const [index, line] of lines.entries()) {
    if (index === 0 && !lineStartKinds.has(unit.kind)) continue;
    for (const rule of blockStartRules) {
      const start = /^(?: {4}|\t)/.test(line) && rule.becomes === 'an indented code block' ? line : line.replace(/^ {0,3}/, '');
      const match = rule.pattern.exec(start);
      if (match !== null) {
        return {
          ok: false,
          code: 'block-structure',
          message: `starts line ${index + 1} with ${JSON.stringify(match[0] || line.trim())}, which would make ${rule.becomes}`,
        };
      }
    }
  }
  return { ok: true };
}

/**
 * The lexical part of the block-structure rule: line breaks and block-opening line starts.
 */
import type { Unit } from '../extract/index.js';
import { blockStartRules, type BlockStartRule } from './block-start-rules.js';
import type { GuardResult } from './guard-result.js';

/** Kinds whose first line stands at the start of a block in the source. */
const lineStartKinds: ReadonlySet<string> = new Set(['paragraph']);

/**
 * Reject line breaks the source lacks, blank lines, and lines that would open a block.
 *
 * Invariant: accepts only translations whose lines can all continue the unit's block: a
 * `\n` only when the source text keeps a hard break, never a blank line, and no line that
 * starts like a heading, quote, list item, thematic break, fence, setext underline or
 * indented code (the first line is tested for paragraphs only: a heading or cell
 * already has markup before it). A line start the source text itself has is allowed (a
 * paragraph can hold `2. x` after a hard break, since such a list cannot interrupt it);
 * the parse in context still judges those.
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
  const sourceStarts = new Set(getLineStarts(unit, unit.text.split('\n')).map(({ rule }) => rule));
  for (const { index, line, rule, match } of getLineStarts(unit, lines)) {
    if (!sourceStarts.has(rule)) {
      return {
        ok: false,
        code: 'block-structure',
        message: `starts line ${index + 1} with ${JSON.stringify(match || line.trim())}, which would make ${rule.becomes}`,
      };
    }
  }
  return { ok: true };
}

/**
 * Find the lines that start like a block.
 *
 * @param unit The source unit (its kind decides whether the first line is tested).
 * @param lines The lines of a text.
 * @returns Each matching line with its index, the first rule it matches and the matched start.
 */
function getLineStarts(unit: Unit, lines: readonly string[]): Array<{ index: number; line: string; rule: BlockStartRule; match: string }> {
  const found: Array<{ index: number; line: string; rule: BlockStartRule; match: string }> = [];
  for (const [index, line] of lines.entries()) {
    if (index === 0 && !lineStartKinds.has(unit.kind)) continue;
    for (const rule of blockStartRules) {
      const match = rule.pattern.exec(rule.raw === true ? line : line.replace(/^ {0,3}/, ''));
      if (match === null) continue;
      found.push({ index, line, rule, match: match[0] });
      break;
    }
  }
  return found;
}

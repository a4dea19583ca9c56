/**
 * The translation guard: decide whether an untrusted translation of one unit may be merged.
 * The rules that need no parser live here; a translation they leave undecided is parsed in
 * its unit's context (`guard-context.ts`).
 */
import type { Root } from 'mdast';
import type { Unit } from '../extract/index.js';
import { guardInContext } from './guard-context.js';
import { guardProtectedTokens } from './guard-inline.js';
import { getGuardOptions, type GuardOptions, type GuardResult, type ResolvedGuardOptions } from './guard-options.js';
import { blockStartRules, plainTextMarkup, type BlockStartRule } from './guard-rules.js';

/**
 * Check one translation of one unit.
 *
 * Accepts only a non-empty string without control characters (other than `\n`) that, parsed
 * in the unit's context with the shared parser, keeps the source's block structure, adds no
 * raw HTML or HTML comment, keeps every protected token and inline code as often as the
 * source, and keeps the link and image targets (or changes them as `allowTargetChange`
 * allows). The first failing rule, in that order, gives the result.
 *
 * @param unit The source unit the translation is for.
 * @param translation The translation as found in the catalog; any value (crowd input).
 * @param options Guard options; `undefined` for the defaults.
 * @returns `{ ok: true }`, or `{ ok: false, code, message }` with a sentence for people.
 */
export function guardTranslation(unit: Unit, translation: unknown, options?: GuardOptions | undefined): GuardResult {
  const resolved = getGuardOptions(options);
  return guardWithoutParser(unit, translation, resolved) ?? guardInContext(unit, translation as string, resolved);
}

/**
 * The rules that need no parser: the type, control characters, emptiness, comments and line
 * breaks, and the whole guard for a plain-text translation of a plain-text unit.
 *
 * A result here is the result `guardTranslation` gives; `undefined` means the translation is
 * a string that passed these rules and needs a parse to be judged.
 *
 * @param unit The source unit.
 * @param translation The translation as found in the catalog (any value).
 * @param options Resolved guard options.
 * @returns The verdict, or `undefined` when only a parse can tell.
 */
export function guardWithoutParser(unit: Unit, translation: unknown, options: ResolvedGuardOptions): GuardResult | undefined {
  if (typeof translation !== 'string') {
    const type = translation === null ? 'null' : Array.isArray(translation) ? 'an array' : `${/^[aeiou]/.test(typeof translation) ? 'an' : 'a'} ${typeof translation}`;
    return { ok: false, code: 'not-string', message: `is ${type}, not a string` };
  }
  const control = guardControlCharacters(translation, unit.text);
  if (!control.ok) return control;
  if (translation.trim() === '') return { ok: false, code: 'empty', message: 'is empty' };
  if (countComments(translation) > countComments(unit.text)) {
    return { ok: false, code: 'html-comment', message: 'adds an HTML comment ("<!--"), which could hide the rest of the file' };
  }
  const lines = guardLineBreaks(unit, translation);
  if (!lines.ok) return lines;
  if (unit.kind === 'html') {
    // Written escaped, a translation of words inside raw HTML cannot be markup: only tokens matter.
    return guardProtectedTokens(getTextTree(unit.text), getTextTree(translation), options);
  }
  if (isPlainText(unit.text) && isPlainText(translation)) {
    // Both parse to one text node: only protected tokens (activity ids) can differ.
    return guardProtectedTokens(getTextTree(unit.text), getTextTree(translation), options);
  }
  return undefined;
}

/**
 * Tell whether a text is plain: no Markdown construct can start anywhere in it (see
 * `plainTextMarkup`), so it parses to a single text node and the guard needs no parser to
 * judge it. Conservative: any doubt answers `false`.
 *
 * @param text A unit text or translation.
 * @returns True when the text holds no Markdown syntax at all.
 */
export function isPlainText(text: string): boolean {
  return !plainTextMarkup.some(({ pattern }) => pattern.test(text));
}

/**
 * The tree a plain text parses to, built without the parser.
 *
 * @param value A plain text (see `isPlainText`).
 * @returns A root with one paragraph holding one text node.
 */
function getTextTree(value: string): Root {
  return { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] };
}

/**
 * Count the comment openers in a text.
 *
 * @param text The text.
 * @returns How many times `<!--` occurs.
 */
function countComments(text: string): number {
  return text.split('<!--').length - 1;
}

/**
 * Characters a translation may not hold: C0 controls other than `\n` (NUL, tab, carriage
 * return, escape, …), DEL and the C1 controls (U+0085 is a line end to some readers, U+009B
 * starts a terminal escape); the line and paragraph separators (line ends to JavaScript and
 * YAML); and the bidirectional embeddings, overrides and isolates, which can show readers and
 * reviewers text in another order than it is stored.
 */
const controlPattern = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/**
 * Reject text holding a control character. Tabs and carriage returns are rejected too: they
 * change indentation and line endings, which are structure; but a tab the source text has
 * may be kept.
 *
 * @param text The translated text.
 * @param source The source text of the unit.
 * @returns `{ ok: true }`, or a `control-character` rejection naming the code point.
 */
function guardControlCharacters(text: string, source: string): GuardResult {
  for (const [char] of text.matchAll(controlPattern)) {
    // A tab the source text itself holds may stay: the translator kept what they were shown.
    if (char === '\t' && source.includes('\t')) continue;
    const codePoint = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    return { ok: false, code: 'control-character', message: `contains the control character U+${codePoint}` };
  }
  return { ok: true };
}

/** Kinds whose first line stands at the start of a block in the source. */
const lineStartKinds: ReadonlySet<string> = new Set(['paragraph']);

/**
 * Reject line breaks the source lacks, blank lines, and lines that would open a block.
 *
 * A translation's lines must all continue the unit's block: a `\n` only where the source text
 * keeps a hard break, never a blank line, and no line that starts like a block (see
 * `blockStartRules`; the first line is tested for paragraphs only: a heading or cell already
 * has markup before it). A line start the source text itself has is allowed (a paragraph can
 * hold `2. x` after a hard break, since such a list cannot interrupt it); the parse in
 * context still judges those.
 *
 * @param unit The source unit.
 * @param translation The translated text.
 * @returns `{ ok: true }`, or a `block-structure` rejection naming the line start.
 */
function guardLineBreaks(unit: Unit, translation: string): GuardResult {
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

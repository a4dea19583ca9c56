/**
 * The translation guard: decide whether an untrusted translation may be merged.
 */
import type { Nodes, Root } from 'mdast';
import { parseMarkdown } from '../extract/index.js';
import { isPlainText } from './is-plain-text.js';
import type { Unit } from '../extract/index.js';
import { checkBlockStructure } from './check-block-structure.js';
import { checkControlCharacters } from './check-control-characters.js';
import { checkLineBreaks } from './check-line-breaks.js';
import { checkLinkTargets } from './check-link-targets.js';
import { checkProtectedTokens } from './check-protected-tokens.js';
import { checkRawHtml } from './check-raw-html.js';
import { getGuardOptions, type GuardOptions, type ResolvedGuardOptions } from './guard-options.js';
import type { GuardResult } from './guard-result.js';
import { getUnitContext } from './get-unit-context.js';

/**
 * Check one translation of one unit.
 *
 * Invariant: accepts only a non-empty string without control characters (other than `\n`)
 * that, parsed in the unit's context with the shared parser, keeps the source's block
 * structure, adds no raw HTML or HTML comment, keeps every protected token and inline code
 * as often as the source, and keeps the link and image targets (or changes them as
 * `allowTargetChange` allows). The first failing rule, in that order, gives the result.
 *
 * @param unit The source unit the translation is for.
 * @param translation The translation as found in the catalog; any value (crowd input).
 * @param options Guard options; `undefined` for the defaults.
 * @returns `{ ok: true }`, or `{ ok: false, code, message }` with a sentence for people.
 */
export function checkTranslation(unit: Unit, translation: unknown, options?: GuardOptions | undefined): GuardResult {
  const resolved = getGuardOptions(options);
  return checkWithoutParser(unit, translation, resolved) ?? checkInContext(unit, translation as string, resolved);
}

/**
 * The rules that need no parser: the type, control characters, emptiness, comments and line
 * breaks, and the whole guard for a plain-text translation of a plain-text unit.
 *
 * Invariant: a result here is the result `checkTranslation` gives; `undefined` means the
 * translation is a string that passed these rules and needs a parse to be judged.
 *
 * @param unit The source unit.
 * @param translation The translation as found in the catalog (any value).
 * @param options Resolved guard options.
 * @returns The verdict, or `undefined` when only a parse can tell.
 */
export function checkWithoutParser(unit: Unit, translation: unknown, options: ResolvedGuardOptions): GuardResult | undefined {
  if (typeof translation !== 'string') {
    const type = translation === null ? 'null' : Array.isArray(translation) ? 'an array' : `${/^[aeiou]/.test(typeof translation) ? 'an' : 'a'} ${typeof translation}`;
    return { ok: false, code: 'not-string', message: `is ${type}, not a string` };
  }
  const control = checkControlCharacters(translation);
  if (!control.ok) return control;
  if (translation.trim() === '') return { ok: false, code: 'empty', message: 'is empty' };
  if (countComments(translation) > countComments(unit.text)) {
    return { ok: false, code: 'html-comment', message: 'adds an HTML comment ("<!--"), which could hide the rest of the file' };
  }
  const lines = checkLineBreaks(unit, translation);
  if (!lines.ok) return lines;
  if (isPlainText(unit.text) && isPlainText(translation)) {
    // Both parse to one text node: only protected tokens (activity ids) can differ.
    return checkProtectedTokens(getTextTree(unit.text), getTextTree(translation), options);
  }
  return undefined;
}

/**
 * The rules that need a parse, with the translation parsed in the unit's context (its
 * containers and construct): block structure, then the inline rules.
 *
 * @param unit The source unit.
 * @param translation A translation that passed `checkWithoutParser` undecided.
 * @param options Resolved guard options.
 * @returns The verdict.
 */
export function checkInContext(unit: Unit, translation: string, options: ResolvedGuardOptions): GuardResult {
  const source = getSourceTree(unit);
  const target = parseMarkdown(getUnitContext(unit, translation));
  const structure = checkBlockStructure(unit, source, target, translation);
  return structure.ok ? checkInlineRules(source, target, options) : structure;
}

/**
 * The rules on a translation's inline content, given the parsed source and translation:
 * no added raw HTML, the same link targets (or allowed changes), the same protected tokens.
 *
 * Invariant: the first failing rule, in that order, gives the result; the trees may be whole
 * documents or the content of one block.
 *
 * @param source The source unit's parsed content.
 * @param target The translation's parsed content.
 * @param options Resolved guard options.
 * @returns The verdict.
 */
export function checkInlineRules(source: Nodes, target: Nodes, options: ResolvedGuardOptions): GuardResult {
  const rules = [() => checkRawHtml(source, target), () => checkLinkTargets(source, target, options), () => checkProtectedTokens(source, target, options)];
  for (const rule of rules) {
    const result = rule();
    if (!result.ok) return result;
  }
  return { ok: true };
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

/** Source trees by unit: a unit's own text is parsed once, however many languages are checked. */
const sourceTrees = new WeakMap<Unit, ReturnType<typeof parseMarkdown>>();

/**
 * Parse a unit's own text in its context, once per unit object.
 *
 * @param unit The unit.
 * @returns The tree of its context with its text.
 */
function getSourceTree(unit: Unit): ReturnType<typeof parseMarkdown> {
  let tree = sourceTrees.get(unit);
  if (!tree) {
    tree = parseMarkdown(getUnitContext(unit, unit.text));
    sourceTrees.set(unit, tree);
  }
  return tree;
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

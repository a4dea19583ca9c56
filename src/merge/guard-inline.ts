/**
 * The guard's rules on inline content, judged on parsed trees: no added raw HTML, the same
 * link and image targets, the same protected tokens and inline code.
 */
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import type { GuardResult, ResolvedGuardOptions } from './guard-options.js';

/**
 * The rules on a translation's inline content, given the parsed source and translation:
 * no added raw HTML, the same link targets (or allowed changes), the same protected tokens.
 * The first failing rule, in that order, gives the result; the trees may be whole documents
 * or the content of one block.
 *
 * @param source The source unit's parsed content.
 * @param target The translation's parsed content.
 * @param options Resolved guard options.
 * @returns The verdict.
 */
export function guardInlineRules(source: Nodes, target: Nodes, options: ResolvedGuardOptions): GuardResult {
  const rules = [() => guardRawHtml(source, target), () => guardLinkTargets(source, target, options), () => guardProtectedTokens(source, target, options)];
  for (const rule of rules) {
    const result = rule();
    if (!result.ok) return result;
  }
  return { ok: true };
}

/**
 * Compare the raw HTML of a translation with its source's.
 *
 * Accepts when every normalised tag occurs in the translation at most as often
 * as in the source, and every tag name keeps the source's balance of opening and closing
 * tags (so `<cite>…</cite>` may move, but not lose its `</cite>`).
 *
 * @param source The parsed context of the source text.
 * @param translation The parsed context of the translation.
 * @returns `{ ok: true }`, or a `raw-html` rejection naming the tag.
 */
function guardRawHtml(source: Nodes, translation: Nodes): GuardResult {
  const sourceTags = countOccurrences(getHtmlTags(source));
  const translationTags = countOccurrences(getHtmlTags(translation));
  for (const [tag, count] of translationTags) {
    if (count > (sourceTags.get(tag) ?? 0)) {
      const known = sourceTags.has(tag) ? ` (${sourceTags.get(tag) ?? 0} in the source, ${count} in the translation)` : '';
      return { ok: false, code: 'raw-html', message: `adds raw HTML ${JSON.stringify(tag)} that the source does not have${known}` };
    }
  }
  const sourceBalance = getBalance(sourceTags);
  const translationBalance = getBalance(translationTags);
  for (const name of new Set([...sourceBalance.keys(), ...translationBalance.keys()])) {
    if ((sourceBalance.get(name) ?? 0) !== (translationBalance.get(name) ?? 0)) {
      return { ok: false, code: 'raw-html', message: `leaves the HTML element <${name}> unbalanced (an opening or closing tag is missing)` };
    }
  }
  return { ok: true };
}

/** Elements without a closing tag, left out of the balance. */
const voidElements: ReadonlySet<string> = new Set(['br', 'hr', 'img', 'wbr']);

/**
 * Compute, per tag name, the number of opening tags minus closing tags.
 *
 * @param tags The normalised tag counts.
 * @returns The balance per tag name (void elements such as `<br>` count as opening tags).
 */
function getBalance(tags: ReadonlyMap<string, number>): Map<string, number> {
  const balance = new Map<string, number>();
  for (const [tag, count] of tags) {
    const match = /^<(\/?)([a-z][a-z0-9-]*)/.exec(tag);
    if (match === null) continue;
    const [, slash, name = ''] = match;
    if (voidElements.has(name)) continue;
    balance.set(name, (balance.get(name) ?? 0) + (slash === '/' ? -count : count));
  }
  return balance;
}

/**
 * Attributes of inline HTML that hold words for readers, which a translation may change while
 * the tag, its other attributes and their values stay as they are.
 */
const translatableAttributes: Readonly<Record<string, readonly string[]>> = {
  img: ['alt', 'title'], // the image's description and tooltip
  abbr: ['title'], // the expansion of an abbreviation
};

/**
 * Write the quoted values of a tag's translatable attributes as `…`, so that tags that differ
 * only there compare equal. An unquoted value stays as written: changing it is refused.
 */
function blankTranslatableAttributes(name: string, attributes: string): string {
  const names = translatableAttributes[name];
  if (names === undefined) return attributes;
  const pattern = new RegExp(`(^|\\s)(${names.join('|')})\\s*=\\s*(?:"[^"]*"|'[^']*')`, 'gi');
  return attributes.replace(pattern, (_match, space: string, attribute: string) => `${space}${attribute.toLowerCase()}="…"`);
}

/** An opening, closing or self-closing tag: slash, name, attributes. */
const tagPattern = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)([^>]*?)\s*\/?>$/;

/**
 * List the HTML nodes of `tree`, one normalised entry per node.
 *
 * A tag is written as `<name attrs>` or `</name>` with a lower-case name, its
 * whitespace collapsed and any self-closing slash dropped, so `<br />`, `<br/>` and `<BR>`
 * are one entry `<br>`, while `<br onload=x>` is another. Anything else (comments,
 * processing instructions, blocks of HTML) is its whole value with whitespace collapsed.
 *
 * @param tree The parsed unit context.
 * @returns The normalised HTML of every `html` node, in document order.
 */
function getHtmlTags(tree: Nodes): string[] {
  const tags: string[] = [];
  visit(tree, 'html', (node) => {
    const value = node.value.trim().replace(/\s+/g, ' ');
    const match = tagPattern.exec(value);
    if (match === null) {
      tags.push(value);
      return;
    }
    const [, slash = '', name = '', attributes = ''] = match;
    const rest = blankTranslatableAttributes(name.toLowerCase(), attributes.trim());
    tags.push(`<${slash}${name.toLowerCase()}${rest === '' ? '' : ` ${rest}`}>`);
  });
  return tags;
}

/**
 * Compare the link and image targets of a translation with its source's.
 *
 * Accepts when both have the same set of targets, or when every target only one
 * side has can be paired with a target only the other side has such that one
 * `allowTargetChange` pattern matches both (for example a localised page of the same site).
 *
 * @param source The parsed context of the source text.
 * @param translation The parsed context of the translation.
 * @param options The resolved guard options (`allowTargetChange`).
 * @returns `{ ok: true }`, or a `link-target` rejection naming the target.
 */
function guardLinkTargets(source: Nodes, translation: Nodes, options: ResolvedGuardOptions): GuardResult {
  const before = getLinkTargets(source);
  const after = getLinkTargets(translation);
  const removed = before.filter((target) => !after.includes(target));
  const added = after.filter((target) => !before.includes(target));
  const isAllowed = (target: string, others: readonly string[]): boolean =>
    options.allowTargetChange.some((pattern) => test(pattern, normalizeUrl(target)) && others.some((other) => test(pattern, normalizeUrl(other))));
  for (const target of added) {
    if (!isAllowed(target, removed)) {
      const was = removed[0] === undefined ? '' : ` instead of ${JSON.stringify(removed[0])}`;
      return { ok: false, code: 'link-target', message: `links to ${JSON.stringify(target)}${was}, which the source does not` };
    }
  }
  for (const target of removed) {
    if (!isAllowed(target, added)) return { ok: false, code: 'link-target', message: `drops the link target ${JSON.stringify(target)}` };
  }
  return { ok: true };
}

/**
 * An absolute URL as a browser resolves it (`/ggi/activities/../../evil` is `/evil`), so an
 * `allowTargetChange` pattern judges where a link really goes; anything else as written.
 */
function normalizeUrl(target: string): string {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(target)) return target;
  try {
    return new URL(target).href;
  } catch {
    return target;
  }
}

/**
 * Test a pattern against a string without the `lastIndex` state of global patterns.
 *
 * @param pattern The pattern.
 * @param value The string.
 * @returns Whether `pattern` matches `value`.
 */
function test(pattern: RegExp, value: string): boolean {
  return new RegExp(pattern.source, pattern.flags.replace('g', '').replace('y', '')).test(value);
}

/** A reference link written `[text][label]`; its definition lives outside the unit, so it parses as text. */
const referencePattern = /\]\[([^\]]+)\]/g;

/**
 * List the targets of `tree`: the URL of every link, image and definition, and the label
 * (`[label]`, lower-cased) of every reference link or image.
 *
 * A unit parsed alone has no definitions, so `[text][label]` stays text; its
 * label is read from the text run, so a changed label counts as a changed target.
 *
 * @param tree The parsed unit context.
 * @returns The distinct targets, in first-occurrence order.
 */
function getLinkTargets(tree: Nodes): string[] {
  const targets = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') targets.add(node.url);
    else if (node.type === 'linkReference' || node.type === 'imageReference') targets.add(`[${node.identifier.toLowerCase()}]`);
    else if (node.type === 'text') for (const match of node.value.matchAll(referencePattern)) targets.add(`[${(match[1] ?? '').toLowerCase()}]`);
  });
  return [...targets];
}

/**
 * Compare the protected tokens of a translation with its source's.
 *
 * Accepts exactly when both hold the same multiset of tokens: none dropped or
 * altered (an altered token is a dropped one plus an added one), none repeated, none added.
 *
 * @param source The parsed context of the source text.
 * @param translation The parsed context of the translation.
 * @param options The resolved guard options.
 * @returns `{ ok: true }`, or a `token` rejection naming the token.
 */
export function guardProtectedTokens(source: Nodes, translation: Nodes, options: ResolvedGuardOptions): GuardResult {
  const expected = countOccurrences(getProtectedTokens(source, options));
  const actual = countOccurrences(getProtectedTokens(translation, options));
  for (const [token, count] of expected) {
    const found = actual.get(token) ?? 0;
    const what = token.startsWith('`') ? 'inline code' : 'protected token';
    if (found === 0) return { ok: false, code: 'token', message: `drops ${what} ${JSON.stringify(token)}` };
    if (found !== count) {
      const times = (n: number): string => (n === 1 ? 'once' : `${n} times`);
      return { ok: false, code: 'token', message: `has ${what} ${JSON.stringify(token)} ${times(found)}, the source ${times(count)}` };
    }
  }
  for (const token of actual.keys()) {
    if (!expected.has(token)) {
      const what = token.startsWith('`') ? 'inline code' : 'protected token';
      return { ok: false, code: 'token', message: `adds ${what} ${JSON.stringify(token)} that the source does not have` };
    }
  }
  return { ok: true };
}

/**
 * List the protected tokens of `tree`: matches of the `protect` patterns in each text run,
 * footnote references, and (when protected) inline code spans written with one backtick.
 *
 * Link and image targets are not read (the link-target rule owns them); a URL
 * that readers see as text (a bare URL or an autolink) is a text run and is read.
 *
 * @param tree The parsed unit context.
 * @param options The resolved guard options (`protect`, `protectInlineCode`).
 * @returns Every token, in document order, with repeats.
 */
function getProtectedTokens(tree: Nodes, options: ResolvedGuardOptions): string[] {
  const tokens: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'text') {
      for (const pattern of options.protect) {
        const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
        for (const match of node.value.matchAll(global)) if (match[0] !== '') tokens.push(match[0]);
      }
    } else if (node.type === 'inlineCode' && options.protectInlineCode) {
      // A code span's line endings render as spaces, and the unit shows translators one line.
      tokens.push(`\`${node.value.replace(/[ \t]*\r?\n[ \t]*/g, ' ')}\``);
    } else if (node.type === 'footnoteReference') {
      tokens.push(`[^${node.label ?? node.identifier}]`);
    }
  });
  return tokens;
}

/**
 * Count how often each string occurs in `values`, keys in first-occurrence order.
 *
 * @param values The strings to count.
 * @returns A map from each distinct string to its number of occurrences.
 */
function countOccurrences(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

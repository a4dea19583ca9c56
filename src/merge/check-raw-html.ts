/**
 * The raw-HTML rule: a translation must not add HTML its source lacks.
 */
import type { Nodes } from 'mdast';
import { countOccurrences } from './count-occurrences.js';
import { getHtmlTags } from './get-html-tags.js';
import type { GuardResult } from './guard-result.js';

/**
 * Compare the raw HTML of a translation with its source's.
 *
 * Invariant: accepts when every normalised tag occurs in the translation at most as often
 * as in the source, and every tag name keeps the source's balance of opening and closing
 * tags (so `<cite>…</cite>` may move, but not lose its `</cite>`).
 *
 * @param source The parsed context of the source text.
 * @param translation The parsed context of the translation.
 * @returns `{ ok: true }`, or a `raw-html` rejection naming the tag.
 */
export function checkRawHtml(source: Nodes, translation: Nodes): GuardResult {
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
    if (['br', 'hr', 'img', 'wbr'].includes(name)) continue;
    balance.set(name, (balance.get(name) ?? 0) + (slash === '/' ? -count : count));
  }
  return balance;
}

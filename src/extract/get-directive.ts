/**
 * Translation directives written as HTML comments.
 */

/** A directive that applies to the next block sibling. */
export type Directive = { type: 'skip' } | { type: 'note'; note: string };

/** `<!-- i18n:skip -->`: leave the next block untranslated. */
const skipPattern = /^<!--\s*i18n:skip\s*-->\s*$/;
/** `<!-- i18n:note TEXT -->`: show TEXT to translators of the next block. */
const notePattern = /^<!--\s*i18n:note\s+([\s\S]*?)\s*-->\s*$/;

/**
 * Read a directive from the value of an HTML node.
 *
 * Invariant: only a node that is exactly one such comment is a directive; the note is
 * trimmed and its inner whitespace runs collapse to one space.
 *
 * @param html The raw value of an mdast `html` node.
 * @returns The directive, or `undefined` when the HTML is not a directive.
 */
export function getDirective(html: string): Directive | undefined {
  if (skipPattern.test(html)) return { type: 'skip' };
  const note = notePattern.exec(html)?.[1];
  if (note !== undefined && note !== '') return { type: 'note', note: note.replace(/\s+/g, ' ') };
  return undefined;
}

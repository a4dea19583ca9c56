/**
 * Line starts that open a block: a translation line of a paragraph must not begin with one.
 */

/** One line-start rule: what a line must not start with, and what it would become. */
export interface BlockStartRule {
  /** Matches the start of a line (after up to three spaces of indentation). */
  pattern: RegExp;
  /** What the line would become, for the message. */
  becomes: string;
  /** Whether the pattern is tested on the line as is, rather than after up to three spaces. */
  raw?: true;
}

/**
 * The block starts of CommonMark and GFM, tested on every line of a paragraph translation and
 * on every continuation line of other units, after up to three spaces of indentation
 * (except indented code, which is the indentation). Definitions and tables need more than
 * one line start to form; the parse in context catches them.
 */
export const blockStartRules: readonly BlockStartRule[] = [
  // `#` to `######` then a space or the end: an ATX heading.
  { pattern: /^#{1,6}(?:[ \t]|$)/, becomes: 'a heading' },
  // `>` opens a block quote, with or without a space after it.
  { pattern: /^>/, becomes: 'a block quote' },
  // Three or more `-`, `*` or `_` alone: a thematic break (tested before bullets).
  { pattern: /^(?:([-*_])[ \t]*)(?:\1[ \t]*){2,}$/, becomes: 'a thematic break' },
  // `-`, `+` or `*` then a space or the end: a bullet list item.
  { pattern: /^[-+*](?:[ \t]|$)/, becomes: 'a list item' },
  // Up to nine digits, `.` or `)`, then a space or the end: an ordered list item.
  { pattern: /^\d{1,9}[.)](?:[ \t]|$)/, becomes: 'an ordered list item' },
  // Three backticks or tildes: a fenced code block.
  { pattern: /^(?:`{3,}|~{3,})/, becomes: 'a code fence' },
  // A line of `=` (or `-`, caught above) under text: a setext heading underline.
  { pattern: /^=+[ \t]*$/, becomes: 'a setext heading underline' },
  // Four spaces or a tab of indentation (tested on the raw line): indented code.
  { pattern: /^(?: {4}|\t)/, becomes: 'an indented code block', raw: true },
];

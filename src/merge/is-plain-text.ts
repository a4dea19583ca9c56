/**
 * Characters and openings that can make inline Markdown anything but plain text, each with
 * the construct it could start. A text free of all of them parses to one text node.
 */
const MARKUP: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  { pattern: /[`*_[\]()<>!#|\\&~=@\n\r]/u, reason: 'code, emphasis, links, images, HTML, headings, table pipes, escapes, entities, strikethrough, setext lines, email autolinks, line breaks' },
  { pattern: /https?:|ftp:|mailto:|www\./iu, reason: 'GFM autolink literals' },
  { pattern: /^[ \t]*(?:\d{1,9}[.)]|[-+>])/u, reason: 'ordered and bullet list items, block quotes' },
  { pattern: /^(?: {0,3}\t| {4})/u, reason: 'indented code (a tab after up to three spaces counts as four columns)' },
];

/**
 * Tell whether a text is plain: no Markdown construct can start anywhere in it, so it parses
 * to a single text node and the guard needs no parser to judge it.
 * Invariant: conservative — any doubt answers `false`.
 * @param text A unit text or translation.
 * @returns True when the text holds no Markdown syntax at all.
 */
export function isPlainText(text: string): boolean {
  return !MARKUP.some(({ pattern }) => pattern.test(text));
}

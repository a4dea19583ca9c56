/**
 * What the text rules read of a unit: its prose, with the parts that are not language
 * blanked out, each with the reason it is not prose.
 */
const NOT_PROSE: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  { pattern: /`+[^`]*`+/g, reason: 'inline code is protected and never translated' },
  { pattern: /\]\([^)\s]*(?:\s+"[^"]*")?\)/g, reason: 'a link or image target is a URL, not words' },
  { pattern: /<https?:[^>\s]*>/g, reason: 'an autolink is a URL' },
  { pattern: /\bhttps?:\/\/[^\s<>)\]]*/g, reason: 'a bare URL is not words' },
  { pattern: /<\/?[A-Za-z][^>]*>/g, reason: 'an HTML tag is markup' },
];

/**
 * Blank out inline code, link targets, URLs and HTML tags so that glossary and vocabulary
 * rules see only words.
 * Invariant: the result has the same length as the input, so indices still point into it.
 * @param text A unit's inline Markdown.
 * @returns The text with non-prose parts replaced by spaces.
 */
export function getProseText(text: string): string {
  let prose = text;
  for (const { pattern } of NOT_PROSE) prose = prose.replace(pattern, (match) => ' '.repeat(match.length));
  return prose;
}

/**
 * Write a translation as the content of a link or image title.
 */

/** The closing character for each title opener. */
const closers: Record<string, string> = {
  '"': '"',
  "'": "'",
  '(': ')',
};

/**
 * Escape the characters of `text` that would close a title opened by `opener`.
 *
 * Invariant: a delimiter already preceded by an odd number of backslashes is left alone,
 * so text that is escaped already is not escaped twice; other characters are unchanged.
 *
 * @param text The translated title.
 * @param opener The character just before the title in the source (`"`, `'` or `(`).
 * @returns The title content to splice between the delimiters.
 */
export function formatLinkTitle(text: string, opener: string): string {
  const closer = closers[opener];
  if (closer === undefined) return text;
  const delimiters = new Set([opener, closer]);
  let result = '';
  let backslashes = 0;
  for (const character of text) {
    if (delimiters.has(character) && backslashes % 2 === 0) result += '\\';
    result += character;
    backslashes = character === '\\' ? backslashes + 1 : 0;
  }
  return result;
}

/**
 * Write a translation's lines back inside their Markdown containers.
 */

/**
 * Put `prefix` before every continuation line of `text`.
 *
 * Invariant: the first line is written as is (the source before the unit already holds its
 * container markup); every later line starts with `prefix`, so a line after a hard break
 * stays inside the same block quote, list item or footnote. Text without `\n` is returned
 * unchanged, and no space is added anywhere (CJK joins stay joined).
 *
 * @param text The translated unit text, lines separated by `\n`.
 * @param prefix The unit's continuation prefix (for example `> ` or three spaces).
 * @returns The text to splice into the unit's source range.
 */
export function formatMarkdownLines(text: string, prefix: string): string {
  return text.split('\n').join(`\n${prefix}`);
}

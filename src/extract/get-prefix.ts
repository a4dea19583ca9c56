/**
 * The container prefix that continuation lines of a unit need.
 */

/**
 * Compute the prefix to write before each continuation line of a unit whose block
 * starts at `blockStart`: the source line up to that offset, keeping block-quote
 * markers (`>`) and tabs and turning every other character into a space.
 *
 * Invariant: the result has the same length as the line up to `blockStart` and only
 * contains ` `, `\t` and (when `keepQuotes`) `>`. Before the first character of a block
 * only container markup can stand (`>`, indentation, list markers, a task checkbox), so
 * every `>` there is a block-quote marker.
 *
 * @param source The full source text.
 * @param blockStart Offset where the unit's block content starts.
 * @param keepQuotes Whether `>` is kept (Markdown) or blanked too (YAML).
 * @returns The continuation prefix, empty at the start of a line.
 */
export function getPrefix(source: string, blockStart: number, keepQuotes = true): string {
  const lineStart = source.lastIndexOf('\n', blockStart - 1) + 1;
  let prefix = '';
  for (const character of source.slice(lineStart, blockStart)) {
    if (character === '\t' || (keepQuotes && character === '>')) prefix += character;
    else prefix += ' ';
  }
  return prefix;
}

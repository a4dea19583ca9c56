/**
 * Lines to text chunks.
 */

/**
 * End every line with a newline, as `${lines.join('\n')}\n` would, a line at a time.
 * Invariant: the chunks joined equal `${[...lines].join('\n')}\n`, so no line gives `\n`.
 * @param lines The lines, without newlines.
 * @returns The chunks.
 */
export function* endLines(lines: Iterable<string>): Generator<string> {
  let none = true;
  for (const line of lines) {
    none = false;
    yield `${line}\n`;
  }
  if (none) yield '\n';
}

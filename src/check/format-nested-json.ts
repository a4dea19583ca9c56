/**
 * JSON for a value nested in a larger two-space-indented document.
 */

/**
 * Format a value as `JSON.stringify(value, null, 2)` does for it at some depth of a bigger
 * value: its continuation lines indented by two spaces per level.
 * Invariant: the text is what `JSON.stringify` writes for this value inside the bigger one
 * (JSON strings hold no raw newline, so every newline is a line break of the layout).
 * @param value A JSON value.
 * @param depth How many levels deep it sits.
 * @returns The text, without leading indent or trailing newline.
 */
export function formatNestedJson(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

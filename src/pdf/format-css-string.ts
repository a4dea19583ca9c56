/**
 * Quote text for use as a CSS string.
 */

/**
 * Format a CSS string literal.
 *
 * Invariant: the result is one double-quoted CSS string token whatever the input holds:
 * backslashes, quotes, `<` (so it can never close a `<style>` element) and line breaks are
 * escaped as hex escapes.
 *
 * @param text Any text.
 * @returns The quoted literal.
 */
export function formatCssString(text: string): string {
  const escaped = text.replace(/[\\"<>\n\r\f\u0000-\u001f\u007f]/g, (char) => `\\${(char.codePointAt(0) ?? 0).toString(16)} `);
  return `"${escaped}"`;
}

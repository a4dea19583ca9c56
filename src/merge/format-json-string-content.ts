/**
 * Write a translation as the content of a JSON string literal.
 */

/**
 * Escape `text` so it can stand between the quotes of a JSON string literal.
 *
 * Invariant: `JSON.parse('"' + result + '"') === text`; `/` and non-ASCII characters are
 * written as they are (the way Weblate writes i18next JSON), lone surrogates as `\uXXXX`.
 *
 * @param text The translated value.
 * @returns The literal's content, without the surrounding quotes.
 */
export function formatJsonStringContent(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}
